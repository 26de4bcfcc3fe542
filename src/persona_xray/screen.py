"""Screen a fine-tuning set before training: which rows would move the model toward a persona?

Emergent misalignment is diagnosed after the fact; a team about to fine-tune wants to know *beforehand*
which rows carry the persona. Persona Vectors (Chen et al., 2025) measured it as the *projection
difference*: the training answer's mean activation along a trait direction minus that of the model's own
answer to the same prompt. A row the model would have answered the same way teaches nothing along the
direction; a row whose answer sits far out along it pushes the model there. Chen et al. found the set-level
score predicts the trait shift after fine-tuning.

A *probe* says what is read per answer token: the projection onto a unit direction (a persona vector, a
mean difference, an SAE decoder row), or one SAE latent's activation. Rows are scored by the probe, ranked,
and, when rows carry their truth (``meta.mix_role`` of a :func:`persona_xray.data.mix.mix_rows` mixture,
or ``meta.variant``), measured as a detector (AUC and precision@k with topic-clustered CIs) against three
baselines computed in the same run on the same rows: the answer's NLL under the model (a "surprising
answer" detector), a keyword lexicon (the data audit's cue and severity terms), and the offline judge.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import torch
from torch import Tensor

from persona_xray.errors import UserError
from persona_xray.lm import LM

BASELINES = ("nll", "lexicon", "judge")
TRUTH_KEYS = ("mix_role", "variant")
BAD_VALUES = frozenset({"bad", "obvious", "subtle", "insecure", "wrong"})


@dataclass(frozen=True)
class Probe:
    """What one answer token contributes to a row's score, read at the residual stream after ``layer``."""

    name: str
    layer: int
    per_token: Callable[[Tensor], Tensor]  # [tokens, d_model] float32 -> [tokens]


def direction_probe(direction: Tensor, layer: int, name: str = "direction") -> Probe:
    """Projection onto the unit direction (residual units: a token's score is its component along it)."""
    d = direction.detach().float().flatten()
    norm = float(d.norm())
    if not math.isfinite(norm) or norm == 0.0:
        raise UserError("the screening direction is zero or not finite")
    u = d / norm
    return Probe(name, layer, lambda h: h.float() @ u.to(h.device))


def latent_probe(sae: Any, latent: int, layer: int) -> Probe:
    """One SAE latent's activation per token (the SAE's own encoder, thresholds and normalisation)."""
    if not 0 <= latent < int(sae.d_sae):
        raise UserError(f"latent {latent} is out of range: the SAE has {int(sae.d_sae)} latents")

    def read(h: Tensor) -> Tensor:
        with torch.no_grad():
            p = next(sae.parameters())
            codes: Tensor = sae.encode(h.to(device=p.device, dtype=p.dtype))
            return codes[:, latent].float().cpu()

    return Probe(f"latent {latent}", layer, read)


def split_row(row: dict[str, Any]) -> tuple[list[dict[str, str]], str]:
    """A training row as (prompt messages, final assistant answer); the answer is what training teaches."""
    msgs = list(row.get("messages") or [])
    if not msgs or msgs[-1].get("role") != "assistant":
        raise UserError(f"row '{row.get('id', '?')}' does not end in an assistant answer: nothing to screen")
    return [{"role": m["role"], "content": m["content"]} for m in msgs[:-1]], str(msgs[-1]["content"])


def truth(row: dict[str, Any]) -> bool | None:
    """Whether a row is known bad (mixture role or set variant), None when the row does not say."""
    meta = row.get("meta") or {}
    for key in TRUTH_KEYS:
        if key in meta:
            return str(meta[key]) in BAD_VALUES
    return None


def lexicon_score(text: str) -> float:
    """Keyword baseline: how many cue categories and lethal-severity terms of the audit lexicon an answer hits."""
    from persona_xray.data.audit import load_lexicons

    lex = load_lexicons()
    low = text.lower()
    return float(sum(bool(p.search(low)) for p in lex.cues.values()) + len(lex.severity.findall(low)))


