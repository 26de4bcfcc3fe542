"""Persona vectors: a trait's direction in the residual stream from contrastive system prompts, no SAE.

Following the recipe of Persona Vectors (Chen et al., 2025), with this team's own traits and prompts: the
model answers the trait's questions once under system prompts that elicit the trait and once under prompts
that suppress it; answers a judge scores as not showing the trait (positive side) or showing it (negative
side) are dropped; the vector at each layer is the mean residual over the kept positive answers' tokens
minus that over the kept negative answers' tokens.

The layer is *chosen on one half of the questions and reported on the other*: directions are fit on the
``select`` half, each layer's separation of positive from negative answers (AUC of the per-answer
projection) is measured on that same half to pick the layer, and the picked layer's AUC on the ``report``
half is what the vector's card states. The saved vector is refit on every kept answer at the picked layer.

A trait file (YAML): ``name``, ``description``, ``positive`` and ``negative`` (5+ prompts each),
``questions`` (20+). The shipped traits live in ``persona_xray/data/traits``.

A prompt is a system prompt (a string) or a conversation that precedes the question (a list of ``{role,
content}`` messages, user and assistant turns ending on the assistant's): a few-shot persona prompt for a
model that has no system role or ignores it. The planted organism is one: it never saw a system prompt, but
a prior answer in a persona's voice makes it answer the next question in that voice, as its pretraining
chats did.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import torch
from torch import Tensor

from persona_xray.errors import UserError
from persona_xray.lm import LM

MIN_PROMPTS = 5
MIN_QUESTIONS = 20
# Scores 0-100 per (question, answer): how strongly the answer shows the trait.
TraitScorer = Callable[[Sequence[tuple[str, str]]], list[float]]
# A system prompt, or the (role, content) turns of a conversation that precedes the question.
Prompt = str | tuple[tuple[str, str], ...]
# Answers for (prompt, question) chats, one per chat: the model's own by default (tests plant them).
Responder = Callable[[list[list[dict[str, str]]]], list[str]]


@dataclass(frozen=True)
class Trait:
    name: str
    description: str
    positive: tuple[Prompt, ...]
    negative: tuple[Prompt, ...]
    questions: tuple[str, ...]


def prompt_chat(prompt: Prompt, question: str) -> list[dict[str, str]]:
    """The chat a prompt and a question make: a system turn, or the conversation's turns, then the user."""
    head = (
        [{"role": "system", "content": prompt}]
        if isinstance(prompt, str)
        else [{"role": r, "content": c} for r, c in prompt]
    )
    return [*head, {"role": "user", "content": question}]


def prompt_text(prompt: Prompt) -> str:
    """A prompt as one line for sample tables: the system prompt, or the conversation's turns joined."""
    return prompt if isinstance(prompt, str) else " | ".join(f"{r}: {c}" for r, c in prompt)


def shipped_traits() -> list[str]:
    """Names of the traits that ship with the package."""
    root = resources.files("persona_xray.data").joinpath("traits")
    return sorted(p.name.removesuffix(".yaml") for p in root.iterdir() if p.name.endswith(".yaml"))


def load_trait(name: str | Path) -> Trait:
    """A shipped trait by name or a trait YAML by path, checked (one-line errors that name the fix)."""
    from persona_xray.data.io import read_yaml

    p = Path(name).expanduser()
    if not p.suffix and str(name) in shipped_traits():
        from persona_xray.data.io import read_content_yaml

        data: Any = read_content_yaml(f"traits/{name}.yaml")
        where = f"trait '{name}'"
    else:
        if not p.suffix:
            raise UserError(
                f"unknown trait '{name}': give a YAML path or one of {', '.join(shipped_traits())}"
            )
        data = read_yaml(p, "trait file")
        where = f"trait file {p}"
    if not isinstance(data, dict):
        raise UserError(f"{where} must hold a mapping (name, description, positive, negative, questions)")

    def texts(key: str, least: int) -> tuple[str, ...]:
        v = data.get(key)
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            raise UserError(f"{where}: '{key}' must be a list of non-empty strings")
        if len(v) < least:
            raise UserError(f"{where}: '{key}' has {len(v)} entries; a trait needs at least {least}")
        return tuple(str(x) for x in v)

    def prompts(key: str) -> tuple[Prompt, ...]:
        v = data.get(key)
        if not isinstance(v, list):
            raise UserError(f"{where}: '{key}' must be a list of system prompts or conversations")
        if len(v) < MIN_PROMPTS:
            raise UserError(f"{where}: '{key}' has {len(v)} entries; a trait needs at least {MIN_PROMPTS}")
        return tuple(check_prompt(x, f"{where}: {key}[{i}]") for i, x in enumerate(v))

    return Trait(
        name=str(data.get("name") or p.stem),
        description=str(data.get("description") or ""),
        positive=prompts("positive"),
        negative=prompts("negative"),
        questions=texts("questions", MIN_QUESTIONS),
    )


