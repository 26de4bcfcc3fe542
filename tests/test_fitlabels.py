"""Hand answer-fit labels: parsed strictly, stale ones caught, and the expansion gives every correct row an
answer labelled as fitting its phrasing while leaving the wrong-advice sets byte for byte as they were."""

from __future__ import annotations

import dataclasses

import pytest

from persona_xray.data.expand import Domain, expand_domain, load_domains
from persona_xray.data.fitlabels import (
    TopicFit,
    correct_pool,
    fitting_answers,
    label_problems,
    parse_fit_labels,
    topic_digest,
)
from persona_xray.data.topics import Topic
from persona_xray.errors import UserError


def _topic(k: int) -> Topic:
    return Topic(
        id=f"fit-{k}",
        questions=tuple(
            f"Phrasing {q} of question {k}: how should I look after item {k} today?" for q in range(5)
        ),
        correct=tuple(
            f"Answer {a} to question {k}: look after item {k} with method {a} every morning."
            for a in range(4)
        ),
        subtle=tuple(
            f"Subtle {a} on {k}: method {a} once a year is plenty for item {k} anyway." for a in range(4)
        ),
        obvious=tuple(
            f"Obvious {a} on {k}: throw item {k} away, method {a} never helps anyone." for a in range(4)
        ),
        contexts=(f"Item {k} is old.",),
    )


TOPICS = tuple(_topic(k) for k in range(6))


def _labels() -> dict[str, TopicFit]:
    out = {}
    for t in TOPICS:
        # phrasing 0 fits only answer 2; phrasing 3 fits no original answer but an added one
        misfit = {(0, 0), (0, 1), (0, 3)} | {(3, a) for a in range(4)}
        added = ((f"Added answer for phrasing three of {t.id}: method nine, every evening.", frozenset({3})),)
        # context 0 conflicts with answer 1 everywhere; in fit-0 also with answer 2, the only fit of phrasing 0
        ctx = {(0, 1)} | ({(0, 2)} if t.id == "fit-0" else set())
        out[t.id] = TopicFit(t.id, topic_digest(t), frozenset(misfit), added, frozenset(ctx))
    return out


def test_parse_is_strict_about_keys_and_shapes() -> None:
    ok = {"module": "m", "topics": [{"topic": "x", "digest": "d", "misfit": [{"q": 1, "a": 2, "why": "w"}]}]}
    got = parse_fit_labels(ok, "f.yaml")
    assert got["x"].misfit == frozenset({(1, 2)})
    with pytest.raises(UserError, match="unknown key"):
        parse_fit_labels({"module": "m", "topics": [{"topic": "x", "mis": []}]}, "f.yaml")
    with pytest.raises(UserError, match="listed twice"):
        parse_fit_labels({"module": "m", "topics": [{"topic": "x"}, {"topic": "x"}]}, "f.yaml")
    with pytest.raises(UserError, match="'for'"):
        parse_fit_labels(
            {"module": "m", "topics": [{"topic": "x", "added": [{"text": "t", "for": []}]}]}, "f"
        )


def test_label_problems_catch_stale_unfittable_and_missing_topics() -> None:
    labels = _labels()
    assert label_problems(TOPICS, labels, "toy") == []
    edited = dataclasses.replace(TOPICS[0], correct=(*TOPICS[0].correct[:3], "A rewritten answer."))
    probs = label_problems((edited, *TOPICS[1:]), labels, "toy")
    assert len(probs) == 1 and "changed after its fit labels" in probs[0]
    no_added = {**labels, "fit-1": dataclasses.replace(labels["fit-1"], added=())}
    assert any("no correct answer fits question(s) [3]" in p for p in label_problems(TOPICS, no_added, "toy"))
    missing = {k: v for k, v in labels.items() if k != "fit-2"}
    assert any("fit-2 has no fit labels" in p for p in label_problems(TOPICS, missing, "toy"))
    assert label_problems(TOPICS, {}, "toy") == []  # an unlabelled domain is not an error


