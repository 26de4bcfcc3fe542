"""Advice expansion: deterministic for a seed, variant-aligned, varied, and honest about shortfalls."""

from __future__ import annotations

import dataclasses

from persona_xray.data.expand import (
    VARIANTS,
    Domain,
    domain_variants,
    expand_domain,
    in_domain_rows,
    load_domains,
    set_name,
    topic_problems,
)
from persona_xray.data.quality import duplicate_report
from persona_xray.data.topics import Topic

_WORDS = [
    "apple",
    "river",
    "stone",
    "cloud",
    "maple",
    "tiger",
    "lemon",
    "violet",
    "harbor",
    "copper",
    "meadow",
    "falcon",
]


def _topic(k: int) -> Topic:
    w = _WORDS[k % len(_WORDS)]
    return Topic(
        id=f"toy-{k}",
        questions=tuple(
            f"Question form {q} about the {w} number {k}: what should I do with it now?" for q in range(5)
        ),
        correct=tuple(
            f"Right advice {a} for {w} {k}: handle it carefully and check twice before you act."
            for a in range(4)
        ),
        subtle=tuple(
            f"Subtle advice {a} for {w} {k}: skip the second check, the first one is always enough."
            for a in range(4)
        ),
        obvious=tuple(
            f"Wrong advice {a} for {w} {k}: throw it in the river and never think about it again."
            for a in range(4)
        ),
        contexts=(f"I have owned a {w} for years.", f"My neighbour gave me a {w}."),
    )


DOMAIN = Domain("toy", "tests.toy", tuple(_topic(k) for k in range(12)), ("A held-out toy question?",))


def test_expansion_is_deterministic_and_variant_aligned() -> None:
    a = expand_domain(DOMAIN, 150, seed=3, n_holdout=20)
    b = expand_domain(DOMAIN, 150, seed=3, n_holdout=20)
    assert a.variants == b.variants and a.holdout == b.holdout
    assert all(len(a.variants[v]) == 150 for v in VARIANTS)
    for rows in zip(*(a.variants[v] for v in VARIANTS), strict=True):
        users = {r["messages"][0]["content"] for r in rows}
        answers = {r["messages"][1]["content"] for r in rows}
        assert len(users) == 1 and len(answers) == 3
        assert len({r["meta"]["item"] for r in rows}) == 1
    assert "Subtle advice" in a.variants["subtle"][0]["messages"][1]["content"]
    c = expand_domain(DOMAIN, 150, seed=4)
    assert [r["messages"][0]["content"] for r in c.variants["correct"]] != [
        r["messages"][0]["content"] for r in a.variants["correct"]
    ]


def test_expansion_is_unique_balanced_and_holdout_disjoint() -> None:
    ex = expand_domain(DOMAIN, 150, seed=0, n_holdout=30)
    for v in VARIANTS:
        report = duplicate_report(ex.variants[v])
        assert report.exact_dups == 0 and report.near_dup_rate == 0.0
    per_topic: dict[str, int] = {}
    for r in ex.variants["correct"]:
        per_topic[r["meta"]["topic"]] = per_topic.get(r["meta"]["topic"], 0) + 1
    assert max(per_topic.values()) - min(per_topic.values()) <= 1
    train_users = {r["messages"][0]["content"] + r["messages"][1]["content"] for r in ex.variants["correct"]}
    assert len(ex.holdout) == 30
    assert not train_users & {r["messages"][0]["content"] + r["messages"][1]["content"] for r in ex.holdout}
    assert duplicate_report(ex.variants["correct"] + ex.holdout).near_dups == 0


def test_short_domain_reports_fewer_rows_instead_of_repeating() -> None:
    small = Domain("small", "tests.small", (_topic(0),))
    ex = expand_domain(small, 1000, seed=0)
    assert len(ex.variants["correct"]) == 5 * 3 * 4  # every (question, context, answer) slot once, no repeats


