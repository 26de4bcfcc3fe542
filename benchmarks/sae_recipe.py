"""Which batch size, learning rate and token budget give the best held-out FVU for a fixed SAE size?

Trains one SAE per grid point on the same harvest (same held-out shard, same seed) and prints held-out FVU,
L0, dead fraction and wall time side by side. This is how the recipe of ``make sae`` (the model's default SAE)
and of the ``full`` pipeline config was chosen; rerun it when the corpus, model or SAE size changes::

    PYTHONPATH=src python benchmarks/sae_recipe.py --harvest <harvest folder> \\
        --grid 1024:8e-4 256:8e-4 256:4e-4 --tokens 200000

Each ``B:LR`` is a batch size and a learning rate; every point is trained for each ``--tokens`` budget
(warmup 10% of the steps, linear decay over the last 20%, so every run is a finished run, not a truncated
one). Results are appended to ``OUT/sae_recipe.jsonl`` as they finish, and points already there are skipped,
so a killed sweep resumes.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def run_point(
    harvest: str, out: Path, latents: int, k: int, batch: int, lr: float, tokens: int, dead_tokens: int
) -> dict[str, Any]:
    from bench_sae import train_ours  # same folder: run this file as a script
    from persona_xray.sae.harvest import ActivationStore
    from persona_xray.sae.metrics import activation_metrics

    sae, wall = train_ours(harvest, latents, k, batch, tokens, lr, out, dead_tokens)
    store = ActivationStore(harvest)
    train, held = store.split(1)
    m = activation_metrics(sae, store, held)
    return {
        "latents": latents,
        "k": k,
        "batch": batch,
        "lr": lr,
        "tokens": tokens,
        "dead_tokens": dead_tokens,
        "unique_train_tokens": sum(store.shard_sizes[i] for i in train),
        "fvu": round(m["fvu"], 4),
        "l0": round(m["l0"], 2),
        "dead_fraction": round(m["dead_fraction"], 5),
        "wall_s": round(wall, 1),
        "tokens_per_s": round(tokens / wall, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--harvest", required=True)
    ap.add_argument("--latents", type=int, default=16_384)
    ap.add_argument("--k", type=int, default=32)
    ap.add_argument("--grid", nargs="+", default=["1024:8e-4", "256:8e-4"], help="BATCH:LR points")
    ap.add_argument("--tokens", nargs="+", type=int, default=[200_000])
    ap.add_argument(
        "--dead-tokens", type=int, default=500_000, help="silent this long = dead, revived by AuxK"
    )
    ap.add_argument("--out", default="/tmp/sae_recipe")
    args = ap.parse_args()

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    log = out / "sae_recipe.jsonl"
    done = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    key = ("latents", "k", "batch", "lr", "tokens", "dead_tokens")
    seen = {tuple(r.get(c, 500_000) for c in key) for r in done}
    for tokens in args.tokens:
        for point in args.grid:
            b, lr = point.split(":")
            spec = (args.latents, args.k, int(b), float(lr), tokens, args.dead_tokens)
            if spec in seen:
                continue
            r = run_point(args.harvest, out / "sae", *spec)
            with log.open("a") as f:
                f.write(json.dumps(r) + "\n")
            done.append(r)
            print(
                f"batch {r['batch']:>5} lr {r['lr']:.1e} tokens {r['tokens']:>9,} dead after {r['dead_tokens']:,}: held-out FVU {r['fvu']:.4f} "
                f"L0 {r['l0']:.1f} dead {100 * r['dead_fraction']:.2f}% wall {r['wall_s']:.0f} s "
                f"({r['tokens_per_s']:.0f} tok/s)",
                flush=True,
            )
    print(
        "\n| batch | lr | tokens | dead after | held-out FVU | dead % | wall s |\n|---|---|---|---|---|---|---|"
    )
    for r in sorted(done, key=lambda r: (r["tokens"], r["fvu"])):
        if (r["latents"], r["k"]) == (args.latents, args.k):
            print(
                f"| {r['batch']} | {r['lr']:.1e} | {r['tokens']:,} | {r.get('dead_tokens', 500_000):,} | {r['fvu']:.4f} | "
                f"{100 * r['dead_fraction']:.2f} | {r['wall_s']:.0f} |"
            )


if __name__ == "__main__":
    main()
