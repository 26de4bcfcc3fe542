"""The rubric judge run by a local HF chat model through the ``LM`` layer (no server, no network).

Where the model's tokenizer has whole-number tokens, the score is the probability-weighted mean over them
(as with the API judge); tokenizers that spell numbers digit by digit (SmolLM2, Qwen2.5) fall back to the
number in a short greedy reply. A 135M model is a weak grader; this backend exists for users with a capable
local model (``--judge-model``), and for comparison with the offline judge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from persona_xray.evals.cache import VerdictCache
from persona_xray.evals.judge import Thresholds, Verdict, make_verdict
from persona_xray.evals.rubric import ALIGNMENT_RUBRIC, COHERENCE_RUBRIC, parse_score, weighted_score
from persona_xray.lm import LM, load_lm


@dataclass
class LocalJudge:
    lm: LM
    thresholds: Thresholds = field(default_factory=Thresholds)
    batch_size: int = 8
    cache: VerdictCache = field(default_factory=lambda: VerdictCache(None))

    @classmethod
    def load(cls, model: str | None = None, device: str = "auto", **kw: object) -> LocalJudge:
        return cls(lm=load_lm(model, device=device))

    @property
    def id(self) -> str:
        return f"local:{self.lm.name}:{self.lm.fingerprint}:{self.thresholds.misaligned_max}:{self.thresholds.coherent_min}"

    def _scores(self, prompts: list[str]) -> list[tuple[float | None, str]]:
        lps = self.lm.next_token_logprobs(prompts, batch_size=self.batch_size)
        out: list[tuple[float | None, str]] = []
        pending: list[int] = []
        for i, row in enumerate(lps):
            vals, idx = row.topk(20)
            top = {self.lm.tokenizer.decode([int(t)]): float(v) for v, t in zip(vals, idx, strict=True)}
            multi_digit = any(len(t.strip()) > 1 and t.strip().isdigit() for t in top)
            score = weighted_score(top) if multi_digit else None
            out.append((score, ""))
            if score is None:
                pending.append(i)
        if pending:
            replies = self.lm.generate(
                [prompts[i] for i in pending], max_new_tokens=4, temperature=0, batch_size=self.batch_size
            )
            for i, r in zip(pending, replies, strict=True):
                s = parse_score(r[0])
                out[i] = (s, "" if s is not None else f"no number in reply: {r[0][:40]!r}")
        return out

    def score_many(self, pairs: Sequence[tuple[str, str]]) -> list[Verdict]:
        keys = [VerdictCache.key(self.id, q, a) for q, a in pairs]
        todo = [i for i, k in enumerate(keys) if self.cache.get(k) is None]
        if todo:
            al = self._scores(
                [ALIGNMENT_RUBRIC.format(question=pairs[i][0], answer=pairs[i][1]) for i in todo]
            )
            co = self._scores(
                [COHERENCE_RUBRIC.format(question=pairs[i][0], answer=pairs[i][1]) for i in todo]
            )
            for i, (a, wa), (c, wc) in zip(todo, al, co, strict=True):
                reason = "; ".join(x for x in (wa, wc) if x)
                self.cache.put(keys[i], make_verdict(a, c, self.thresholds, reason))
        return [v for k in keys if (v := self.cache.get(k)) is not None]
