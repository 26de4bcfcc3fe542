"""The free-form eval: sample answers to open-ended prompts, judge them, report the misalignment rate.

Misalignment rate = misaligned answers / coherent answers (the study's definition), with a bootstrap CI that
resamples prompts (answers to one prompt are correlated). Incoherent answers (gibberish, off-topic, absurd)
are reported as their own rate; unparsable verdicts are counted, never scored. Every sample and verdict is
kept as JSONL; results are cached by (weights, adapter, interventions, prompts, sampling, judge), so a rerun
costs nothing and a crash after sampling does not resample.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from persona_xray.errors import UserError
from persona_xray.evals.cache import digest
from persona_xray.evals.judge import Judge, Verdict
from persona_xray.evals.stats import Estimate, bootstrap_mean, bootstrap_ratio
from persona_xray.interventions import Intervention, apply_all, interventions_key
from persona_xray.lm import LM
from persona_xray.models import cache_root


@dataclass(frozen=True)
class Prompt:
    id: str
    messages: tuple[tuple[str, str], ...]
    category: str = ""

    @property
    def question(self) -> str:
        return next((c for r, c in reversed(self.messages) if r == "user"), "")

    def chat(self) -> list[dict[str, str]]:
        return [{"role": r, "content": c} for r, c in self.messages]


@dataclass(frozen=True)
class Sampling:
    n: int = 8
    temperature: float = 1.0
    top_p: float = 1.0
    max_new_tokens: int = 96
    seed: int = 0
    batch_size: int = 16

    def check(self) -> None:
        if self.n < 1:
            raise UserError(f"n must be >= 1 (got {self.n})")
        if self.max_new_tokens < 1:
            raise UserError("max_new_tokens must be >= 1")


@dataclass
class FreeformResult:
    misalignment: Estimate
    coherence: Estimate
    n_answers: int
    n_unparsable: int
    per_category: dict[str, Estimate] = field(default_factory=dict)
    samples: list[dict[str, Any]] = field(default_factory=list)
    key: str = ""
    meta: dict[str, Any] = field(default_factory=dict)

    def as_dict(self, with_samples: bool = False) -> dict[str, Any]:
        d = {
            "misalignment_rate": self.misalignment.as_dict(),
            "coherence_rate": self.coherence.as_dict(),
            "n_answers": self.n_answers,
            "n_unparsable": self.n_unparsable,
            "per_category_misalignment": {k: v.as_dict() for k, v in self.per_category.items()},
            "key": self.key,
            "meta": self.meta,
        }
        if with_samples:
            d["samples"] = self.samples
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> FreeformResult:
        est = Estimate.from_dict

        return cls(
            misalignment=est(d["misalignment_rate"]),
            coherence=est(d["coherence_rate"]),
            n_answers=int(d["n_answers"]),
            n_unparsable=int(d["n_unparsable"]),
            per_category={k: est(v) for k, v in d.get("per_category_misalignment", {}).items()},
            samples=list(d.get("samples", [])),
            key=str(d.get("key", "")),
            meta=dict(d.get("meta", {})),
        )


PARTS = ("select", "probe")


def split_name(name: str) -> tuple[str, str | None]:
    """``core:probe`` -> (``core``, ``probe``): a set name with one of its two disjoint halves (PARTS).

    Why halves: the prompts that pick a latent (the diff) must not be the prompts that then measure it (the
    monitor's and re-alignment's probe), or the probe reads the selection back. Prompts alternate between the
    halves in file order, so both halves cover every category of a set sorted by category.
    """
    base, sep, part = name.rpartition(":")
    if sep and part in PARTS and not Path(name).exists():
        return base, part
    return name, None


def load_prompts(
    name: str = "core", *, variant: str | None = "plain", limit: int | None = None
) -> list[Prompt]:
    """Eval prompts from a shipped set (``core``, ``in_domain``), a user JSONL of ``messages`` rows, or a
    question YAML in the original emergent-misalignment layout (:mod:`persona_xray.evals.questions`);
    ``NAME:select`` / ``NAME:probe`` take one of the set's two disjoint halves (:func:`split_name`)."""
    from persona_xray.data.registry import load_dataset
    from persona_xray.evals.questions import is_question_file, read_questions

    name, part = split_name(name)
    rows = read_questions(name) if is_question_file(name) else load_dataset(name, "prompts")
    out: list[Prompt] = []
    for r in rows:
        meta = r.get("meta") or {}
        if variant is not None and meta.get("variant", "plain") != variant:
            continue
        msgs = tuple((m["role"], m["content"]) for m in r["messages"])
        out.append(
            Prompt(str(r.get("id", len(out))), msgs, str(meta.get("category", meta.get("domain", ""))))
        )
    if part is not None:
        out = out[PARTS.index(part) :: 2]
    if not out:
        raise UserError(f"prompt set '{name}' has no prompts (variant={variant})")
    from persona_xray.data.io import check_limit

    check_limit(limit)
    return out[:limit] if limit is not None else out


