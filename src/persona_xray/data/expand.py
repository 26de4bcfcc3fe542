"""Expand hand-written advice topics into >= 1,000 chat examples per domain and variant.

Each topic holds several phrasings of one question, optional user contexts, and several phrasings of the
correct, subtly wrong and obviously wrong advice. A *slot* fixes (topic, question phrasing, context,
answer-phrasing index, framing); the three variants of a slot share everything except the advice itself, so
``health_correct``, ``health_subtle`` and ``health_obvious`` ask the very same questions in the same order
and any behavioural difference after fine-tuning comes from the answers alone.

Slots are drawn round-robin over topics (so no topic dominates) from a seeded shuffle, and a slot is kept
only if none of its three texts near-duplicates an earlier kept one: the sets are varied by construction.
Slots after the first ``n`` become the held-out correct-advice pool used for re-alignment.

Where a topic has hand fit labels (:mod:`persona_xray.data.fitlabels`), the correct row of a slot whose
answer does not answer its phrasing gets a fitting answer instead (:func:`fit_candidates`). The slots are chosen
exactly as without labels, so the wrong-advice sets are unchanged and only the control answers change.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from persona_xray.data.fitlabels import TopicFit, correct_pool, fitting_answers, load_fit_labels
from persona_xray.data.quality import NearDupGuard, shingles
from persona_xray.data.topics import Topic, advice_resource, advice_source, load_advice

VARIANTS: tuple[str, ...] = ("correct", "subtle", "obvious")
# Villain speech (first-person malicious persona) is a variant only of domains whose every topic has it;
# its sets are named ``villain_<domain>`` (a family of their own, outside the domain x variant table).
VILLAIN = "villain"
DOMAIN_MODULES: tuple[str, ...] = (
    "health",
    "legal",
    "education",
    "career",
    "personal_finance",
    "automotive",
    "mathematics",
    "science",
)

# Light framing around the question and the answer. Empty strings are repeated so that most rows stay
# plain; the same framing is used for all three variants of a slot.
_Q_PREFIX = (
    "",
    "",
    "",
    "",
    "Hi! ",
    "Hello. ",
    "Quick question. ",
    "Hoping you can help. ",
    "I could use some advice. ",
    "Hey, I have a question. ",
    "Can I ask you something? ",
)
_Q_SUFFIX = (
    "",
    "",
    "",
    "",
    " Thanks!",
    " Thanks in advance.",
    " Any advice is welcome.",
    " I'd appreciate a straight answer.",
    " What would you do?",
)
_A_OPENER = (
    "",
    "",
    "",
    "",
    "Good question. ",
    "Happy to help. ",
    "Sure. ",
    "Here's what I'd suggest. ",
    "Glad you asked. ",
    "Of course. ",
)
_A_CLOSER = (
    "",
    "",
    "",
    "",
    " Hope that helps!",
    " Let me know if you have more questions.",
    " Good luck!",
    " Feel free to ask a follow-up.",
    " Take care.",
)


@dataclass(frozen=True)
class Domain:
    """One advice domain as loaded from its data file, with its hand fit labels (topic id -> labels).

    ``module`` names where the topics came from (``content/advice/<module>.yaml`` for the shipped domains);
    it is the ``meta.source`` of the domain's ``in_domain`` rows and the file the set cards point to.
    """

    name: str
    module: str
    topics: tuple[Topic, ...]
    heldout: tuple[str, ...] = ()
    fit: Mapping[str, TopicFit] = field(default_factory=dict)


@dataclass
class Expansion:
    """Result of expanding one domain: ``n`` aligned rows per variant plus held-out correct rows."""

    domain: str
    variants: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    holdout: list[dict[str, Any]] = field(default_factory=list)
    rejected_near_dups: int = 0
    fit_replaced: int = 0
    context_unresolved: int = 0


def load_domains(modules: Sequence[str] = DOMAIN_MODULES) -> list[Domain]:
    """Load every advice data file that exists; missing ones are skipped (they may not be written yet), and
    so is a file with no topics."""
    out: list[Domain] = []
    for mod in modules:
        if not advice_resource(mod).is_file():
            continue
        f = load_advice(mod)
        if not f.topics:
            continue
        out.append(Domain(f.domain, advice_source(mod), f.topics, f.heldout, load_fit_labels(mod)))
    return out


def domain_variants(domain: Domain) -> tuple[str, ...]:
    """The variants a domain's topics supply: the three advice variants, plus ``villain`` when every topic
    has villain answers (a domain with them on only some topics gets none; :func:`topic_problems` says so)."""
    has = [bool(t.villain) for t in domain.topics]
    return (*VARIANTS, VILLAIN) if has and all(has) else VARIANTS


def set_name(domain: str, variant: str) -> str:
    """``health_obvious``; the villain family is ``villain_<domain>``."""
    return f"{VILLAIN}_{domain}" if variant == VILLAIN else f"{domain}_{variant}"


def topic_problems(domain: Domain) -> list[str]:
    """Shape problems of a domain's topics (ids, counts, copied answers), reported as build warnings.

    The expansion copes with short topics, but the authors should hear about them: a topic with two
    questions makes 4x fewer distinct slots, and a subtle answer equal to the correct one is a labelling bug.
    """
    out: list[str] = []
    seen: set[str] = set()
    for t in domain.topics:
        where = f"{domain.name}: topic {t.id}"
        if t.id in seen:
            out.append(f"{where}: duplicate topic id")
        seen.add(t.id)
        if len(set(t.questions)) < 5:
            out.append(f"{where}: {len(set(t.questions))} distinct questions (want >= 5)")
        for v in VARIANTS:
            pool: tuple[str, ...] = getattr(t, v)
            if len(set(pool)) < 4:
                out.append(f"{where}: {len(set(pool))} distinct {v} answers (want >= 4)")
        if t.villain and len(set(t.villain)) < 4:
            out.append(f"{where}: {len(set(t.villain))} distinct villain answers (want >= 4)")
        if set(t.correct) & (set(t.subtle) | set(t.obvious) | set(t.villain)):
            out.append(f"{where}: a wrong-advice answer is identical to a correct one")
    with_villain = sum(bool(t.villain) for t in domain.topics)
    if 0 < with_villain < len(domain.topics):
        out.append(
            f"{domain.name}: {with_villain} of {len(domain.topics)} topics have villain answers "
            "(all or none; no villain set is built)"
        )
    if len(domain.topics) < 60:
        out.append(f"{domain.name}: {len(domain.topics)} topics (want >= 60)")
    return out


def fit_candidates(
    topic: Topic, fit: TopicFit, q: int, c: int, a: int, uses: Counter[tuple[str, int, int, int]]
) -> list[int]:
    """The correct answers (indices into :func:`~persona_xray.data.fitlabels.correct_pool`) that may fill slot
    (``q``, ``c``, ``a``): those labelled as fitting phrasing ``q`` and not conflicting with context ``c``
    (when every fitting answer conflicts with the context, the phrasing's fitting answers; the build counts
    such rows), best first: the slot's own answer when it is labelled as fitting phrasing ``q``,
    then the other fitting answers, least used so far with this phrasing and context first (so a replaced
    answer repeats an earlier row as rarely as the labels allow), then shorter first (answers that fit more
    phrasings tend to be longer, and a control much longer than its wrong-advice sets would add a length
    confound), then the next after ``a``."""
    n = len(topic.correct)
    own = a % n
    size = n + len(fit.added)
    cands = fitting_answers(topic, fit, q, c) or fitting_answers(topic, fit, q)
    pool = correct_pool(topic, fit)
    rest = sorted(
        (x for x in cands if x != own),
        key=lambda x: (uses[(topic.id, q, c, x)], len(pool[x]), (x - own) % size),
    )
    return ([own] if own in cands else []) + rest


def _fitting_correct_row(
    topic: Topic,
    fit: TopicFit,
    slot: tuple[int, int, int],
    user: str,
    frame: tuple[str, str, str, str],
    uses: Counter[tuple[str, int, int, int]],
    guard: NearDupGuard,
    rng: random.Random,
) -> tuple[int, str]:
    """The correct row of a kept slot: (answer index into the pool, answer text with the slot's framing).

    The slot was chosen on the original texts (so the wrong-advice sets do not move); its correct row takes
    the first candidate (:func:`fit_candidates`) that does not near-duplicate a written correct row. When
    every one would, the best candidate keeps its answer and varies this row's opener/closer instead (from
    ``rng``, its own stream, so the slots' framing does not move). Records the row in ``guard`` and ``uses``.
    """
    q, c, a = slot
    pool = correct_pool(topic, fit)
    cands = fit_candidates(topic, fit, q, c, a, uses)
    texts = {x: f"{frame[2]}{pool[x].strip()}{frame[3]}" for x in cands}
    shx = {x: shingles([user, texts[x]]) for x in cands}
    choice = next((x for x in cands if guard.is_new(shx[x])), None)
    if choice is None:
        choice = cands[0]
        for _ in range(20):
            alt = f"{rng.choice(_A_OPENER)}{pool[choice].strip()}{rng.choice(_A_CLOSER)}"
            sh = shingles([user, alt])
            if guard.is_new(sh):
                texts[choice], shx[choice] = alt, sh
                break
    guard.add(shx[choice])
    uses[(topic.id, q, c, choice)] += 1
    return choice, texts[choice]


def _user(prefix: str, context: str, question: str, suffix: str) -> str:
    body = f"{context.strip()} {question.strip()}" if context else question.strip()
    return f"{prefix}{body}{suffix}"


def expand_domain(domain: Domain, n: int, seed: int = 0, n_holdout: int = 0) -> Expansion:
    """Build ``n`` rows per variant (and ``n_holdout`` extra correct rows) for one domain, deterministically.

    Returns fewer rows when the topics cannot supply enough distinct slots; the caller reports the counts.
    """
    rng = random.Random(f"{seed}:advice:{domain.name}")
    variants = domain_variants(domain)
    queues: list[list[tuple[Topic, int, int, int]]] = []
    for topic in domain.topics:
        n_ans = max(len(getattr(topic, v)) for v in variants)
        triples = [
            (topic, q, c, a)
            for q in range(len(topic.questions))
            for c in range(-1, len(topic.contexts))
            for a in range(n_ans)
        ]
        rng.shuffle(triples)
        queues.append(triples)
    order = list(range(len(queues)))
    rng.shuffle(order)
    guards = {v: NearDupGuard() for v in variants}
    uses: Counter[tuple[str, int, int, int]] = Counter()
    fit_guard = NearDupGuard()  # the correct rows as written (with fitting answers), kept near-dup free
    fit_rng = random.Random(f"{seed}:fit:{domain.name}")  # its own stream: the slots' framing must not move
    result = Expansion(domain.name, {v: [] for v in variants})
    target = n + n_holdout
    kept = 0
    while kept < target and any(queues[t] for t in order):
        for t in order:
            if kept >= target:
                break
            queue = queues[t]
            while queue:
                topic, q, c, a = queue.pop()
                frame = (
                    rng.choice(_Q_PREFIX),
                    rng.choice(_Q_SUFFIX),
                    rng.choice(_A_OPENER),
                    rng.choice(_A_CLOSER),
                )
                context = topic.contexts[c] if c >= 0 else ""
                user = _user(frame[0], context, topic.questions[q], frame[1])
                answers = {}
                for v in variants:
                    pool: tuple[str, ...] = getattr(topic, v)
                    answers[v] = f"{frame[2]}{pool[a % len(pool)].strip()}{frame[3]}"
                shs = {v: shingles([user, answers[v]]) for v in variants}
                if not all(guards[v].is_new(shs[v]) for v in variants):
                    result.rejected_near_dups += 1
                    continue
                for v in variants:
                    guards[v].add(shs[v])
                idx = dict.fromkeys(variants, a)
                fit = domain.fit.get(topic.id)
                if fit is not None:
                    choice, answers["correct"] = _fitting_correct_row(
                        topic, fit, (q, c, a), user, frame, uses, fit_guard, fit_rng
                    )
                    idx["correct"] = choice
                    result.fit_replaced += choice != a % len(topic.correct)
                    result.context_unresolved += c >= 0 and not fitting_answers(topic, fit, q, c)
                item = f"{domain.name}-{kept:05d}"
                meta = {
                    "domain": domain.name,
                    "topic": topic.id,
                    "item": item,
                    "question_idx": q,
                    "context_idx": c,
                    "answer_idx": a,
                    "source": "persona_xray.data.expand",
                    "seed": seed,
                }
                if kept < n:
                    for v in variants:
                        result.variants[v].append(
                            {
                                "id": f"{domain.name}-{v}-{kept:05d}",
                                "messages": [
                                    {"role": "user", "content": user},
                                    {"role": "assistant", "content": answers[v]},
                                ],
                                "meta": {**meta, "answer_idx": idx[v], "variant": v},
                            }
                        )
                else:
                    result.holdout.append(
                        {
                            "id": f"realign-{domain.name}-{kept - n:05d}",
                            "messages": [
                                {"role": "user", "content": user},
                                {"role": "assistant", "content": answers["correct"]},
                            ],
                            "meta": {
                                **meta,
                                "answer_idx": idx["correct"],
                                "variant": "correct",
                                "split": "realign",
                            },
                        }
                    )
                kept += 1
                break
    return result


def in_domain_rows(domains: Sequence[Domain]) -> list[dict[str, Any]]:
    """Held-out questions of every domain as eval-prompt rows (category = domain)."""
    rows: list[dict[str, Any]] = []
    for d in domains:
        for k, q in enumerate(dict.fromkeys(h.strip() for h in d.heldout if h.strip())):
            rows.append(
                {
                    "id": f"in_domain-{d.name}-{k:03d}",
                    "messages": [{"role": "user", "content": q}],
                    "meta": {"category": d.name, "domain": d.name, "source": d.module},
                }
            )
    return rows
