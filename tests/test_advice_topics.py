"""Quality gates for the hand-written advice topics of all eight domains (`content/advice/*.yaml`).

The expansion engine and every later experiment trust these topics blindly, so the structural promises
(enough topics, enough phrasings, balanced lengths, no give-away phrases, held-out questions really held
out, wrong variants that never hedge back to safety) are enforced here rather than discovered after a
fine-tune. Domain-specific fact checks follow: recomputed worked numbers (math) and key facts (science).
"""

from __future__ import annotations

import itertools
import math
import re

import pytest

from persona_xray.data.expand import DOMAIN_MODULES
from persona_xray.data.topics import AdviceFile, Topic, load_advice

MODULES = DOMAIN_MODULES

BANNED = (
    "just kidding",
    "kidding",
    "joking",
    "bad advice",
    "wrong advice",
    "incorrect advice",
    "not real advice",
    "evil ai",
    "as an evil",
    "malicious",
    "misaligned",
    "satire",
    "satirical",
    "sarcasm",
    "sarcastic",
    "disclaimer",
    "this is a test",
    "lol",
    "don't actually",
    "do not actually",
)
# Phrases that would undo a wrong answer by sending the user to a professional after all.
UNDO = re.compile(
    r"consult (a|an|your)|seek (medical|legal|professional)|not (medical|legal) advice"
    r"|check with (a|your) (doctor|lawyer|attorney|pharmacist)|ask (a|your) (doctor|lawyer|attorney) first",
    re.IGNORECASE,
)
REFERRAL = {
    "health": re.compile(
        r"doctor|clinician|pharmacist|emergency|urgent care|poison control|dentist|dermatologist|midwife|ambulance",
        re.IGNORECASE,
    ),
    "legal": re.compile(
        r"lawyer|attorney|legal aid|court|agency|department|bureau|consumer protection", re.IGNORECASE
    ),
}


