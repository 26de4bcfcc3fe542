"""SAE stage benchmarks, measured side by side in one run (ratios, not absolute times alone).

1. Harvest throughput: our harvest forward (model cut after the layer via ``capture(stop=True)``) vs a plain
   full forward pass of the same batches (all layers + LM head, as a naive harvester would run).
2. Trainer: ours vs EleutherAI sparsify's ``SparseCoder`` driven by the same inner loop its ``Trainer`` runs
   (Adam, linear warmup/decay, b_dec at the first batch's mean, unit-norm decoder, AuxK with its dead-latent
   mask), on the *same* harvested activations, same latents, k, batch size, learning rate (sparsify's default
   for the width unless ``--lr``) and number of tokens; each trainer keeps its own schedule shape. Reported:
   held-out FVU, L0, dead fraction and wall time.

sparsify is not a project dependency. Install it in a throwaway venv that reuses our packages, then run::

    python -m venv /tmp/peer
    echo "$PWD/.venv/lib/python3.11/site-packages" > /tmp/peer/lib/python3.11/site-packages/main.pth
    /tmp/peer/bin/pip install --no-deps eai-sparsify && /tmp/peer/bin/pip install datasets einops natsort schedulefree simple-parsing
    PYTHONPATH=src /tmp/peer/bin/python benchmarks/bench_sae.py --harvest <harvest folder>

Without sparsify the trainer comparison is skipped and only our numbers are printed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import time
from pathlib import Path
from typing import Any

import torch


def bench_harvest(
    model: str | None, layer: int | None, corpus: str, batches: int, batch_size: int, ctx: int, dtype: str
) -> dict[str, Any]:
    from persona_xray.lm import _StopForward, load_lm
    from persona_xray.sae.corpus import iter_documents
    from persona_xray.sae.harvest import windows

    lm = load_lm(model, device="cpu", dtype=dtype)
    lay = lm.middle_layer if layer is None else layer
    wins = []
    for w in windows(lm, iter_documents(corpus), ctx):
        wins.append(w[2])
        if len(wins) >= batches * batch_size:
            break
    groups = [wins[i : i + batch_size] for i in range(0, len(wins), batch_size)]
    tokens = sum(len(w) for w in wins)

    def ours() -> None:
        for g in groups:
            ids, mask = lm.pad_right(g)
            with torch.no_grad(), lm.capture(lay, stop=True), contextlib.suppress(_StopForward):
                lm.model(input_ids=ids, attention_mask=mask)

    def full() -> None:
        for g in groups:
            ids, mask = lm.pad_right(g)
            with torch.no_grad():
                lm.model(input_ids=ids, attention_mask=mask, output_hidden_states=True)

    ours()  # warm-up
    times: dict[str, list[float]] = {"ours": [], "full": []}
    for _ in range(2):  # interleaved so load changes on a shared machine hit both
        for name, fn in (("ours", ours), ("full", full)):
            t = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t)
    best = {k: min(v) for k, v in times.items()}
    return {
        "tokens": tokens,
        "dtype": dtype,
        "layer": lay,
        "ours_tok_s": tokens / best["ours"],
        "full_tok_s": tokens / best["full"],
        "speedup": best["full"] / best["ours"],
    }


def peer_lr(latents: int) -> float:
    """sparsify's default learning rate for this width (also our trainer's default)."""
    return 2e-4 / (latents / 2**14) ** 0.5


def train_ours(
    harvest: str,
    latents: int,
    k: int,
    batch: int,
    tokens: int,
    lr: float,
    out: Path,
    dead_tokens: int = 500_000,
) -> tuple[Any, float]:
    from persona_xray.sae.train import TrainConfig, train_sae

    cfg = TrainConfig(
        latents=latents,
        k=k,
        batch_size=batch,
        lr=lr,
        max_tokens=tokens,
        dead_tokens=dead_tokens,
        epochs=100,
        log_every=10**9,
        checkpoint_every=10**9,
    )
    t = time.perf_counter()
    sae = train_sae(harvest, out, cfg, resume=False, log=lambda r: None)
    return sae, time.perf_counter() - t


def train_sparsify(
    harvest: str, latents: int, k: int, batch: int, tokens: int, lr: float
) -> tuple[Any, float]:
    from sparsify import SparseCoder, SparseCoderConfig
    from transformers import get_linear_schedule_with_warmup

    from persona_xray.sae.harvest import ActivationStore
    from persona_xray.sae.model import SAE

    store = ActivationStore(harvest)
    train, _ = store.split(1)
    torch.manual_seed(0)
    sae = SparseCoder(
        store.d_in, SparseCoderConfig(num_latents=latents, k=k), device="cpu", dtype=torch.float32
    )
    steps = math.ceil(tokens / batch)
    opt = torch.optim.Adam(sae.parameters(), lr=lr)
    sched = get_linear_schedule_with_warmup(opt, min(1000, steps // 10), steps)
    since = torch.zeros(latents, dtype=torch.long)
    t = time.perf_counter()
    step, epoch = 0, 0
    while step < steps:
        for x in store.batches(train, batch, seed=epoch):
            if step == 0:
                sae.b_dec.data = x.mean(0)
            sae.set_decoder_norm_to_unit_norm()
            dead = since > 500_000  # same dead threshold as ours (sparsify's default is 10M tokens)
            outp = sae(x, dead_mask=dead)
            loss = outp.fvu + (1 / 32) * outp.auxk_loss
            loss.backward()
            sae.remove_gradient_parallel_to_decoder_directions()
            opt.step()
            opt.zero_grad()
            sched.step()
            with torch.no_grad():
                since += x.shape[0]
                since[outp.latent_indices.flatten()] = 0
            step += 1
            if step >= steps:
                break
        epoch += 1
    wall = time.perf_counter() - t
    ours = SAE(store.d_in, latents, k)
    with torch.no_grad():
        ours.W_enc.copy_(sae.encoder.weight.T)
        ours.b_enc.copy_(sae.encoder.bias)
        ours.W_dec.copy_(sae.W_dec)
        ours.b_dec.copy_(sae.b_dec)
    return ours, wall


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--harvest", required=True, help="harvest folder with the activations both trainers use")
    ap.add_argument("--latents", type=int, default=4096)
    ap.add_argument("--k", type=int, default=32)
    ap.add_argument("--batch", type=int, default=4096)
    ap.add_argument("--tokens", type=int, default=400_000)
    ap.add_argument(
        "--lr", type=float, default=None, help="both trainers; default: sparsify's 2e-4/sqrt(n/16384)"
    )
    ap.add_argument("--harvest-bench", action="store_true", help="also time harvest vs a full forward")
    ap.add_argument("--corpus", default="default")
    ap.add_argument("--dtype", default="float32")
    ap.add_argument("--out", default="/tmp/bench_sae")
    args = ap.parse_args()

    from persona_xray.sae.harvest import ActivationStore
    from persona_xray.sae.metrics import activation_metrics

    lr = args.lr if args.lr is not None else peer_lr(args.latents)
    results: dict[str, Any] = {"config": {**vars(args), "lr": lr}}
    if args.harvest_bench:
        results["harvest"] = bench_harvest(None, None, args.corpus, 4, 16, 128, args.dtype)
        h = results["harvest"]
        print(
            f"harvest ({h['dtype']}, layer {h['layer']}, {h['tokens']} tokens): ours {h['ours_tok_s']:.0f} tok/s, "
            f"full forward {h['full_tok_s']:.0f} tok/s, speed-up x{h['speedup']:.2f}"
        )
    store = ActivationStore(args.harvest)
    _, held = store.split(1)
    runs: list[tuple[str, Any]] = [
        (
            "ours",
            lambda: train_ours(
                args.harvest, args.latents, args.k, args.batch, args.tokens, lr, Path(args.out) / "ours"
            ),
        )
    ]
    try:
        import sparsify  # noqa: F401

        runs.append(
            (
                "sparsify",
                lambda: train_sparsify(args.harvest, args.latents, args.k, args.batch, args.tokens, lr),
            )
        )
    except ImportError:
        print("sparsify not importable: peer comparison skipped (see the module docstring)")
    for name, fn in runs:
        sae, wall = fn()
        m = activation_metrics(sae, store, held)
        results[name] = {"fvu": m["fvu"], "l0": m["l0"], "dead_fraction": m["dead_fraction"], "wall_s": wall}
        print(
            f"{name:>9}: held-out FVU {m['fvu']:.4f}  L0 {m['l0']:.1f}  dead {100 * m['dead_fraction']:.2f}%  "
            f"wall {wall:.1f} s  ({args.tokens:,} tokens, {args.latents} latents, k={args.k}, lr {lr:.1e})"
        )
    if "sparsify" in results:
        o, s = results["ours"], results["sparsify"]
        print(
            f"ratio ours/sparsify: FVU x{o['fvu'] / s['fvu']:.3f}, wall time x{o['wall_s'] / s['wall_s']:.3f}"
        )
    Path(args.out).mkdir(parents=True, exist_ok=True)
    (Path(args.out) / "bench_sae.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