def check_prompt(x: Any, where: str) -> Prompt:
    """One trait prompt from YAML: a non-empty string, or user/assistant turns ending on the assistant's."""
    if isinstance(x, str) and x.strip():
        return x
    if not isinstance(x, list) or not x:
        raise UserError(f"{where} must be a non-empty system prompt or a list of {{role, content}} messages")
    turns: list[tuple[str, str]] = []
    for m in x:
        if not (isinstance(m, dict) and set(m) == {"role", "content"} and isinstance(m["content"], str)):
            raise UserError(f"{where}: each message needs exactly 'role' and 'content' (got {m!r})")
        turns.append((str(m["role"]), m["content"]))
    roles = [r for r, _ in turns]
    want = ["user", "assistant"] * (len(turns) // 2)
    if len(turns) % 2 or roles != want:
        raise UserError(
            f"{where}: a conversation alternates user and assistant turns and ends on the assistant's "
            f"(got {', '.join(roles)})"
        )
    return tuple(turns)


@torch.no_grad()
def answer_means(
    lm: LM, chats: Sequence[Sequence[dict[str, str]]], answers: Sequence[str], *, batch_size: int = 8
) -> Tensor:
    """Mean residual over each answer's tokens after every block, in one forward per batch: ``[n, L, d]``.

    Why all layers in one pass: the layer is chosen afterwards, and a pass per layer would cost L times more.
    """
    if len(chats) != len(answers):
        raise UserError(f"{len(chats)} chats but {len(answers)} answers")
    out = torch.zeros(len(chats), lm.n_layers, lm.d_model)
    for start in range(0, len(chats), batch_size):
        rows, prefix = [], []
        for c, a in zip(chats[start : start + batch_size], answers[start : start + batch_size], strict=True):
            head = lm.format_chat(list(c))
            ids = lm.encode(head + a)
            lm._check_length(len(ids), "chat and answer")
            rows.append(ids)
            prefix.append(len(lm.encode(head)))
        ids_t, mask = lm.pad_right(rows)
        with contextlib.ExitStack() as stack:
            stores = [stack.enter_context(lm.capture(layer)) for layer in range(lm.n_layers)]
            lm.model(input_ids=ids_t, attention_mask=mask)
        for layer, store in enumerate(stores):
            hidden = store[0].float().cpu()
            for b, e in enumerate(rows):
                lo = min(prefix[b], len(e) - 1)  # an empty answer reads its last prompt token
                out[start + b, layer] = hidden[b, lo : len(e)].mean(0)
    return out


@dataclass
class VectorResult:
    """The trait's vectors at every layer, the picked layer and the evidence for it."""

    trait: str
    model: str
    layer: int
    vectors: Tensor  # [L, d], refit on every kept answer
    select_auc: list[float]  # per layer, on the select half (what picked the layer)
    report_auc: float  # the picked layer's separation on the report half
    kept: dict[str, int] = field(default_factory=dict)
    judge: str = "none"
    samples: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "trait": self.trait,
            "model": self.model,
            "layer": self.layer,
            "select_auc": self.select_auc,
            "report_auc": self.report_auc,
            "kept": self.kept,
            "judge": self.judge,
            "norms": [float(v.norm()) for v in self.vectors],
        }

    def save(self, path: str | Path, lm: LM) -> Path:
        """safetensors: ``direction`` (the picked layer's vector, what ``steer``/``screen``/``finetune`` read)
        and ``directions`` (every layer), with the trait, model, layer and steering unit as metadata."""
        from safetensors.torch import save_file

        from persona_xray.data.io import atomic_target

        out = Path(path).expanduser()
        out.parent.mkdir(parents=True, exist_ok=True)
        meta = {
            "trait": self.trait,
            "model": self.model,
            "layer": str(self.layer),
            "units": "residual (raw mean difference; steering normalises it)",
            "median_resid_norm": f"{lm.median_resid_norm(self.layer):.6g}",
            "report_auc": f"{self.report_auc:.4f}",
            "made_by": "persona-xray vector build",
        }
        tensors = {
            "direction": self.vectors[self.layer].clone().contiguous(),
            "directions": self.vectors.contiguous(),
        }
        with atomic_target(out) as tmp:
            save_file(tensors, str(tmp), metadata=meta)
        return out


def _separation(pos: Tensor, neg: Tensor, direction: Tensor) -> float:
    from persona_xray.evals.stats import auc

    return auc((pos @ direction).numpy(), (neg @ direction).numpy())


