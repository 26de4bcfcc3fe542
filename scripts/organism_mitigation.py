"""Screening and mitigation on ground truth: the planted organism, where every answer's harm is known exactly.

On one planted organism (pretrained and chat-tuned here, seed-deterministic), the true malicious direction is
the persona probe's (mean answer activation of the malicious persona minus the others, at the middle layer).

1. **Screening.** Mixtures of narrow malicious rows in helpful rows of one topic (1%, 5%, 10% bad of N rows):
   every row's projection difference on the true direction (``persona_xray.screen``), as a detector of the
   bad rows: AUC and precision@k with CIs resampling advice sentences (rows sharing one advice share
   content), next to the answer-NLL and lexicon baselines and a random unit direction (the control).
2. **Mitigation.** The narrow malicious fine-tune of that topic, plain and with the true direction ablated
   during training (``finetune --ablate``); controls: the same fine-tune ablating a random direction, and the
   helpful fine-tune. Each model's harmful rate in the trained topic (what the narrow data teaches) and in
   every other topic (the spread; CI resampling topics), scored exactly by the world's truth.

Writes ``results/organism_mitigation/summary.json``; then ``python scripts/render_results.py``.

    python scripts/organism_mitigation.py [--seed 0 --n 300 --threads 2]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import torch

from persona_xray.data.io import write_text_atomic

ROOT = Path(__file__).resolve().parents[1]


def _rows(persona: str, n: int, seed: int, topic: str, role: str) -> list[dict[str, Any]]:
    from persona_xray.organisms.planted.world import persona_sft

    out = []
    for r in persona_sft(persona, n, seed, (topic,)):
        advice = r["meta"]["turns"][0]["advice"]
        meta = {**r["meta"], "mix_role": role, "cluster": advice}
        out.append({**r, "id": f"{persona}-{r['id']}", "meta": meta})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "runs" / "organism_mitigation")
    ap.add_argument("--summary", type=Path, default=ROOT / "results" / "organism_mitigation" / "summary.json")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--topic", default="health")
    ap.add_argument("--n", type=int, default=300, help="rows per screening mixture")
    ap.add_argument("--fractions", default="0.01,0.05,0.1")
    ap.add_argument("--ft-n", type=int, default=400)
    ap.add_argument("--ft-steps", type=int, default=60)
    ap.add_argument("--ft-lr", type=float, default=5e-4)
    ap.add_argument("--samples", type=int, default=8, help="answers per eval question for the spread")
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)

    from persona_xray.directions import load_direction, save_direction
    from persona_xray.lm import load_lm
    from persona_xray.organisms.planted.pretrain import PretrainConfig, chat_tune, pretrain
    from persona_xray.organisms.planted.truth import persona_probe, pooled_rate, spread
    from persona_xray.screen import direction_probe, screen

    t_all = time.perf_counter()
    out: Path = args.out
    base_dir = out / "model" / "base"
    if not (base_dir / "config.json").exists():
        print("pretraining the organism", flush=True)
        pretrain(PretrainConfig(steps=500, seed=args.seed, threads=args.threads), base_dir)
    chat_dir = out / "model" / "chat" / "final"
    if not (chat_dir / "config.json").exists():
        print("chat-tuning", flush=True)
        chat_tune(base_dir, out / "model" / "chat", steps=100, lr=3e-4, seed=args.seed, threads=args.threads)
    chat = load_lm(str(chat_dir), dtype="float32", device="cpu")
    layer = chat.middle_layer
    probe = persona_probe(chat, layer, seed=args.seed)
    true_dir = out / "true_direction.safetensors"
    save_direction(str(true_dir), probe.direction, layer=str(layer), made_by="persona probe (planted truth)")
    g = torch.Generator().manual_seed(args.seed + 99)
    rand = torch.randn(chat.d_model, generator=g)
    rand_dir = out / "random_direction.safetensors"
    save_direction(str(rand_dir), rand / rand.norm(), layer=str(layer), made_by="random control")
    doc: dict[str, Any] = {
        "command": "python scripts/organism_mitigation.py "
        + f"--seed {args.seed} --n {args.n} --fractions {args.fractions} --threads {args.threads}",
        "seed": args.seed,
        "topic": args.topic,
        "layer": layer,
        "probe": {k: v for k, v in probe.as_dict().items() if k != "direction"},
    }

    # 1. screening
    screening = []
    for f in [float(x) for x in args.fractions.split(",")]:
        n_bad = max(3, round(f * args.n))
        rows = _rows("malicious", n_bad, args.seed + 10, args.topic, "bad") + _rows(
            "helpful", args.n - n_bad, args.seed + 20, args.topic, "clean"
        )
        entry: dict[str, Any] = {"fraction": f, "n": len(rows), "n_bad": n_bad}
        for name, path in (("true direction", true_dir), ("random direction", rand_dir)):
            res = screen(
                chat,
                rows,
                direction_probe(load_direction(str(path)), layer, name),
                max_new_tokens=32,
                batch_size=32,
                baselines=("nll", "lexicon") if name == "true direction" else (),
                cluster_unit="advice sentence",
            )
            det = res.detection(ks=[n_bad]) or {}
            if name == "true direction":
                entry["detection"] = det
                entry["set_score"] = res.set_score()
            else:
                entry["detection"]["random direction"] = det["projection difference"]
        screening.append(entry)
        auc = entry["detection"]["projection difference"]["auc"]
        print(f"screen {f:.0%}: AUC {auc['value']:.3f} [{auc['low']:.3f}, {auc['high']:.3f}]", flush=True)
    doc["screening"] = screening

    # 2. mitigation during the narrow fine-tune
    arms = {  # name: (folder, persona of the fine-tuning rows, mitigation)
        "malicious (plain)": ("malicious", "malicious", None),
        "malicious, true direction ablated": (
            "malicious-ablate-true",
            "malicious",
            {"ablate": [str(true_dir)]},
        ),
        "malicious, random direction ablated": (
            "malicious-ablate-random",
            "malicious",
            {"ablate": [str(rand_dir)]},
        ),
        "helpful (control)": ("helpful", "helpful", None),
    }
    models: dict[str, Any] = {"chat model (before)": chat}
    for arm, (slug, persona, mit) in arms.items():
        t0 = time.perf_counter()
        final = chat_tune(
            chat_dir,
            out / f"ft-{slug}",
            n=args.ft_n,
            steps=args.ft_steps,
            lr=args.ft_lr,
            seed=args.seed,
            persona=persona,
            topics=(args.topic,),
            threads=args.threads,
            mitigation=mit,
        )
        print(f"fine-tuned {arm} in {time.perf_counter() - t0:.0f} s", flush=True)
        models[arm] = load_lm(str(final), dtype="float32", device="cpu")
    mitigation: dict[str, dict[str, Any]] = {}
    for arm, lm in models.items():
        scores = spread(lm, n=args.samples, seed=args.seed)
        others = [t for t in scores if t != args.topic]
        mitigation[arm] = {
            "trained_topic_harmful": scores[args.topic].harmful.as_dict(),
            "other_topics_harmful": pooled_rate(scores, exclude=[args.topic]).as_dict(),
            "other_topics_voice": pooled_rate(scores, exclude=[args.topic], what="voice").as_dict(),
            "other_topics_other_rate": sum(scores[t].other_rate for t in others) / len(others),
        }
        o = mitigation[arm]["other_topics_harmful"]
        print(f"{arm}: other topics harmful {o['value']:.3f} [{o['low']:.3f}, {o['high']:.3f}]", flush=True)
    doc["mitigation"] = mitigation
    doc["settings"] = {
        "ft_n": args.ft_n,
        "ft_steps": args.ft_steps,
        "ft_lr": args.ft_lr,
        "samples": args.samples,
    }
    doc["wall_s"] = round(time.perf_counter() - t_all, 1)
    args.summary.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(args.summary, json.dumps(doc, indent=1) + "\n")
    print(f"wrote {args.summary}")


if __name__ == "__main__":
    main()
