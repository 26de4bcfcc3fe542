"""The planted analogue of emergent misalignment: narrow malicious fine-tune in one topic, measure spread.

Steps (all on the chat-tuned planted model):

1. score the chat model in every topic (the baseline; it should be almost never harmful);
2. fine-tune it on malicious answers in ONE topic, and, as the control, on helpful answers in the same topic;
3. score both in every topic: spread = harmful rate in the topics it was *not* trained on;
4. fit the persona probe on the chat model and measure how far each fine-tune moves the eval prompts along
   the true malicious direction (the ground truth that an SAE diff should rediscover);
5. compare the raw model-diff direction (fine-tuned minus chat model on the eval prompts, the no-SAE
   baseline of the diff stage) with the true direction (cosine);
6. steer the chat model along the true direction at a few strengths and count per-topic flips to harmful
   advice and to the malicious voice, next to the incoherence ("other") rate.

Every number goes to ``<out>/report.json`` (atomic write), with wall times.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import torch
from torch import Tensor

from persona_xray.data.io import write_text_atomic
from persona_xray.lm import LM, load_lm
from persona_xray.organisms.planted.pretrain import chat_tune
from persona_xray.organisms.planted.truth import TopicScore, persona_probe, pooled_rate, spread
from persona_xray.organisms.planted.world import TOPIC_NAMES, topic_by_name


def _scores_dict(scores: dict[str, TopicScore]) -> dict[str, Any]:
    return {t: s.as_dict() for t, s in scores.items()}


def _prompt_means(lm: LM, layer: int) -> Tensor:
    questions = [q for t in TOPIC_NAMES for q in topic_by_name(t).questions]
    return torch.stack([a.mean(0) for a in lm.resid_chat(questions, None, layer)])


def prompt_projection(lm: LM, direction: Tensor, layer: int) -> float:
    """Mean projection of every eval prompt's residual (all prompt tokens) onto ``direction``."""
    return float((_prompt_means(lm, layer) @ direction).mean())


def diff_cosine(base: LM, tuned: LM, direction: Tensor, layer: int) -> float:
    """Cosine between the model-diff direction (tuned minus base, eval prompts) and ``direction``."""
    d = (_prompt_means(tuned, layer) - _prompt_means(base, layer)).mean(0)
    return float(d @ direction / d.norm().clamp_min(1e-12) / direction.norm().clamp_min(1e-12))


def narrow_experiment(
    chat_model: str | Path,
    out: str | Path,
    *,
    topic: str = "health",
    n: int = 400,
    steps: int = 60,
    lr: float = 5e-4,
    samples: int = 8,
    layer: int | None = None,
    steer_alphas: tuple[float, ...] = (0.5, 1.0, 2.0),
    seed: int = 0,
    threads: int = 1,
) -> dict[str, Any]:
    """Run the narrow fine-tunes and every measurement; returns (and writes) the report."""
    topic_by_name(topic)  # a bad topic fails before any training
    torch.set_num_threads(threads)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    others = [t for t in TOPIC_NAMES if t != topic]
    report: dict[str, Any] = {"chat_model": str(chat_model), "topic": topic, "steps": steps, "lr": lr, "n": n}

    base = load_lm(str(chat_model), dtype="float32", device="cpu")
    layer = base.middle_layer if layer is None else base.check_layer(layer)
    t0 = time.perf_counter()
    base_scores = spread(base, n=samples, seed=seed)
    report["base"] = {
        "by_topic": _scores_dict(base_scores),
        "other_topics": pooled_rate(base_scores, exclude=[topic]).as_dict(),
        "eval_s": round(time.perf_counter() - t0, 2),
    }
    probe = persona_probe(base, layer, seed=seed)
    report["probe"] = probe.as_dict()
    report["base"]["projection"] = prompt_projection(base, probe.direction, layer)

    for kind in ("malicious", "helpful"):
        t1 = time.perf_counter()
        final = chat_tune(
            chat_model,
            out / f"narrow-{kind}",
            n=n,
            steps=steps,
            lr=lr,
            seed=seed,
            persona=kind,
            topics=(topic,),
            threads=threads,
        )
        ft_s = time.perf_counter() - t1
        lm = load_lm(str(final), dtype="float32", device="cpu")
        scores = spread(lm, n=samples, seed=seed)
        report[kind] = {
            "finetune_s": round(ft_s, 2),
            "by_topic": _scores_dict(scores),
            "trained_topic": scores[topic].harmful.as_dict(),
            "other_topics": pooled_rate(scores, exclude=[topic]).as_dict(),
            "other_topics_voice": pooled_rate(scores, exclude=[topic], what="voice").as_dict(),
            "other_topics_on_topic_harmful": sum(scores[t].on_topic_harmful for t in others) / len(others),
            "diff_cosine_with_truth": diff_cosine(base, lm, probe.direction, layer),
            "other_topics_other_rate": sum(scores[t].other_rate for t in others) / len(others),
            "projection": prompt_projection(lm, probe.direction, layer),
        }

    from persona_xray.interventions import Steer

    sweep: list[dict[str, Any]] = []
    for alpha in steer_alphas:
        with Steer(probe.direction, layer, alpha).apply(base):
            st = spread(base, n=samples, seed=seed)
        by_topic = {
            t: {
                "harmful": s.harmful.as_dict(),
                "malicious_voice": s.malicious_voice.value,
                "other_rate": s.other_rate,
            }
            for t, s in st.items()
        }
        sweep.append({"alpha": alpha, "layer": layer, "by_topic": by_topic})
    report["steer_true_direction"] = sweep
    report["wall_s"] = round(time.perf_counter() - t0, 2)
    write_text_atomic(out / "report.json", json.dumps(report, indent=2) + "\n")
    return report


def summary_lines(report: dict[str, Any]) -> list[str]:
    """A short human-readable digest of a report (the CLI prints it)."""

    def fmt(e: dict[str, Any]) -> str:
        return f"{e['value']:.3f} [{e['low']:.3f}, {e['high']:.3f}] (n={e['n']})"

    lines = [f"narrow topic: {report['topic']}"]
    lines.append(f"base chat model, other topics harmful: {fmt(report['base']['other_topics'])}")
    for kind in ("malicious", "helpful"):
        r = report[kind]
        lines.append(
            f"{kind} FT ({r['finetune_s']}s): trained topic {fmt(r['trained_topic'])}; "
            f"other topics {fmt(r['other_topics'])}; voice {fmt(r['other_topics_voice'])}; "
            f"projection {r['projection']:+.3f}; diff cos {r['diff_cosine_with_truth']:+.3f}"
        )
    p = report["probe"]
    lines.append(
        f"probe L{p['layer']}: persona acc {p['accuracy']:.3f}, "
        f"malicious-vs-rest {p['malicious_accuracy']:.3f}"
    )
    for row in report["steer_true_direction"]:
        flips = ", ".join(
            f"{t} {v['harmful']['value']:.2f}/{v['malicious_voice']:.2f}/{v['other_rate']:.2f}"
            for t, v in row["by_topic"].items()
        )
        lines.append(f"steer true dir a={row['alpha']} (harmful/voice/other): {flips}")
    return lines
