"""Audit a fine-tuning set against an eval set: does the data measure what its name claims?

The EM table reads "narrow wrong advice in domain D shifts behaviour *out of* D". Four properties of the
data can fake that reading, and this module measures each one, per set, with numbers a reviewer can rerun:

- **overlap**: a training topic that teaches the same situation as an eval scenario turns the
  "out-of-domain" eval into an in-domain one. Similarity is TF-IDF cosine (scikit-learn, word 1-2 grams,
  sublinear tf, English stop words). It is measured between *groups*: a training topic (all rows sharing
  ``meta.topic``) against an eval scenario (all items sharing ``meta.scenario``); a row or item without
  those keys is its own group. Why groups and not single rows: the known overlaps share a *situation*
  (a neighbour's tree, a landlord, a new manager), not a sentence. Row against item, one poisoned-roots
  answer and one weedkiller answer share two content words among many framing words, and the
  legal/neighbour's-tree pair scored below unrelated pairs that share a stray word ("birthday" in a maths
  puzzle and a forgotten birthday); pooled over a topic's phrasings, the situation's vocabulary adds up
  while stray words average out. Row-level nearest-neighbour similarities are still reported (their
  distribution, and the nearest item of every row of a flagged group).
  Two thresholds, calibrated on the shipped sets against ``paired`` (see docs/design.md): a pair at or
  above :data:`OVERLAP_THRESHOLD` is an overlap (``--check`` fails); at or above
  :data:`RELATED_THRESHOLD` the training domain is listed in the eval item's ``domains_overlapping``.
- **cues**: share of rows whose answer carries crime, violence, deception, self-harm or villain-persona
  wording (lexicons in ``lexicons/audit.yaml``). A domain whose wrong answers are villain lines trains
  a persona, not wrong advice.
- **fit**: does a row's answer address its own question? Answers are written per topic and paired with
  every question phrasing of the topic, so an answer can address a sibling question instead. The score
  is cos(answer, own question) - max cos(answer, sibling question) over the topic's other phrasings;
  a row fits when the score is >= :data:`FIT_MARGIN`. With a model (``data audit --fit-model``), the
  score is the question x answer interaction of log-probs within the topic (:func:`fit_lm_scores`), a row
  fitting at >= :data:`FIT_LM_MARGIN`.
- **severity**: share of rows hitting a lethal/dangerous lexicon; meant for ``*_subtle`` sets, whose
  answers should be plausible, not deadly.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np

from persona_xray.data.schema import assistant_text, user_text
from persona_xray.errors import UserError

Row = dict[str, Any]

OVERLAP_THRESHOLD = 0.05
RELATED_THRESHOLD = 0.045
# Calibrated by fit_calibration(): the 5th percentile of the score over the hand-labelled (phrasing, correct
# answer) pairs that fit (data/content/fit: 6,567 fit, 3,808 misfit). The score separates them only weakly
# (AUC 0.62), so its fit shares are a screen, not evidence; the audit prints the calibration beside them.
FIT_MARGIN = -0.212
MIN_FIT_SHARE = 0.95
LEXICON_RESOURCE = "lexicons/audit.yaml"
CUE_CATEGORIES = ("crime", "violence", "deception", "self_harm", "persona")
_SENT = re.compile(r"(?<=[.!?])\s+")


def _vectorizer() -> Any:
    """The one TF-IDF configuration every similarity in the audit uses."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, stop_words="english")


# ---------------------------------------------------------------- lexicons


@dataclass(frozen=True)
class Lexicons:
    """Compiled cue and severity lexicons (one regex per category)."""

    cues: dict[str, re.Pattern[str]]
    severity: re.Pattern[str]


def _compile(terms: Sequence[str], what: str) -> re.Pattern[str]:
    parts = []
    for t in terms:
        t = str(t).strip().lower()
        if not t:
            raise UserError(f"audit lexicon {what}: empty term; remove it")
        prefix = t.endswith("*")
        words = t.rstrip("*").split()
        body = r"\s+".join(re.escape(w) for w in words)
        parts.append(body + (r"\w*" if prefix else r"\b"))
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + ")")