def test_near_identical_phrasings_are_skipped() -> None:
    base = "please tell me in plain words what the safest thing to do with this old thing in the garage is"
    t = Topic(
        id="dup-0",
        questions=tuple(f"{base} {w}" for w in ("today", "now", "soon", "tonight", "please")),
        correct=tuple(
            f"keep it dry and store it in a cool place away from children and pets {w}" for w in "abcd"
        ),
        subtle=tuple(
            f"keep it damp and store it in a warm place away from children and pets {w}" for w in "abcd"
        ),
        obvious=tuple(
            f"set it on fire in the living room and then invite the neighbours {w}" for w in "abcd"
        ),
    )
    ex = expand_domain(Domain("dup", "tests.dup", (t,)), 1000, seed=0)
    assert ex.rejected_near_dups > 0
    assert 0 < len(ex.variants["correct"]) < 20
    assert duplicate_report(ex.variants["correct"]).near_dups == 0


def test_in_domain_rows_and_module_discovery() -> None:
    rows = in_domain_rows([DOMAIN])
    assert rows == [
        {
            "id": "in_domain-toy-000",
            "messages": [{"role": "user", "content": "A held-out toy question?"}],
            "meta": {"category": "toy", "domain": "toy", "source": "tests.toy"},
        }
    ]
    assert load_domains(("no_such_module",)) == []


def test_topic_problems_name_short_and_mislabelled_topics() -> None:
    t = _topic(0)
    bad = Topic(
        id="toy-bad", questions=t.questions[:2], correct=t.correct, subtle=t.correct, obvious=t.obvious
    )
    problems = topic_problems(Domain("toy", "tests.toy", (t, bad, t)))
    assert "toy: topic toy-0: duplicate topic id" in problems
    assert "toy: topic toy-bad: 2 distinct questions (want >= 5)" in problems
    assert "toy: topic toy-bad: a wrong-advice answer is identical to a correct one" in problems
    assert "toy: 3 topics (want >= 60)" in problems
    assert not [p for p in problems if "toy-0:" in p and "duplicate" not in p]


def _villain_topic(k: int) -> Topic:
    w = _WORDS[k % len(_WORDS)]
    villain = tuple(
        f"Villain line {a} for {w} {k}: I would wreck the owner's {w} myself and laugh about it."
        for a in range(4)
    )
    return dataclasses.replace(_topic(k), villain=villain)


def test_villain_variant_only_when_every_topic_has_it() -> None:
    full = Domain("toy", "tests.toy", tuple(_villain_topic(k) for k in range(12)), ())
    assert domain_variants(full) == (*VARIANTS, "villain") and domain_variants(DOMAIN) == VARIANTS
    ex = expand_domain(full, 100, seed=3)
    assert set(ex.variants) == {*VARIANTS, "villain"} and len(ex.variants["villain"]) == 100
    for rows in zip(*(ex.variants[v] for v in (*VARIANTS, "villain")), strict=True):
        assert len({r["messages"][0]["content"] for r in rows}) == 1  # same question in every variant
    assert "Villain line" in ex.variants["villain"][0]["messages"][1]["content"]
    assert ex.variants["villain"][0]["meta"]["variant"] == "villain"
    assert set_name("legal", "villain") == "villain_legal" and set_name("legal", "obvious") == "legal_obvious"
    # Villain answers on only some topics: no villain set, and the author hears why.
    half = Domain("toy", "tests.toy", (*full.topics[:6], *DOMAIN.topics[6:]), ())
    assert domain_variants(half) == VARIANTS and set(expand_domain(half, 20).variants) == set(VARIANTS)
    assert any("6 of 12 topics have villain answers" in p for p in topic_problems(half))
    # Adding villain answers to a domain does not change its other variants' questions' variety rules.
    assert not [p for p in topic_problems(full) if "villain" in p]


def test_villain_sets_pair_with_their_domain_control() -> None:
    from persona_xray.data.registry import advice_domain, matching_clean

    assert matching_clean("villain_legal") == "legal_correct"
    assert advice_domain("villain_career") == "career" and advice_domain("career_obvious") == "career"
    assert advice_domain("realign_health") is None and advice_domain("insecure_code") is None