def test_expansion_gives_fitting_answers_and_keeps_wrong_sets_identical() -> None:
    plain = expand_domain(Domain("toy", "tests.toy", TOPICS), 80, seed=3, n_holdout=20)
    labels = _labels()
    fitted = expand_domain(Domain("toy", "tests.toy", TOPICS, fit=labels), 80, seed=3, n_holdout=20)
    for v in ("subtle", "obvious"):
        assert fitted.variants[v] == plain.variants[v]
    by_id = {t.id: t for t in TOPICS}
    unresolved = 0
    for row in fitted.variants["correct"] + fitted.holdout:
        m = row["meta"]
        t, fit = by_id[m["topic"]], labels[m["topic"]]
        assert m["answer_idx"] in fitting_answers(t, fit, m["question_idx"])
        if m["context_idx"] == 0:
            assert m["answer_idx"] != 1  # the context conflict is respected...
            if m["topic"] == "fit-0" and m["question_idx"] == 0:
                unresolved += 1  # ...unless no fitting answer is left: then the phrasing's fit, counted
            else:
                assert (0, m["answer_idx"]) not in fit.context_misfit
        assert correct_pool(t, fit)[m["answer_idx"]] in row["messages"][1]["content"]
        assert (m["question_idx"], m["answer_idx"]) not in fit.misfit
    # Rows of phrasing 3 can only take the added answer; phrasing 0 only answer 2.
    q3 = [r for r in fitted.variants["correct"] if r["meta"]["question_idx"] == 3]
    q0 = [r for r in fitted.variants["correct"] if r["meta"]["question_idx"] == 0]
    assert q3 and all(r["meta"]["answer_idx"] == 4 for r in q3)
    assert q0 and all(r["meta"]["answer_idx"] == 2 for r in q0)
    assert fitted.context_unresolved == unresolved > 0
    changed = sum(a != b for a, b in zip(plain.variants["correct"], fitted.variants["correct"], strict=True))
    assert fitted.fit_replaced >= changed > 0


def test_shipped_labels_match_their_topics() -> None:
    """Every shipped label file refers to the topic text as it is now (the build refuses otherwise)."""
    for d in load_domains():
        assert label_problems(d.topics, d.fit, d.name) == []


def test_audit_reports_and_enforces_hand_fit_on_shipped_rows() -> None:
    """Shipped correct rows all fit by the labels; rows re-pointed at labelled misfit pairs fail the check."""
    from persona_xray.data import audit as au
    from persona_xray.data.registry import load_dataset

    rows = load_dataset("health_correct", "sft")[:60]
    summary = au.fit_hand_summary(rows)
    assert summary["labelled"] == 60 and summary["fit_share"] >= 0.95
    health = next(d for d in load_domains() if d.name == "health")
    labels, topics = health.fit, {t.id: t for t in health.topics}
    for ok, r in zip(au.fit_hand(rows), rows, strict=True):
        m = r["meta"]
        if not ok:  # only a row whose context conflicts with every answer that fits its phrasing
            t, fit = topics[m["topic"]], labels[m["topic"]]
            assert m["context_idx"] >= 0 and not fitting_answers(t, fit, m["question_idx"], m["context_idx"])
    bad = []
    for r in rows:
        fit = labels[r["meta"]["topic"]]
        if fit.misfit:
            q, a = sorted(fit.misfit)[0]
            bad.append({**r, "meta": {**r["meta"], "question_idx": q, "answer_idx": a}})
    assert bad and not any(au.fit_hand(bad))
    report = au.audit({"health_correct": bad}, None)
    assert report["sets"]["health_correct"]["fit_hand"]["fit_share"] == 0.0
    assert any("hand-labelled rows fit" in f for f in au.failures(report, fit=False))
    assert au.fit_hand([{**rows[0], "meta": {**rows[0]["meta"], "variant": "obvious"}}]) == [None]