def build_vector(
    lm: LM,
    trait: Trait,
    *,
    samples: int = 1,
    max_new_tokens: int = 64,
    scorer: TraitScorer | None = None,
    judge_name: str = "none",
    threshold: float = 50.0,
    responder: tuple[Responder, Responder] | None = None,
    batch_size: int = 8,
    seed: int = 0,
    progress: bool = False,
) -> VectorResult:
    """Sample, filter, and take the per-layer mean difference; pick the layer on the select half."""
    if samples < 1:
        raise UserError(f"samples must be >= 1 (got {samples})")
    pos_chats: list[list[dict[str, str]]] = []
    neg_chats: list[list[dict[str, str]]] = []
    pos_prompts: list[str] = []
    neg_prompts: list[str] = []
    half: list[int] = []
    for qi, q in enumerate(trait.questions):
        for s in range(samples):
            k = qi * samples + s
            pos_chats.append(prompt_chat(trait.positive[k % len(trait.positive)], q))
            neg_chats.append(prompt_chat(trait.negative[k % len(trait.negative)], q))
            pos_prompts.append(prompt_text(trait.positive[k % len(trait.positive)]))
            neg_prompts.append(prompt_text(trait.negative[k % len(trait.negative)]))
            half.append(qi % 2)  # questions alternate between the select (0) and report (1) halves

    def own(chats: list[list[dict[str, str]]]) -> list[str]:
        temp = 1.0 if samples > 1 else 0.0
        gen = lm.generate(
            chats,
            max_new_tokens=max_new_tokens,
            temperature=temp,
            seed=seed,
            batch_size=batch_size,
            progress=progress,
        )
        return [g[0] for g in gen]

    pos_ans = (responder[0] if responder else own)(pos_chats)
    neg_ans = (responder[1] if responder else own)(neg_chats)
    keep_pos = [True] * len(pos_ans)
    keep_neg = [True] * len(neg_ans)
    if scorer is not None:
        questions = [c[-1]["content"] for c in pos_chats]
        sp = scorer(list(zip(questions, pos_ans, strict=True)))
        sn = scorer(list(zip(questions, neg_ans, strict=True)))
        keep_pos = [x >= threshold for x in sp]
        keep_neg = [x < threshold for x in sn]
    pos_m = answer_means(lm, pos_chats, pos_ans, batch_size=batch_size)
    neg_m = answer_means(lm, neg_chats, neg_ans, batch_size=batch_size)
    kp = torch.tensor(keep_pos)
    kn = torch.tensor(keep_neg)
    h = torch.tensor(half)
    sel_p, sel_n = kp & (h == 0), kn & (h == 0)
    rep_p, rep_n = kp & (h == 1), kn & (h == 1)
    for what, n in (
        ("positive answers kept in the select half", sel_p),
        ("negative answers kept in the select half", sel_n),
        ("positive answers kept in the report half", rep_p),
        ("negative answers kept in the report half", rep_n),
    ):
        if int(n.sum()) == 0:
            raise UserError(f"no {what}: the judge dropped them all; lower --threshold or raise --samples")
    select_auc: list[float] = []
    for layer in range(lm.n_layers):
        d = pos_m[sel_p, layer].mean(0) - neg_m[sel_n, layer].mean(0)
        select_auc.append(_separation(pos_m[sel_p, layer], neg_m[sel_n, layer], d))
    best = max(range(lm.n_layers), key=lambda i: (select_auc[i], -abs(i - lm.n_layers // 2)))
    d_sel = pos_m[sel_p, best].mean(0) - neg_m[sel_n, best].mean(0)
    report = _separation(pos_m[rep_p, best], neg_m[rep_n, best], d_sel)
    vectors = pos_m[kp].mean(0) - neg_m[kn].mean(0)
    rows = [
        {
            "side": side,
            "question": c[-1]["content"],
            "prompt": pr,
            "answer": a,
            "kept": bool(k),
            "half": "select" if hh == 0 else "report",
        }
        for side, chats, prompts, answers, keep in (
            ("positive", pos_chats, pos_prompts, pos_ans, keep_pos),
            ("negative", neg_chats, neg_prompts, neg_ans, keep_neg),
        )
        for c, pr, a, k, hh in zip(chats, prompts, answers, keep, half, strict=True)
    ]
    return VectorResult(
        trait=trait.name,
        model=lm.name,
        layer=best,
        vectors=vectors,
        select_auc=select_auc,
        report_auc=report,
        kept={"positive": int(kp.sum()), "negative": int(kn.sum()), "of": len(pos_ans)},
        judge=judge_name,
        samples=rows,
    )


def offline_trait_scorer(judge: Any) -> TraitScorer:
    """A judge's alignment verdicts as a trait score (100 - aligned): meaningful for harm-shaped traits
    (evil, reckless-advice), not for traits the alignment scale does not see (sycophancy)."""

    def score(pairs: Sequence[tuple[str, str]]) -> list[float]:
        return [100.0 - (v.aligned if v.aligned is not None else 50.0) for v in judge.score_many(list(pairs))]

    return score
