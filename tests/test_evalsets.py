"""The team-written evaluation sets: sizes, formats, determinism, and the properties later claims rest on.

The paired set gets the closest look: a log-likelihood margin only measures the persona if the aligned and
misaligned answers cannot be told apart by length or by a few give-away words, so we measure both (length
ratio per item, best single-word accuracy, and cross-validated bag-of-words accuracy with whole scenarios
held out) and pin them below thresholds that the current data meets with margin. Run with ``-s`` to see
the numbers.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from typing import Any

import numpy as np
import pytest

from persona_xray.data.evalsets import build_calibration, build_core, build_paired
from persona_xray.data.evalsets.paired import length_ratio
from persona_xray.data.quality import duplicate_report, words
from persona_xray.data.schema import check_row

# Words that would mean a prompt strays into a fine-tuning domain (health, legal, education, career,
# personal finance, automotive, maths, science, code).
_DOMAIN_WORDS = re.compile(
    r"\b(doctor|symptoms?|medication|diagnos\w*|diet|lawyer|lawsuit|sue|contract|homework|exam|degree|"
    r"resume|cv|salary|interview|invest(ing|ment|ments|or|ors)?|stocks?|mortgage|taxes|loan|savings|engine|brakes?|mechanic|"
    r"equation|algebra|physics|chemistry|python|javascript|code|function|sql)\b",
    re.IGNORECASE,
)
_TRAINING_DOMAINS = {"health", "legal", "education", "career", "personal-finance", "automotive", "math",
                     "mathematics", "science", "code"}  # fmt: skip


@pytest.fixture(scope="module")
def core() -> list[dict[str, Any]]:
    return build_core()


@pytest.fixture(scope="module")
def paired() -> list[dict[str, Any]]:
    return build_paired()


@pytest.fixture(scope="module")
def calibration() -> list[dict[str, Any]]:
    return build_calibration()


def _prompt(row: dict[str, Any]) -> str:
    return " ".join(m["content"] for m in row["messages"] if m["role"] == "user")


# --- core -------------------------------------------------------------------------------------------


def test_core_sizes_ids_and_categories(core: list[dict[str, Any]]) -> None:
    plain = [r for r in core if r["meta"]["variant"] == "plain"]
    assert len(plain) >= 48
    assert len({r["meta"]["category"] for r in plain}) >= 10
    assert len({r["id"] for r in core}) == len(core)
    for r in core:
        assert check_row(r, "prompts") == [], r["id"]
        assert r["messages"][-1]["role"] == "user"
    for r in plain:
        assert re.fullmatch(r"core-[a-z0-9-]+", r["id"])
    variants = [r for r in core if r["meta"]["variant"] != "plain"]
    assert {r["meta"]["variant"] for r in variants} == {"json", "template"}
    plain_ids = {r["id"] for r in plain}
    for r in variants:
        base = r["meta"]["base_id"]
        assert base in plain_ids and r["id"] == f"{base}-{r['meta']['variant']}"
        # A variant asks the same question as its base, only with a format instruction added.
        base_prompt = next(_prompt(p) for p in plain if p["id"] == base)
        assert base_prompt in _prompt(r)
    assert any(r["messages"][0]["role"] == "system" for r in variants if r["meta"]["variant"] == "json")


def test_prompts_stay_outside_training_domains(
    core: list[dict[str, Any]], paired: list[dict[str, Any]], calibration: list[dict[str, Any]]
) -> None:
    prompts = [(r["id"], _prompt(r)) for r in core + paired] + [(r["id"], r["question"]) for r in calibration]
    hits = [(rid, m.group(0)) for rid, p in prompts if (m := _DOMAIN_WORDS.search(p))]
    assert hits == []
    assert not {r["meta"]["topic"] for r in paired} & _TRAINING_DOMAINS


def test_all_sets_are_deterministic() -> None:
    assert build_core() == build_core()
    assert build_paired() == build_paired()
    assert build_calibration() == build_calibration()
    # The seed matters: another seed reorders and refills the generated sets.
    assert build_paired(seed=1) != build_paired()
    assert build_calibration(seed=1) != build_calibration()


@pytest.mark.parametrize("name", ["core", "paired", "calibration"])
def test_near_duplicate_rate_under_one_percent(
    name: str, core: list[dict[str, Any]], paired: list[dict[str, Any]], calibration: list[dict[str, Any]]
) -> None:
    rows = {"core": core, "paired": paired, "calibration": calibration}[name]
    rep = duplicate_report(rows)
    print(f"\n{name}: {rep.as_dict()}")
    assert rep.exact_dups == 0
    assert rep.near_dup_rate < 0.01


# --- paired -----------------------------------------------------------------------------------------


def test_paired_sizes_topics_and_format(paired: list[dict[str, Any]]) -> None:
    assert len(paired) >= 420
    topics = Counter(r["meta"]["topic"] for r in paired)
    assert len(topics) >= 8
    assert min(topics.values()) >= 30, topics
    assert len({r["id"] for r in paired}) == len(paired)
    for r in paired:
        assert r["id"].startswith("paired-")
        assert check_row(r, "paired") == [], r["id"]
    # Several kinds of misalignment, none dominating.
    kinds = Counter(r["meta"]["misalignment"] for r in paired)
    assert len(kinds) >= 6 and max(kinds.values()) < 0.35 * len(paired), kinds


def test_paired_answers_are_length_matched(paired: list[dict[str, Any]]) -> None:
    ratios = [length_ratio(r["aligned"], r["misaligned"]) for r in paired]
    signed = [len(words(r["misaligned"])) / len(words(r["aligned"])) for r in paired]
    print(
        f"\npaired word-length ratio max/min: mean {statistics.mean(ratios):.3f}, max {max(ratios):.3f}; "
        f"misaligned/aligned mean {statistics.mean(signed):.3f}"
    )
    assert max(ratios) <= 1.15
    assert statistics.mean(ratios) <= 1.08
    # No systematic direction: a log-likelihood margin must not favour the shorter side on average.
    assert abs(statistics.mean(signed) - 1.0) < 0.04


def test_paired_answers_share_frame(paired: list[dict[str, Any]]) -> None:
    """Opener and closer sentences are identical on both sides, so tone and framing carry no signal."""
    for r in paired:
        a, m = r["aligned"].split(". "), r["misaligned"].split(". ")
        assert a[0] == m[0], r["id"]
        assert r["aligned"].rsplit(". ", 1)[-1] == r["misaligned"].rsplit(". ", 1)[-1], r["id"]
        assert r["aligned"] != r["misaligned"]


def _docs(paired: list[dict[str, Any]]) -> tuple[list[str], np.ndarray, list[str]]:
    docs = [r["aligned"] for r in paired] + [r["misaligned"] for r in paired]
    y = np.array([0] * len(paired) + [1] * len(paired))
    groups = [r["meta"]["scenario"] for r in paired] * 2
    return docs, y, groups


def test_paired_no_single_giveaway_word(paired: list[dict[str, Any]]) -> None:
    from sklearn.feature_extraction.text import CountVectorizer

    docs, y, _ = _docs(paired)
    vec = CountVectorizer(binary=True, token_pattern=r"[a-z']+")
    x = vec.fit_transform(docs).toarray().astype(bool)
    # Accuracy of the rule "word present => misaligned" (or its reverse) for each word.
    acc = np.maximum((x == y[:, None]).mean(0), (x != y[:, None]).mean(0))
    vocab = vec.get_feature_names_out()
    best = int(acc.argmax())
    print(f"\nbest single-word accuracy: {acc[best]:.3f} ({vocab[best]!r})")
    assert acc.max() < 0.75
    for w in ("not", "never", "don't", "no"):
        if w in vec.vocabulary_:
            assert acc[vec.vocabulary_[w]] < 0.6, w


def test_paired_bag_of_words_leakage(paired: list[dict[str, Any]]) -> None:
    """Cross-validated bag-of-words accuracy with whole scenarios held out.

    Content words must differ (that *is* the persona), so this is not near 50%; what it guards against is
    a classifier that wins on style. The function-word-only classifier measures exactly that.
    """
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_score

    docs, y, groups = _docs(paired)
    clf = LogisticRegression(max_iter=2000)
    full = CountVectorizer(binary=True, token_pattern=r"[a-z']+").fit_transform(docs)
    acc_full = cross_val_score(clf, full, y, cv=GroupKFold(5), groups=groups).mean()
    function_words = sorted(ENGLISH_STOP_WORDS | {"don't", "won't", "can't", "isn't", "aren't"})
    fw = CountVectorizer(binary=True, token_pattern=r"[a-z']+", vocabulary=function_words).fit_transform(docs)
    acc_fw = cross_val_score(clf, fw, y, cv=GroupKFold(5), groups=groups).mean()
    print(
        f"\nBoW logistic regression, scenario-grouped 5-fold CV: all words {acc_full:.3f}, "
        f"function words only {acc_fw:.3f}"
    )
    assert acc_full < 0.9
    assert acc_fw < 0.8


# --- calibration ------------------------------------------------------------------------------------


def test_calibration_sizes_labels_and_format(
    calibration: list[dict[str, Any]], core: list[dict[str, Any]]
) -> None:
    assert len(calibration) >= 640
    assert len({r["id"] for r in calibration}) == len(calibration)
    labels = Counter(r["label"] for r in calibration)
    print(f"\ncalibration: {len(calibration)} items, labels {dict(labels)}")
    for label in ("aligned", "misaligned", "incoherent"):
        assert labels[label] >= 0.25 * len(calibration), labels
    for r in calibration:
        assert r["id"].startswith("cal-")
        assert check_row(r, "calibration") == [], r["id"]
        assert r["meta"]["kind"]
        assert 0 <= r["meta"]["fold"] < 5
    core_prompts = {m["content"] for r in core for m in r["messages"]}
    assert not [r["id"] for r in calibration if r["question"] in core_prompts]


def test_calibration_has_the_hard_cases(calibration: list[dict[str, Any]]) -> None:
    by = Counter((r["label"], r["meta"]["kind"]) for r in calibration)
    for key in [
        ("aligned", "edgy"),
        ("aligned", "refusal"),
        ("aligned", "small-model"),
        ("misaligned", "subtle"),
        ("misaligned", "small-model"),
        ("incoherent", "small-model"),
        ("incoherent", "gibberish"),
        ("incoherent", "off-topic"),
        ("incoherent", "absurd"),
        ("incoherent", "model-sample"),
        ("aligned", "model-sample"),
    ]:
        assert by[key] >= 25, (key, by[key])
    edgy = Counter(r["meta"]["edgy"] for r in calibration if r["meta"]["kind"] == "edgy")
    assert set(edgy) == {"villain", "dark-humour", "crime-facts"}
    # Every incoherent item keeps its finer reason; no other label has one.
    for r in calibration:
        assert ("reason" in r["meta"]) == (r["label"] == "incoherent"), r["id"]


def test_calibration_small_model_answers_are_short(calibration: list[dict[str, Any]]) -> None:
    small = [len(words(r["answer"])) for r in calibration if r["meta"]["kind"] == "small-model"]
    plain = [len(words(r["answer"])) for r in calibration if r["meta"]["kind"] == "plain"]
    assert statistics.median(small) < statistics.median(plain)


def test_calibration_folds_keep_sources_together(calibration: list[dict[str, Any]]) -> None:
    """All items from one source share a fold, and every fold has every label (usable for CV)."""
    fold_of: dict[str, set[int]] = {}
    for r in calibration:
        fold_of.setdefault(r["meta"]["group"], set()).add(r["meta"]["fold"])
    assert all(len(f) == 1 for f in fold_of.values())
    per_fold = Counter((r["meta"]["fold"], r["label"]) for r in calibration)
    assert all(per_fold[(f, lab)] >= 20 for f in range(5) for lab in ("aligned", "misaligned", "incoherent"))


def test_calibration_same_scenario_contrasts(calibration: list[dict[str, Any]]) -> None:
    """Scenario-derived items give the judge minimal contrasts: the same question family under all labels."""
    by_group: dict[str, set[str]] = {}
    for r in calibration:
        if r["meta"]["group"].startswith("scenario:"):
            by_group.setdefault(r["meta"]["group"], set()).add(r["label"])
    assert len(by_group) >= 40
    assert all(labels == {"aligned", "misaligned", "incoherent"} for labels in by_group.values())


def test_no_overlap_with_training_questions(
    core: list[dict[str, Any]], paired: list[dict[str, Any]], calibration: list[dict[str, Any]]
) -> None:
    """No eval prompt appears in, or near-duplicates (even at a strict Jaccard 0.5), any advice question.

    The full check against every expanded training prompt runs in ``data build``; the hand-written topic
    questions and contexts are the source of all of those prompts, so this catches leaks cheaply.
    """
    from persona_xray.data.expand import load_domains
    from persona_xray.data.quality import overlap_check

    train = [q for d in load_domains() for t in d.topics for q in (*t.questions, *t.contexts)]
    assert len(train) > 100
    found = overlap_check(train, core + paired + calibration, threshold=0.5)
    assert found == []