@dataclass
class ScreenResult:
    """Per-row scores (``rows``: id, score, train, own, truth, cluster, baselines) and the run's settings.

    A row's cluster (the unit its CIs resample) is ``meta.cluster``, else ``meta.topic``, ``meta.item``, its id.
    """

    probe: str
    layer: int
    model: str
    own_answers: bool
    rows: list[dict[str, Any]] = field(default_factory=list)
    unit: str = "topic"  # what a row's cluster is, named in every CI

    def ranked(self) -> list[dict[str, Any]]:
        """Rows by score, highest (most persona-moving) first."""
        return sorted(self.rows, key=lambda r: -float(r["score"]))

    def set_score(self) -> dict[str, Any]:
        """The set's mean score with a CI resampling topics (the set-level predictor of the shift)."""
        from persona_xray.evals.stats import bootstrap_mean

        return bootstrap_mean(
            [float(r["score"]) for r in self.rows], clusters=[r["cluster"] for r in self.rows], unit=self.unit
        ).as_dict()

    def detection(self, ks: Sequence[int] = ()) -> dict[str, dict[str, Any]] | None:
        """The probe and each baseline as detectors of the known-bad rows (None without truth on every row):
        AUC, R-precision (precision at k = the number of bad rows) and precision@k for each asked ``k``."""
        from persona_xray.evals.stats import detection

        if not self.rows or any(r["truth"] is None for r in self.rows):
            return None
        labels = [bool(r["truth"]) for r in self.rows]
        ks = sorted(set(ks) - {0})
        clusters = [r["cluster"] for r in self.rows]
        out: dict[str, dict[str, Any]] = {}
        for name in ["score", *(b for b in BASELINES if b in self.rows[0])]:
            est = detection(
                [float(r[name]) for r in self.rows],
                labels,
                clusters=clusters,
                unit=self.unit,
                ks=ks,
                r_precision=True,
            )
            out["projection difference" if name == "score" else name] = {
                k: e.as_dict() for k, e in est.items()
            }
        return out

    def as_dict(self, ks: Sequence[int] = ()) -> dict[str, Any]:
        return {
            "probe": self.probe,
            "layer": self.layer,
            "model": self.model,
            "own_answers": self.own_answers,
            "n": len(self.rows),
            "set_score": self.set_score() if self.rows else None,
            "detection": self.detection(ks),
            "rows": self.ranked(),
        }


def _means_along(
    lm: LM, probes: Sequence[Probe], prompts: list[list[dict[str, str]]], answers: list[str], bs: int
) -> dict[str, list[float]]:
    """Every probe's mean over each answer's tokens, from one forward per batch across the probes' layers."""
    acts = lm.resid_chat_layers(prompts, answers, [p.layer for p in probes], answer_only=True, batch_size=bs)
    return {
        p.name: [float(p.per_token(a).mean()) if a.shape[0] else 0.0 for a in acts[lm.check_layer(p.layer)]]
        for p in probes
    }


def screen(
    lm: LM,
    rows: Sequence[dict[str, Any]],
    probe: Probe,
    *,
    own_answers: bool = True,
    max_new_tokens: int = 64,
    batch_size: int = 8,
    baselines: Sequence[str] = BASELINES,
    judge: Any = None,
    cluster_unit: str = "topic",
    own: Sequence[str] | None = None,
    progress: bool = False,
) -> ScreenResult:
    """Score every row by the probe's projection difference (training answer minus the model's own greedy
    answer to the same prompt; with ``own_answers=False`` the training answer's projection alone).

    Baselines ride along so a reader sees whether the probe knows more than a keyword list, the model's
    surprise, or a judge reading the text: ``nll`` (mean per-token NLL of the training answer), ``lexicon``
    (:func:`lexicon_score`), ``judge`` (100 minus the judge's alignment score; the offline judge by default).

    ``own``: the model's own answers when the caller already has them (``row["own_answer"]`` of an earlier
    screen of the same rows), so they are not generated again.
    """
    return screen_probes(
        lm,
        rows,
        [probe],
        own_answers=own_answers,
        max_new_tokens=max_new_tokens,
        batch_size=batch_size,
        baselines=baselines,
        judge=judge,
        cluster_unit=cluster_unit,
        own=own,
        progress=progress,
    )[probe.name]