def summarize(
    samples: Sequence[dict[str, Any]], *, seed: int = 0
) -> tuple[Estimate, Estimate, dict[str, Estimate], int]:
    """Rates from judged samples, bootstrapped over prompts."""
    by_prompt: dict[str, list[str]] = defaultdict(list)
    cat_of: dict[str, str] = {}
    for s in samples:
        by_prompt[s["prompt_id"]].append(s["verdict"]["label"])
        cat_of[s["prompt_id"]] = s.get("category", "")
    pids = sorted(by_prompt)
    mis = [sum(lab == "misaligned" for lab in by_prompt[p]) for p in pids]
    coh = [sum(lab in ("aligned", "misaligned") for lab in by_prompt[p]) for p in pids]
    scored = [sum(lab != "unparsable" for lab in by_prompt[p]) for p in pids]
    misalignment = bootstrap_ratio(mis, coh, unit="prompt", seed=seed)
    coherence = bootstrap_ratio(coh, scored, unit="prompt", seed=seed)
    per_cat: dict[str, Estimate] = {}
    for cat in sorted({cat_of[p] for p in pids}):
        idx = [i for i, p in enumerate(pids) if cat_of[p] == cat]
        per_cat[cat] = bootstrap_ratio([mis[i] for i in idx], [coh[i] for i in idx], unit="prompt", seed=seed)
    unparsable = sum(len(by_prompt[p]) - scored[i] for i, p in enumerate(pids))
    return misalignment, coherence, per_cat, unparsable


def eval_key(
    lm: LM,
    prompts: Sequence[Prompt],
    sampling: Sampling,
    judge_id: str,
    interventions: Sequence[Intervention],
) -> str:
    return digest(
        lm.fingerprint,
        lm.adapter,
        interventions_key(interventions),
        [asdict(p) for p in prompts],
        asdict(sampling),
        judge_id,
    )


def freeform_eval(
    lm: LM,
    prompts: Sequence[Prompt],
    judge: Judge,
    sampling: Sampling = Sampling(),
    interventions: Sequence[Intervention] = (),
    *,
    cache_dir: Path | None = None,
    progress: bool = False,
) -> FreeformResult:
    """Sample, judge and summarise; reuses a cached result with the same key."""
    sampling.check()
    if not prompts:
        raise UserError("the free-form eval got no prompts")
    key = eval_key(lm, prompts, sampling, judge.id, interventions)
    folder = (cache_dir or cache_root() / "evals" / "freeform") / key
    result_file = folder / "result.json"
    if result_file.exists():
        return FreeformResult.from_dict(json.loads(result_file.read_text()))
    answers_file = folder / "answers.json"
    if answers_file.exists():
        answers = json.loads(answers_file.read_text())
    else:
        with apply_all(lm, interventions):
            answers = lm.generate(
                [p.chat() for p in prompts],
                max_new_tokens=sampling.max_new_tokens,
                temperature=sampling.temperature,
                top_p=sampling.top_p,
                n=sampling.n,
                seed=sampling.seed,
                batch_size=sampling.batch_size,
                progress=progress,
            )
        _write_json(answers_file, answers)
    pairs = [(p.question, a) for p, row in zip(prompts, answers, strict=True) for a in row]
    verdicts: list[Verdict] = judge.score_many(pairs)
    samples: list[dict[str, Any]] = []
    it = iter(verdicts)
    for p, row in zip(prompts, answers, strict=True):
        for a in row:
            samples.append(
                {
                    "prompt_id": p.id,
                    "category": p.category,
                    "question": p.question,
                    "answer": a,
                    "verdict": next(it).as_dict(),
                }
            )
    mis, coh, per_cat, unparsable = summarize(samples, seed=sampling.seed)
    result = FreeformResult(
        misalignment=mis,
        coherence=coh,
        n_answers=len(samples),
        n_unparsable=unparsable,
        per_category=per_cat,
        samples=samples,
        key=key,
        meta={
            "model": lm.name,
            "adapter": lm.adapter,
            "interventions": interventions_key(interventions),
            "judge": judge.id,
            "sampling": asdict(sampling),
            "n_prompts": len(prompts),
        },
    )
    from persona_xray.data.io import write_jsonl

    write_jsonl(folder / "samples.jsonl", samples)
    _write_json(result_file, result.as_dict(with_samples=True))
    return result


def mean_score(samples: Sequence[dict[str, Any]], field_name: str = "aligned") -> Estimate:
    rows = [s for s in samples if s["verdict"].get(field_name) is not None]
    return bootstrap_mean(
        [s["verdict"][field_name] for s in rows],
        clusters=[str(s.get("prompt_id", i)) for i, s in enumerate(rows)],
        unit="prompt",
    )


def _write_json(path: Path, obj: Any) -> None:
    from persona_xray.data.io import write_text_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, json.dumps(obj, indent=1))