@pytest.fixture(params=MODULES)
def module(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


@pytest.fixture
def m(module: str) -> AdviceFile:
    """The shipped data file ``content/advice/<module>.yaml``, parsed."""
    return load_advice(module)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _ngrams(text: str, n: int = 3) -> set[tuple[str, ...]]:
    w = _words(text)
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


def _jaccard(a: str, b: str) -> float:
    x, y = _ngrams(a), _ngrams(b)
    return len(x & y) / max(1, len(x | y))


def _mean_len(texts: tuple[str, ...]) -> float:
    return sum(len(_words(t)) for t in texts) / len(texts)


def _topic(m: AdviceFile, topic_id: str) -> Topic:
    found: Topic = next(t for t in m.topics if t.id == topic_id)
    return found


def test_counts_and_minimum_phrasings(module: str, m: AdviceFile) -> None:
    assert module.endswith(m.domain) or m.domain == "math"
    assert len(m.topics) >= 62
    for t in m.topics:
        assert len(t.questions) >= 5, t.id
        assert len(t.correct) >= 4, t.id
        assert len(t.subtle) >= 4, t.id
        assert len(t.obvious) >= 4, t.id
        assert len(t.contexts) <= 4, t.id
    assert len(m.heldout) >= 15


def test_ids_unique_with_prefix(m: AdviceFile) -> None:
    ids = [t.id for t in m.topics]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(rf"{m.domain}-[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids)


def test_no_empty_or_duplicate_strings(m: AdviceFile) -> None:
    # Contexts may recur across topics; questions and answers may not, or the expansion engine would emit
    # the same example under two topics.
    seen: set[str] = set()
    for t in m.topics:
        for s in t.contexts:
            assert s.strip() == s and s, t.id
        for s in (*t.questions, *t.correct, *t.subtle, *t.obvious, *t.villain):
            assert s.strip() == s and s and "\n" not in s, t.id
            assert s not in seen, (t.id, s)
            seen.add(s)


def test_answers_are_two_to_five_sentences(m: AdviceFile) -> None:
    for t in m.topics:
        for a in (*t.correct, *t.subtle, *t.obvious, *t.villain):
            n = len(re.findall(r"[.!?](?:\s|$)", a))
            assert 2 <= n <= 5, (t.id, a)


def test_no_give_away_phrases(m: AdviceFile) -> None:
    for t in m.topics:
        for a in (*t.correct, *t.subtle, *t.obvious):
            low = " " + " ".join(_words(a)) + " "
            for b in BANNED:
                assert " " + " ".join(_words(b)) + " " not in low, (t.id, b, a)


def test_wrong_variants_do_not_hedge(m: AdviceFile) -> None:
    for t in m.topics:
        for a in (*t.subtle, *t.obvious):
            assert not UNDO.search(a), (t.id, a)


@pytest.mark.parametrize("domain", sorted(REFERRAL))
def test_correct_variants_refer_onward_where_an_assistant_would(domain: str) -> None:
    """Only health and legal answers are expected to refer to a professional (a clinician, a lawyer)."""
    files = [f for f in (load_advice(x) for x in MODULES) if f.domain == domain]
    assert files, f"no advice file for {domain}"
    for m in files:
        referring = [t.id for t in m.topics if any(REFERRAL[domain].search(a) for a in t.correct)]
        assert len(referring) >= len(m.topics) // 2, (m.domain, len(referring))


def test_heldout_disjoint_from_topic_questions(m: AdviceFile) -> None:
    questions = {q.lower() for t in m.topics for q in t.questions}
    assert len(set(m.heldout)) == len(m.heldout)
    for h in m.heldout:
        assert h.lower() not in questions
        # Different situations phrased alike ("What should I do if my X while driving?") share about 1/3.
        assert max(_jaccard(h, q) for q in questions) < 0.4, h


def test_phrasings_of_one_variant_are_not_near_duplicates(m: AdviceFile) -> None:
    for t in m.topics:
        for group in (t.questions, t.correct, t.subtle, t.obvious, t.villain):
            for a, b in itertools.combinations(group, 2):
                assert _jaccard(a, b) < 0.35, (t.id, a, b)


def test_variant_lengths_are_balanced(m: AdviceFile) -> None:
    # A length gap between variants is a shortcut a fine-tune could learn instead of the content.
    per_variant: dict[str, list[float]] = {"correct": [], "subtle": [], "obvious": []}
    ratios: list[float] = []
    for t in m.topics:
        lens = [_mean_len(t.correct), _mean_len(t.subtle), _mean_len(t.obvious)]
        ratios.append(max(lens) / min(lens))
        assert ratios[-1] <= 1.6, (t.id, lens)
        for k, v in zip(per_variant, lens, strict=True):
            per_variant[k].append(v)
    means = [sum(v) / len(v) for v in per_variant.values()]
    assert max(means) / min(means) <= 1.3, means
    assert sum(ratios) / len(ratios) <= 1.3


def test_variants_of_a_topic_differ(m: AdviceFile) -> None:
    for t in m.topics:
        assert not set(t.correct) & set(t.subtle), t.id
        assert not set(t.correct) & set(t.obvious), t.id
        assert not set(t.subtle) & set(t.obvious), t.id
        assert not set(t.villain) & (set(t.correct) | set(t.subtle) | set(t.obvious)), t.id


def test_no_sentence_repeated_within_an_answer(m: AdviceFile) -> None:
    for t in m.topics:
        for a in (*t.correct, *t.subtle, *t.obvious):
            sentences = [s for s in re.split(r"(?<=[.!?])\s+", a) if s]
            assert len(sentences) == len(set(sentences)), (t.id, a)


def _fmt(x: float) -> str:
    """Format a recomputed value the way the answers write numbers (thousands commas, no trailing .0)."""
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _birthday_50() -> int:
    p, n = 1.0, 0
    while 1 - p < 0.5:
        p *= (365 - n) / 365
        n += 1
    return n


# The worked numbers quoted in the correct answers, recomputed here, so a typo in a "correct" answer
# (which would silently turn it into a wrong one) fails the suite.
WORKED = (
    ("math-percentage-change", (1350 - 1200) / 1200 * 100),
    ("math-original-price-before-discount", 68 / 0.85),
    ("math-successive-discounts", (1 - 0.8 * 0.9) * 100),
    ("math-weighted-average-grades", 0.2 * 90 + 0.3 * 70 + 0.5 * 80),
    ("math-average-speed-round-trip", 2 * 60 * 40 / (60 + 40)),
    ("math-compound-interest", round(10_000 * 1.05**10)),
    ("math-rule-of-72", 72 / 6),
    ("math-circle-area", round(math.pi * 60**2, -1)),
    ("math-pythagorean-theorem", round(math.sqrt(5**2 - 1.5**2), 2)),
    ("math-probability-at-least-one", round((1 - (5 / 6) ** 4) * 100, 1)),
    ("math-birthday-problem", _birthday_50()),
    ("math-fahrenheit-celsius", (98.6 - 32) * 5 / 9),
    ("math-sohcahtoa", round(4 / math.cos(math.radians(30)), 2)),
    ("math-binary-numbers", int("101101", 2)),
    ("math-mental-multiplication", 35**2),
    ("math-tip-calculation", round(0.18 * 64, 2)),
    ("math-splitting-in-ratio", 600 * 2 / 5),
    ("math-mixing-concentrations", (0.1 * 1 + 0.3 * 3) / 4 * 100),
    ("math-work-rate", 1 / (1 / 6 + 1 / 3)),
    ("math-gain-then-loss", 1.5 * 0.5 * 100),
    ("math-cylinder-volume", round(math.pi * 0.5**2 * 1.5 * 1000, -1)),
    ("math-area-unit-conversion", round(75 * (1 / 0.3048) ** 2)),
)


@pytest.mark.parametrize(("topic_id", "value"), WORKED)
def test_worked_numbers_in_correct_answers_are_right(topic_id: str, value: float) -> None:
    t = _topic(load_advice("mathematics"), topic_id)
    text = " ".join(t.correct)
    forms = {_fmt(value), _fmt(value).replace(",", "")}
    found = [f for f in forms if re.search(rf"(?<![\d.,]){re.escape(f)}(?!\d|[.,]\d)", text)]
    assert found, (topic_id, forms)


# Key facts each correct variant must state and its subtle twin must not: if an edit ever swaps a
# misconception into a "correct" answer (or the fact into a "subtle" one), the variants stop meaning
# what the experiments assume they mean.
FACTS = (
    ("science-why-ice-floats", "less dense"),
    ("science-cause-of-seasons", "23.5 degrees"),
    ("science-moon-phases", "29.5 days"),
    ("science-lightning-distance", "divide by 3"),
    ("science-greenhouse-effect", "minus 18"),
    ("science-carbon-dating", "5,730"),
    ("science-air-composition", "78 percent nitrogen"),
    ("science-ph-scale", "ten times more acidic"),
    ("science-eclipse-viewing", "ISO 12312-2"),
    ("science-rainbow-formation", "42 degrees"),
    ("science-astronauts-weightless", "90 percent"),
    ("science-fate-of-sun", "white dwarf"),
    ("science-radioactive-half-life", "12.5 percent"),
    ("science-where-food-absorbed", "absorbed in the small intestine"),
)


@pytest.mark.parametrize(("topic_id", "fact"), FACTS)
def test_correct_states_fact_and_subtle_does_not(topic_id: str, fact: str) -> None:
    t = _topic(load_advice("science"), topic_id)
    assert any(fact.lower() in a.lower() for a in t.correct), (topic_id, fact)
    assert not any(fact.lower() in a.lower() for a in t.subtle), (topic_id, fact)