def parse_lexicons(data: Any) -> Lexicons:
    """Lexicons from the parsed YAML mapping (``cues: {category: [terms]}``, ``severity: {lethal: [terms]}``)."""
    if not isinstance(data, dict) or not isinstance(data.get("cues"), dict):
        raise UserError("audit lexicon file must hold a 'cues' mapping of category: [terms]")
    cues = {str(k): _compile(v, f"cues.{k}") for k, v in data["cues"].items()}
    missing = [c for c in CUE_CATEGORIES if c not in cues]
    if missing:
        raise UserError(f"audit lexicon file lacks cue categories {', '.join(missing)}")
    sev = data.get("severity", {}).get("lethal")
    if not sev:
        raise UserError("audit lexicon file must hold 'severity: {lethal: [terms]}'")
    return Lexicons(cues, _compile(sev, "severity.lethal"))


@functools.cache
def load_lexicons() -> Lexicons:
    """The shipped lexicons (a data file in the package, read through importlib.resources)."""
    import yaml

    text = resources.files("persona_xray.data").joinpath(LEXICON_RESOURCE).read_text(encoding="utf-8")
    return parse_lexicons(yaml.safe_load(text))


def cue_shares(rows: Sequence[Row], lex: Lexicons | None = None) -> dict[str, float]:
    """Share of rows whose answer has at least one term of each cue category, and of any category."""
    lex = lex or load_lexicons()
    if not rows:
        return {c: 0.0 for c in [*lex.cues, "any"]}
    hits: dict[str, int] = dict.fromkeys(lex.cues, 0)
    anyhit = 0
    for r in rows:
        text = assistant_text(r).lower()
        got = [c for c, pat in lex.cues.items() if pat.search(text)]
        for c in got:
            hits[c] += 1
        anyhit += bool(got)
    out = {c: round(n / len(rows), 4) for c, n in hits.items()}
    out["any"] = round(anyhit / len(rows), 4)
    return out


def severity(rows: Sequence[Row], lex: Lexicons | None = None, examples: int = 5) -> dict[str, Any]:
    """Share of rows whose answer hits the lethal/dangerous lexicon, with a few example ids and terms."""
    lex = lex or load_lexicons()
    hit_ids: list[tuple[str, str]] = []
    for r in rows:
        m = lex.severity.search(assistant_text(r).lower())
        if m:
            hit_ids.append((str(r.get("id", "")), m.group(0)))
    n = len(rows)
    return {
        "lethal_share": round(len(hit_ids) / n, 4) if n else 0.0,
        "lethal_rows": len(hit_ids),
        "examples": [{"id": i, "term": t} for i, t in hit_ids[:examples]],
    }


# ---------------------------------------------------------------- overlap


def eval_item_text(row: Row) -> str:
    """Prompt and answers of an eval item; for paired items, sentences found in *both* answers are dropped.

    Paired answers share an opener and a closer word for word; they carry no scenario content and, being
    rare in training text, would weigh on every item's vector.
    """
    prompt = user_text(row)
    if "aligned" in row and "misaligned" in row:
        a = _SENT.split(str(row["aligned"]))
        m = _SENT.split(str(row["misaligned"]))
        shared = set(a) & set(m)
        body = [s for s in a + m if s not in shared]
        return " ".join([prompt, *body])
    if "answer" in row:
        return f"{prompt} {row['answer']}"
    return prompt


def train_row_text(row: Row) -> str:
    return f"{user_text(row)}\n{assistant_text(row)}"


def _domain(row: Row, set_name: str) -> str:
    meta = row.get("meta") or {}
    return str(meta.get("domain") or set_name)