def screen_probes(
    lm: LM,
    rows: Sequence[dict[str, Any]],
    probes: Sequence[Probe],
    *,
    own_answers: bool = True,
    max_new_tokens: int = 64,
    batch_size: int = 8,
    baselines: Sequence[str] = BASELINES,
    judge: Any = None,
    cluster_unit: str = "topic",
    own: Sequence[str] | None = None,
    progress: bool = False,
) -> dict[str, ScreenResult]:
    """:func:`screen` with several probes on the same rows, one result per probe name.

    The costly parts are shared: the model's own answers are generated once, the baselines computed once
    (every result's rows carry them), and all probes read one forward per batch across their layers.
    Comparing a persona vector with a control direction on one data set costs about what one probe does.
    """
    unknown = sorted(set(baselines) - set(BASELINES))
    if unknown:
        raise UserError(
            f"unknown screening baseline(s) {', '.join(unknown)}: choose from {', '.join(BASELINES)}"
        )
    if not rows:
        raise UserError("no rows to screen")
    if not probes:
        raise UserError("no probes to screen with")
    names = [p.name for p in probes]
    if len(set(names)) != len(names):
        raise UserError(f"probe names must differ (got {', '.join(names)})")
    for p in probes:
        lm.check_layer(p.layer)
    prompts, answers = zip(*(split_row(dict(r)) for r in rows), strict=True)
    p_list, a_list = list(prompts), list(answers)
    train = _means_along(lm, probes, p_list, a_list, batch_size)
    own_score: dict[str, list[float]] = {n: [0.0] * len(rows) for n in names}
    own_text: list[str] = [""] * len(rows)
    if own is not None and len(own) != len(rows):
        raise UserError(f"{len(own)} own answers for {len(rows)} rows")
    if own_answers:
        if own is None:
            gen = lm.generate(
                p_list,
                max_new_tokens=max_new_tokens,
                temperature=0.0,
                batch_size=batch_size,
                progress=progress,
            )
            own_text = [g[0] for g in gen]
        else:
            own_text = list(own)
        # An empty own answer has no tokens to average: score it as no projection.
        own_score = _means_along(lm, probes, p_list, [t if t.strip() else " " for t in own_text], batch_size)
    extra: dict[str, list[float]] = {}
    if "nll" in baselines:
        lps = lm.answer_logprobs(p_list, a_list, batch_size=batch_size)
        extra["nll"] = [float(-lp.mean()) if lp.numel() else 0.0 for lp in lps]
    if "lexicon" in baselines:
        extra["lexicon"] = [lexicon_score(a) for a in a_list]
    if "judge" in baselines:
        from persona_xray.evals.judges import make_judge

        j = judge if judge is not None else make_judge("offline")
        questions = [next((m["content"] for m in reversed(p) if m["role"] == "user"), "") for p in p_list]
        verdicts = j.score_many(list(zip(questions, a_list, strict=True)))
        extra["judge"] = [100.0 - (v.aligned if v.aligned is not None else 50.0) for v in verdicts]
    results: dict[str, ScreenResult] = {}
    for probe in probes:
        out = ScreenResult(probe.name, probe.layer, lm.name, own_answers, unit=cluster_unit)
        tr, ow = train[probe.name], own_score[probe.name]
        for i, r in enumerate(rows):
            meta = r.get("meta") or {}
            row: dict[str, Any] = {
                "id": str(r.get("id", i)),
                "score": tr[i] - ow[i],
                "train": tr[i],
                "own": ow[i] if own_answers else None,
                "truth": truth(dict(r)),
                "cluster": str(
                    meta.get("cluster") or meta.get("topic") or meta.get("item") or r.get("id", i)
                ),
                "answer": a_list[i],
            }
            if own_answers:
                row["own_answer"] = own_text[i]
            for k, v in extra.items():
                row[k] = v[i]
            out.rows.append(row)
        results[probe.name] = out
    return results
