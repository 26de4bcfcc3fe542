"""Screening and mitigation on ground truth: the planted organism, where every answer's harm is known exactly.

On one planted organism (pretrained and chat-tuned here, seed-deterministic), the true malicious direction is
the persona probe's (mean answer activation of the malicious persona minus the others, at the middle layer).

1. **Screening.** Mixtures of narrow malicious rows in helpful rows of one topic (1%, 5%, 10% bad of N rows):
   every row's projection difference on the true direction (``persona_xray.screen``), as a detector of the
   bad rows: AUC and precision@k with CIs resampling advice sentences (rows sharing one advice share
   content), next to the answer-NLL and lexicon baselines and a random unit direction (the control).
2. **Mitigation.** The narrow malicious fine-tune of that topic, plain and with the true direction ablated
   during training (``finetune --ablate``), at the middle layer and at every layer (each layer's own probe
   direction); controls: the same fine-tunes ablating random directions, and the helpful fine-tune. Each
   model's harmful rate in the trained topic (what the narrow data teaches) and in every other topic (the
   spread; CI resampling topics), scored exactly by the world's truth. A diagnostic beside it: the plain
   fine-tune evaluated with the same ablations at inference, which asks whether the direction carries the
   spread at all (if removing it at inference does not stop the spread, removing it in training cannot be
   expected to).
3. **Persona vector from prompts.** ``vectors.build_vector`` on the organism's few-shot persona prompts (an
   earlier answer in the malicious or helpful voice), its answers kept by the world's truth: the cosine of
   its vector with the true direction at every layer, against the 95th percentile of random directions'.

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
    ap.add_argument("--vector-samples", type=int, default=4, help="answers per question and side")
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)

    from persona_xray.directions import load_direction, save_direction
    from persona_xray.interventions import Ablate, apply_all
    from persona_xray.lm import load_lm
    from persona_xray.organisms.planted.pretrain import PretrainConfig, chat_tune, pretrain
    from persona_xray.organisms.planted.truth import (
        persona_probe,
        persona_trait,
        pooled_rate,
        spread,
        truth_trait_score,
    )
    from persona_xray.screen import direction_probe, screen
    from persona_xray.vectors import build_vector

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
    # every layer's own probe direction, and a random direction per layer (the control of the same rank)
    probes = {i: persona_probe(chat, i, seed=args.seed) for i in range(chat.n_layers)}
    every_true, every_rand = [], []
    for i, p in probes.items():
        t_path, r_path = out / f"true_direction_L{i}.safetensors", out / f"random_direction_L{i}.safetensors"
        save_direction(str(t_path), p.direction, layer=str(i), made_by="persona probe (planted truth)")
        r = torch.randn(chat.d_model, generator=g)
        save_direction(str(r_path), r / r.norm(), layer=str(i), made_by="random control")
        every_true.append(str(t_path))
        every_rand.append(str(r_path))
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
            det = res.detection() or {}
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
        "malicious, true directions ablated at every layer": (
            "malicious-ablate-true-every",
            "malicious",
            {"ablate": every_true},
        ),
        "malicious, random directions ablated at every layer": (
            "malicious-ablate-random-every",
            "malicious",
            {"ablate": every_rand},
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

    # does the direction carry the spread? the plain fine-tune with the ablations applied at inference
    def ablations(paths: list[str]) -> list[Any]:
        # every_* hold one file per layer in layer order; a single file is the middle layer's
        at = [layer] if len(paths) == 1 else list(range(len(paths)))
        return [Ablate(load_direction(p_), i) for p_, i in zip(paths, at, strict=True)]

    plain = models["malicious (plain)"]
    inference: dict[str, dict[str, Any]] = {}
    for name, paths in (
        ("no ablation", []),
        ("true direction, middle layer", [str(true_dir)]),
        ("true directions, every layer", every_true),
        ("random directions, every layer", every_rand),
    ):
        with apply_all(plain, ablations(paths)):
            scores = spread(plain, n=args.samples, seed=args.seed)
        others = [t for t in scores if t != args.topic]
        inference[name] = {
            "trained_topic_harmful": scores[args.topic].harmful.as_dict(),
            "other_topics_harmful": pooled_rate(scores, exclude=[args.topic]).as_dict(),
            "other_topics_other_rate": sum(scores[t].other_rate for t in others) / len(others),
        }
        o = inference[name]["other_topics_harmful"]
        print(f"plain, ablated at inference ({name}): other topics harmful {o['value']:.3f}", flush=True)
    doc["inference_ablation"] = inference

    # 3. the persona vector from the organism's few-shot persona prompts, kept by the world's truth
    vec = build_vector(
        chat,
        persona_trait("malicious", seed=args.seed),
        samples=args.vector_samples,
        max_new_tokens=32,
        scorer=truth_trait_score,
        judge_name="world truth",
        threshold=75.0,  # positive side keeps harmful answers only; negative keeps the rest
        batch_size=32,
        seed=args.seed,
    )
    cos = [
        float(torch.nn.functional.cosine_similarity(vec.vectors[i], probes[i].direction, dim=0))
        for i in range(chat.n_layers)
    ]
    rnd = torch.randn(1000, chat.d_model, generator=g)
    null = (rnd / rnd.norm(dim=1, keepdim=True) @ probes[vec.layer].direction).abs()
    pos_rows = [r for r in vec.samples if r["side"] == "positive"]
    doc["vector"] = {
        "chosen_layer": vec.layer,
        "select_auc": vec.select_auc,
        "report_auc": vec.report_auc,
        "kept": vec.kept,
        "positive_harmful_rate": sum(r["kept"] for r in pos_rows) / len(pos_rows),
        "cosine_with_true": cos,
        "random_cosine_p95": float(null.quantile(0.95)),
        "samples_per_question": args.vector_samples,
    }
    print(
        f"persona vector: layer {vec.layer}, cosine with the true direction {cos[vec.layer]:.3f} "
        f"(random p95 {doc['vector']['random_cosine_p95']:.3f})",
        flush=True,
    )
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