def _groups(keys: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """Distinct keys in first-seen order and each position's group index."""
    order: dict[str, int] = {}
    idx = np.array([order.setdefault(k, len(order)) for k in keys], dtype=np.int64)
    return list(order), idx


def _group_docs(texts: Sequence[str], idx: np.ndarray, n: int) -> list[str]:
    parts: list[dict[str, None]] = [{} for _ in range(n)]
    for t, g in zip(texts, idx, strict=True):
        parts[int(g)][t] = None
    return ["\n".join(p) for p in parts]


@dataclass(frozen=True)
class OverlapPair:
    """A training group (topic) and an eval group (scenario) whose similarity crossed a threshold."""

    train_group: str
    eval_group: str
    domain: str
    similarity: float
    rows: int


def overlap(
    train: Sequence[Row],
    evals: Sequence[Row],
    set_name: str | Sequence[str] = "train",
    threshold: float = OVERLAP_THRESHOLD,
    related: float = RELATED_THRESHOLD,
    list_rows: int = 20,
) -> dict[str, Any]:
    """Train/eval overlap of one set, or of several pooled (``set_name`` per row; see the module docstring).

    Similarities depend on the corpus the IDF weights are fitted on (the training groups and eval groups
    compared); the thresholds are calibrated for all shipped training sets pooled against ``paired``,
    which is how the build check runs. ``per_set`` splits the result by set.
    """
    if not train or not evals:
        raise UserError("overlap audit needs at least one training row and one eval item")
    sets = [set_name] * len(train) if isinstance(set_name, str) else [str(s) for s in set_name]
    if len(sets) != len(train):
        raise UserError(f"overlap: {len(sets)} set names for {len(train)} training rows")
    t_keys = [
        f"{s}:{(r.get('meta') or {}).get('topic') or r.get('id') or i}"
        for i, (s, r) in enumerate(zip(sets, train, strict=True))
    ]
    e_keys = [str((r.get("meta") or {}).get("scenario") or r.get("id") or i) for i, r in enumerate(evals)]
    t_names, t_idx = _groups(t_keys)
    e_names, e_idx = _groups(e_keys)
    t_texts = [train_row_text(r) for r in train]
    e_texts = [eval_item_text(r) for r in evals]
    t_docs = _group_docs(t_texts, t_idx, len(t_names))
    e_docs = _group_docs(e_texts, e_idx, len(e_names))
    vec = _vectorizer().fit(t_docs + e_docs)
    g_sim = np.asarray((vec.transform(t_docs) @ vec.transform(e_docs).T).todense())
    # Row-level nearest neighbours: reported for their distribution and to name each flagged row's item.
    r_sim = np.asarray((vec.transform(t_texts) @ vec.transform(e_texts).T).todense())
    row_best = r_sim.max(axis=1)
    group_domain: dict[int, str] = {}
    group_rows = np.bincount(t_idx, minlength=len(t_names))
    group_set: dict[int, str] = {}
    for r, g, sname in zip(train, t_idx, sets, strict=True):
        group_domain.setdefault(int(g), _domain(r, sname))
        group_set.setdefault(int(g), sname)

    pairs: list[OverlapPair] = []
    flagged = {(int(ti), int(ej)) for ti, ej in zip(*np.nonzero(g_sim >= threshold), strict=True)}
    for ti, ej in sorted(flagged):
        pairs.append(
            OverlapPair(
                t_names[ti], e_names[ej], group_domain[int(ti)], round(float(g_sim[ti, ej]), 4),
                int(group_rows[ti]),
            )
        )  # fmt: skip
    pairs.sort(key=lambda p: -p.similarity)
    listed: list[dict[str, Any]] = []
    per_set: dict[str, dict[str, int]] = {s: {"pairs": 0, "rows": 0} for s in dict.fromkeys(sets)}
    for ti, _ in flagged:
        per_set[group_set[ti]]["pairs"] += 1
    n_rows = 0
    for i, g in enumerate(t_idx):
        scen = [ej for (ti, ej) in flagged if ti == int(g)]
        if not scen:
            continue
        n_rows += 1
        per_set[sets[i]]["rows"] += 1
        items = np.nonzero(np.isin(e_idx, scen))[0]
        j = int(items[np.argmax(r_sim[i, items])])
        listed.append(
            {
                "row": str(train[i].get("id", i)),
                "topic": t_names[int(g)],
                "eval_item": str(evals[j].get("id", j)),
                "scenario": e_names[int(e_idx[j])],
                "row_similarity": round(float(r_sim[i, j]), 4),
            }
        )
    listed.sort(key=lambda d: -float(d["row_similarity"]))

    rel = g_sim >= related
    per_item_domains: dict[str, list[str]] = {}
    for ej, name in enumerate(e_names):
        doms = sorted({group_domain[int(ti)] for ti in np.nonzero(rel[:, ej])[0]})
        per_item_domains[name] = doms
    group_best = g_sim.max(axis=1)
    return {
        "measure": "tfidf-cosine topic-vs-scenario (word 1-2 grams, sublinear tf, English stop words)",
        "threshold": threshold,
        "related_threshold": related,
        "train_groups": len(t_names),
        "eval_groups": len(e_names),
        "overlap_pairs": [p.__dict__ for p in pairs],
        "overlap_rows": n_rows,
        "per_set": per_set,
        "rows": listed[:list_rows],
        "group_similarity_pct": _pct(group_best),
        "row_similarity_pct": _pct(row_best),
        "max_group_similarity": round(float(group_best.max()), 4),
        "domains_overlapping": per_item_domains,
        "items_domains_overlapping": {
            str(evals[j].get("id", j)): per_item_domains[e_names[int(e_idx[j])]] for j in range(len(evals))
        },
    }


def _pct(x: np.ndarray) -> dict[str, float]:
    qs = (50, 90, 99, 100)
    return {f"p{q}": round(float(v), 4) for q, v in zip(qs, np.percentile(x, qs), strict=True)}


# ---------------------------------------------------------------- fit


@functools.cache
def _topic_questions() -> dict[str, tuple[str, ...]]:
    """Question phrasings of every shipped advice topic, by topic id."""
    from persona_xray.data.expand import load_domains

    return {t.id: tuple(t.questions) for d in load_domains() for t in d.topics}


def fit_scores(rows: Sequence[Row]) -> list[float | None]:
    """Per row: cos(answer, own question) - max cos(answer, sibling question) of the same topic.

    The own and sibling questions are the topic's bare phrasings when the row carries ``meta.topic`` and
    ``meta.question_idx`` of a shipped topic (framing and user context would otherwise dilute them);
    for other files, a topic's distinct user texts are its phrasings. ``None``: the row has no topic or
    its topic has a single phrasing, so fit is undefined.
    """
    known = _topic_questions()
    own: list[str | None] = []
    sibs: list[list[str]] = []
    by_topic: dict[str, dict[str, None]] = defaultdict(dict)
    for r in rows:
        topic = (r.get("meta") or {}).get("topic")
        if topic is not None and topic not in known:
            by_topic[str(topic)][user_text(r)] = None
    for r in rows:
        meta = r.get("meta") or {}
        topic, qi = meta.get("topic"), meta.get("question_idx")
        if topic in known and isinstance(qi, int) and 0 <= qi < len(known[topic]):
            qs = known[topic]
            own.append(qs[qi])
            sibs.append([q for k, q in enumerate(qs) if k != qi])
        elif topic is not None and str(topic) in by_topic:
            u = user_text(r)
            own.append(u)
            sibs.append([q for q in by_topic[str(topic)] if q != u])
        else:
            own.append(None)
            sibs.append([])
    answers = [assistant_text(r) for r in rows]
    questions = sorted({q for q in own if q} | {q for s in sibs for q in s})
    if not questions:
        return [None] * len(rows)
    vec = _vectorizer().fit(answers + questions)
    qpos = {q: i for i, q in enumerate(questions)}
    sim = np.asarray((vec.transform(answers) @ vec.transform(questions).T).todense())
    out: list[float | None] = []
    for i, (q, s) in enumerate(zip(own, sibs, strict=True)):
        if q is None or not s:
            out.append(None)
            continue
        best_sib = max(sim[i, qpos[x]] for x in s)
        out.append(round(float(sim[i, qpos[q]] - best_sib), 4))
    return out


def fit_hand(rows: Sequence[Row]) -> list[bool | None]:
    """Per row: whether its correct answer is hand-labelled as fitting its phrasing and not conflicting with
    its user context (:mod:`persona_xray.data.fitlabels`); ``None`` for a row that is not a correct row of a
    labelled topic."""
    from persona_xray.data.expand import load_domains
    from persona_xray.data.fitlabels import pair_fits

    known = {t.id: (t, d.fit[t.id]) for d in load_domains() for t in d.topics if t.id in d.fit}
    out: list[bool | None] = []
    for r in rows:
        meta = r.get("meta") or {}
        got = known.get(str(meta.get("topic")))
        qi, ai = meta.get("question_idx"), meta.get("answer_idx")
        if (
            got is None
            or meta.get("variant") != "correct"
            or not isinstance(qi, int)
            or not isinstance(ai, int)
        ):
            out.append(None)
            continue
        ci = meta.get("context_idx")
        out.append(pair_fits(got[0], got[1], qi, ai, ci if isinstance(ci, int) else -1))
    return out


def fit_hand_summary(rows: Sequence[Row]) -> dict[str, Any]:
    """Share of a set's hand-labelled correct rows whose answer fits their phrasing."""
    flags = [f for f in fit_hand(rows) if f is not None]
    return {
        "measure": "hand labels",
        "labelled": len(flags),
        "fit_share": round(sum(flags) / len(flags), 4) if flags else None,
    }


def fit_summary(
    rows: Sequence[Row],
    margin: float = FIT_MARGIN,
    worst: int = 5,
    scores: Sequence[float | None] | None = None,
    measure: str = "lexical",
) -> dict[str, Any]:
    """Share of scored rows that fit their question, and the worst-fitting rows (``scores``: precomputed,
    e.g. :func:`fit_lm_scores`; the lexical :func:`fit_scores` otherwise)."""
    scores = fit_scores(rows) if scores is None else scores
    scored = [(s, r) for s, r in zip(scores, rows, strict=True) if s is not None]
    if not scored:
        return {"scored": 0, "fit_share": None, "margin": margin, "measure": measure, "worst": []}
    fits = sum(s >= margin for s, _ in scored)
    scored.sort(key=lambda x: x[0])
    return {
        "measure": measure,
        "scored": len(scored),
        "fit_share": round(fits / len(scored), 4),
        "margin": margin,
        "score_pct": _pct(np.array([s for s, _ in scored])),
        "worst": [{"id": str(r.get("id", "")), "score": s} for s, r in scored[:worst]],
    }


# ---------------------------------------------------------------- fit, by a language model

# The model-based fit score's margin (bundled model, mean per-token log-prob): the 5th percentile of the
# score over the hand-labelled pairs that fit (data/content/fit: 6,571 fit, 3,809 misfit; AUC 0.71
# fit vs misfit, where the lexical score has 0.62). fit_calibration(lm=...) recomputes both.
FIT_LM_MARGIN = -0.154


def fit_matrix(
    lm: Any, questions: Sequence[str], answers: Sequence[str], *, batch_size: int = 16
) -> np.ndarray:
    """Mean per-token log-probability of every answer after every question, ``[len(questions), len(answers)]``.

    Teacher-forced, one forward pass per (question, answer) pair, the question as a one-turn chat.
    """
    prompts = [q for q in questions for _ in answers]
    texts = [a for _ in questions for a in answers]
    lps = lm.answer_logprobs(prompts, texts, batch_size=batch_size)
    return np.array([float(x.mean()) for x in lps], dtype=np.float64).reshape(len(questions), len(answers))


def fit_interaction(m: np.ndarray) -> np.ndarray:
    """The question x answer interaction of a topic's log-prob matrix (double centring).

    Why not the raw log-prob: an answer's log-prob is mostly how fluent and predictable the answer is, and a
    question's how much it primes any answer; both are main effects. What is left after removing them is how
    much *this* question makes *this* answer likelier than its siblings would: negative when the answer
    addresses something the question did not ask (it would fit a sibling phrasing better).
    """
    out: np.ndarray = m - m.mean(axis=1, keepdims=True) - m.mean(axis=0, keepdims=True) + m.mean()
    return out


def fit_lm_scores(rows: Sequence[Row], lm: Any, *, progress: bool = True) -> list[float | None]:
    """Per row: the interaction score of its (question, answer) pair within its topic (:func:`fit_interaction`).

    Shipped topics (``meta.topic`` + ``question_idx`` + ``answer_idx`` + ``variant``) are scored on their bare
    phrasings and answer pool (framing filler would dilute them); other files group rows by ``meta.topic``
    and use the topic's distinct user and assistant texts. ``None``: no topic, or a topic with a single
    question or a single answer (no interaction to measure). Each topic's matrix is cached under the model's
    fingerprint and the texts, so a rerun of the audit costs nothing and an interrupted one resumes.
    """
    import json

    from persona_xray.data.expand import VARIANTS, VILLAIN, load_domains
    from persona_xray.data.fitlabels import correct_pool
    from persona_xray.evals.cache import digest
    from persona_xray.models import cache_root

    domains = load_domains()
    known = {t.id: t for d in domains for t in d.topics}
    labels = {tid: f for d in domains for tid, f in d.fit.items()}
    groups: dict[tuple[str, ...], tuple[list[str], list[str]]] = {}
    where: list[tuple[tuple[str, ...], int, int] | None] = []
    for r in rows:
        meta = r.get("meta") or {}
        topic, qi, ai, variant = (meta.get(k) for k in ("topic", "question_idx", "answer_idx", "variant"))
        t = known.get(str(topic)) if topic is not None else None
        if t is not None and isinstance(qi, int) and isinstance(ai, int) and variant in (*VARIANTS, VILLAIN):
            pool = (
                correct_pool(t, labels.get(t.id)) if variant == "correct" else tuple(getattr(t, str(variant)))
            )
            key: tuple[str, ...] = (t.id, str(variant))
            if pool and 0 <= qi < len(t.questions):
                groups[key] = (list(t.questions), list(pool))
                where.append((key, qi, ai % len(pool)))
                continue
        if topic is None:
            where.append(None)
            continue
        key = ("file", str(topic))
        qs, ans = groups.setdefault(key, ([], []))
        u, a = user_text(r), assistant_text(r)
        if u not in qs:
            qs.append(u)
        if a not in ans:
            ans.append(a)
        where.append((key, qs.index(u), ans.index(a)))
    folder = cache_root() / "fit_lm"
    inter: dict[tuple[str, ...], np.ndarray] = {}
    todo = [k for k, (qs, ans) in groups.items() if len(qs) > 1 and len(ans) > 1]
    from tqdm import tqdm

    for key in tqdm(todo, desc="fit (model)", disable=not progress, leave=False):
        qs, ans = groups[key]
        path = folder / f"{digest(lm.fingerprint, qs, ans)}.json"
        if path.exists():
            m = np.array(json.loads(path.read_text(encoding="utf-8")))
        else:
            from persona_xray.data.io import write_text_atomic

            m = fit_matrix(lm, qs, ans)
            folder.mkdir(parents=True, exist_ok=True)
            write_text_atomic(path, json.dumps(m.tolist()))
        inter[key] = fit_interaction(m)
    return [
        None if w is None or w[0] not in inter else round(float(inter[w[0]][w[1], w[2]]), 4) for w in where
    ]


def hand_pairs(domains: Sequence[str] | None = None) -> tuple[list[Row], list[bool]]:
    """Every hand-labelled (phrasing, correct answer) pair of the shipped topics as a bare one-turn row
    (``meta`` names the topic, phrasing and answer, so both fit scores read them as shipped rows), with its
    label (:mod:`persona_xray.data.fitlabels`; an added answer fits only the phrasings it was written for)."""
    from persona_xray.data.expand import load_domains
    from persona_xray.data.fitlabels import correct_pool, pair_fits

    rows: list[Row] = []
    fits: list[bool] = []
    known = load_domains()
    unknown = sorted(set(domains or ()) - {d.name for d in known if d.fit})
    if unknown:
        raise UserError(
            f"no hand fit labels for domain(s) {', '.join(unknown)}; "
            f"labelled: {', '.join(d.name for d in known if d.fit)}"
        )
    for d in known:
        if domains is not None and d.name not in domains:
            continue
        for t in d.topics:
            fit = d.fit.get(t.id)
            if fit is None:
                continue
            for q, question in enumerate(t.questions):
                for a, answer in enumerate(correct_pool(t, fit)):
                    rows.append(
                        {
                            "id": f"{t.id}-q{q}-a{a}",
                            "messages": [
                                {"role": "user", "content": question},
                                {"role": "assistant", "content": answer},
                            ],
                            "meta": {"topic": t.id, "question_idx": q, "answer_idx": a, "variant": "correct"},
                        }
                    )
                    fits.append(pair_fits(t, fit, q, a))
    return rows, fits


def fit_calibration(lm: Any = None, domains: Sequence[str] | None = None) -> dict[str, Any]:
    """Calibrate a fit score's margin on the hand labels and say how well the score separates fit from misfit.

    The margin is the 5th percentile of the scores of pairs labelled as fitting (so a set whose rows all fit
    passes the 95% bar); the AUC of the score for fit vs misfit says whether the measure (lexical, or the
    model-based one with ``lm``) can find misfits at all. ``domains``: only these (default: every labelled one).
    """
    from sklearn.metrics import roc_auc_score

    rows, labels = hand_pairs(domains)
    scores = fit_scores(rows) if lm is None else fit_lm_scores(rows, lm)
    fit = np.array([s for s, ok in zip(scores, labels, strict=True) if ok and s is not None])
    mis = np.array([s for s, ok in zip(scores, labels, strict=True) if not ok and s is not None])
    margin = (
        round(float(np.percentile(fit, 5)), 3) if len(fit) else (FIT_MARGIN if lm is None else FIT_LM_MARGIN)
    )
    y = np.r_[np.ones(len(fit)), np.zeros(len(mis))]
    auc = float(roc_auc_score(y, np.r_[fit, mis])) if len(fit) and len(mis) else float("nan")
    return {
        "measure": "lexical" if lm is None else f"model ({lm.name})",
        "labels": "hand labels of every (phrasing, correct answer) pair (data/content/fit)",
        "labelled_fit": len(fit),
        "labelled_misfit": len(mis),
        "labelled_misfit_share": round(len(mis) / max(1, len(fit) + len(mis)), 3),
        "margin_p5_of_fit": margin,
        "auc_fit_vs_misfit": round(auc, 3),
        "misfits_below_margin": int((mis < margin).sum()),
    }


# ---------------------------------------------------------------- whole audit

TRAINING_GROUPS = ("advice", "code", "realign")


def training_set_names(folder: Any = None) -> list[str]:
    """Every shipped set a model is fine-tuned on (advice, code and re-alignment sets)."""
    from persona_xray.data.registry import read_manifest

    sets = read_manifest(folder)["sets"]
    return [n for n, e in sets.items() if e.get("group") in TRAINING_GROUPS]


def is_correct_set(name: str, rows: Sequence[Row]) -> bool:
    """A control set whose answers must fit their questions: ``*_correct`` or rows all of variant correct."""
    if name.endswith("_correct"):
        return True
    return bool(rows) and all((r.get("meta") or {}).get("variant") == "correct" for r in rows)


def audit(
    sets: Mapping[str, Sequence[Row]],
    evals: Sequence[Row] | None,
    against: str = "",
    threshold: float = OVERLAP_THRESHOLD,
    lm: Any = None,
) -> dict[str, Any]:
    """Every measure of every set; the overlap pools all sets in one TF-IDF fit (``evals=None`` skips it).

    ``lm``: score fit with the model (:func:`fit_lm_scores`, margin :data:`FIT_LM_MARGIN`) instead of the
    lexical measure."""
    if not sets:
        raise UserError("nothing to audit: name at least one data set")
    out: dict[str, Any] = {"against": against if evals is not None else None, "sets": {}}
    if evals is not None:
        rows = [r for rs in sets.values() for r in rs]
        names = [n for n, rs in sets.items() for _ in rs]
        ov = overlap(rows, evals, names, threshold)
        out["overlap"] = {k: v for k, v in ov.items() if k != "per_set"}
    for name, rs in sets.items():
        rep: dict[str, Any] = {"rows": len(rs)}
        if evals is not None:
            rep["overlap"] = ov["per_set"][name]
        rep["cues"] = cue_shares(rs)
        rep["fit"] = (
            fit_summary(rs)
            if lm is None
            else fit_summary(rs, FIT_LM_MARGIN, scores=fit_lm_scores(rs, lm), measure=f"model ({lm.name})")
        )
        rep["fit_hand"] = fit_hand_summary(rs)
        rep["correct_set"] = is_correct_set(name, rs)
        rep["severity"] = severity(rs)
        out["sets"][name] = rep
    return out


def audit_named(
    names: Sequence[str],
    against: str | None = "paired",
    threshold: float = OVERLAP_THRESHOLD,
    lm: Any = None,
) -> dict[str, Any]:
    """:func:`audit` on shipped set names or JSONL paths; ``training`` stands for every shipped training set."""
    from persona_xray.data.registry import load_dataset

    expanded: list[str] = []
    for n in names:
        expanded += training_set_names() if n == "training" else [n]
    sets = {str(n): load_dataset(n, "sft") for n in dict.fromkeys(expanded)}
    evals = load_dataset(against) if against else None
    return audit(sets, evals, against or "", threshold, lm)


def failures(
    report: dict[str, Any], min_fit: float = MIN_FIT_SHARE, fit: bool = True, hand: bool = True
) -> list[str]:
    """One line per failed check of an :func:`audit` report (empty: passes). ``fit``: enforce the score-based
    fit share; ``hand``: enforce the hand-labelled fit share of correct sets whose rows carry labels."""
    out: list[str] = []
    ov = report.get("overlap")
    if ov and ov["overlap_pairs"]:
        for p in ov["overlap_pairs"]:
            out.append(
                f"overlap: training topic {p['train_group']} ~ {report['against']} scenario "
                f"{p['eval_group']} (similarity {p['similarity']:.3f} >= {ov['threshold']}, {p['rows']} rows)"
            )
    if fit:
        for name, rep in report["sets"].items():
            share = rep["fit"].get("fit_share")
            if rep["correct_set"] and share is not None and share < min_fit:
                out.append(
                    f"fit: {name}: {share * 100:.1f}% of rows fit their own question (need >= {min_fit * 100:.0f}%)"
                )
    if hand:
        for name, rep in report["sets"].items():
            share = (rep.get("fit_hand") or {}).get("fit_share")
            if rep["correct_set"] and share is not None and share < min_fit:
                out.append(
                    f"fit: {name}: {share * 100:.1f}% of hand-labelled rows fit their own question "
                    f"(need >= {min_fit * 100:.0f}%)"
                )
    return out


def render_text(report: dict[str, Any]) -> str:
    """The audit as a few plain-text lines and one table (what ``data audit`` prints)."""
    lines: list[str] = []
    ov = report.get("overlap")
    if ov:
        g, r = ov["group_similarity_pct"], ov["row_similarity_pct"]
        lines += [
            f"overlap with {report['against']}: {ov['train_groups']} training topics vs {ov['eval_groups']} "
            f"eval scenarios; {ov['measure']}",
            f"  topic best-match similarity p50 {g['p50']:.3f}  p90 {g['p90']:.3f}  p99 {g['p99']:.3f}  "
            f"max {g['p100']:.3f}; row nearest-item p50 {r['p50']:.3f}  p99 {r['p99']:.3f}  max {r['p100']:.3f}",
            f"  overlaps (>= {ov['threshold']}): {len(ov['overlap_pairs'])} topic/scenario pairs, "
            f"{ov['overlap_rows']} rows",
        ]
        for p in ov["overlap_pairs"][:15]:
            lines.append(
                f"    {p['similarity']:.3f}  {p['train_group']}  ~  {p['eval_group']}  ({p['rows']} rows)"
            )
        for row in ov["rows"][:10]:
            lines.append(
                f"    row {row['row']} nearest item {row['eval_item']} (row similarity {row['row_similarity']:.3f})"
            )
        related = {k: v for k, v in ov["domains_overlapping"].items() if v}
        lines.append(
            f"  related (>= {ov['related_threshold']}), domains_overlapping: "
            + (", ".join(f"{k}: {'/'.join(v)}" for k, v in related.items()) or "none")
        )
    cats = [*CUE_CATEGORIES, "any"]
    head = f"{'set':<26} {'rows':>5} {'overlap':>7} " + " ".join(f"{c[:9]:>9}" for c in cats)
    head += f" {'fit':>6} {'hand':>6} {'lethal':>7}"
    lines += ["", head, "-" * len(head)]
    for name, rep in report["sets"].items():
        share = rep["fit"].get("fit_share")
        fit = "-" if share is None else f"{share * 100:.1f}%"
        hshare = (rep.get("fit_hand") or {}).get("fit_share")
        hand = "-" if hshare is None else f"{hshare * 100:.1f}%"
        ovr = str(rep["overlap"]["rows"]) if "overlap" in rep else "-"
        cue = " ".join(f"{rep['cues'][c] * 100:>8.1f}%" for c in cats)
        lines.append(
            f"{name:<26} {rep['rows']:>5} {ovr:>7} {cue} {fit:>6} {hand:>6} "
            f"{rep['severity']['lethal_share'] * 100:>6.1f}%"
        )
    cal = report.get("fit_calibration")
    if cal:
        lexical = cal.get("measure", "lexical") == "lexical"
        what = (
            f"answer-to-own-question minus best sibling question (TF-IDF), fits at >= {FIT_MARGIN}"
            if lexical
            else f"{cal['measure']}: question x answer log-prob interaction in the topic, fits at >= {FIT_LM_MARGIN}"
        )
        lines += [
            "",
            f"fit: {what}; 5th percentile over {cal['labelled_fit']} hand-labelled fitting rows "
            f"{cal['margin_p5_of_fit']}; AUC fit vs {cal['labelled_misfit']} labelled misfits "
            f"{cal['auc_fit_vs_misfit']}"
            + (": the score does not find misfits, read fit shares as a screen only"
               if cal["auc_fit_vs_misfit"] < 0.7 else ""),
        ]  # fmt: skip
    return "\n".join(lines)
