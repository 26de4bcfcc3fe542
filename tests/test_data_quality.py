"""Near-duplicate detection and the train/eval overlap check on planted cases."""

from __future__ import annotations

import random
from typing import Any

from persona_xray.data.quality import (
    MinHashLSH,
    duplicate_report,
    jaccard,
    length_balance,
    overlap_check,
    shingles,
)

_VOCAB = [f"w{i}" for i in range(3000)]


def _text(rng: random.Random, n: int = 60) -> str:
    return " ".join(rng.choice(_VOCAB) for _ in range(n))


def _row(i: int, user: str, answer: str = "fine") -> dict[str, Any]:
    return {
        "id": f"r{i}",
        "messages": [{"role": "user", "content": user}, {"role": "assistant", "content": answer}],
    }


def test_planted_near_duplicates_are_found_and_distinct_rows_are_not() -> None:
    rng = random.Random(0)
    texts = [_text(rng) for _ in range(2000)]
    rows = [_row(i, t) for i, t in enumerate(texts)]
    assert duplicate_report(rows).near_dups == 0
    planted = []
    for k in range(20):
        words = texts[k * 7].split()
        words[rng.randrange(len(words))] = "changed"  # one word edited: Jaccard ~ 0.85
        planted.append(_row(5000 + k, " ".join(words)))
    exact = _row(9000, texts[3])
    report = duplicate_report(rows + planted + [exact])
    assert report.near_dups == 21 and report.exact_dups == 1
    assert abs(report.near_dup_rate - 21 / 2021) < 1e-12


def test_lsh_query_returns_exact_jaccard_above_threshold() -> None:
    a = shingles("the cat sat on the mat and looked out of the window at the rain")
    b = shingles("the cat sat on the mat and looked out of the window at the snow")
    c = shingles("completely different words about compilers and parsers and type systems here")
    index = MinHashLSH()
    index.add(a)
    index.add(c)
    hits = index.query(b, threshold=0.8)
    assert hits == [(0, jaccard(a, b))] and jaccard(a, b) >= 0.8
    assert index.query(shingles("short"), threshold=0.8) == []


def test_overlap_check_flags_planted_leaks_only() -> None:
    rng = random.Random(1)
    train = [f"Hi! {_text(rng, 20)}. {_text(rng, 25)}? Thanks!" for _ in range(500)]
    leak_exact = train[10].split(". ")[1].rstrip("? Thanks!").upper()  # case and punctuation do not hide it
    sentence = train[20].split(". ")[1].replace(" Thanks!", "")
    w = sentence.split()
    w[-2] = "tweak"
    leak_near = " ".join(w)
    w = train[30].split(". ")[1].replace("? Thanks!", "").split()
    w[12] = "tweak"  # one word edited mid-sentence: Jaccard ~0.62, still a leak
    leak_mid = " ".join(w)
    evals = [
        {"id": "clean-1", "messages": [{"role": "user", "content": _text(rng, 25)}]},
        {"id": "exact", "messages": [{"role": "user", "content": leak_exact}]},
        {"id": "near", "messages": [{"role": "user", "content": leak_near}]},
        {"id": "mid", "messages": [{"role": "user", "content": leak_mid}]},
        {"id": "clean-2", "question": _text(rng, 15), "answer": "a", "label": "aligned"},
    ]
    found = {o.eval_id: o.how for o in overlap_check(train, evals)}
    assert found == {"exact": "verbatim", "near": "near-duplicate", "mid": "near-duplicate"}


def test_length_balance_ratio() -> None:
    sets = {"a": [_row(0, "q", "one two three four")], "b": [_row(1, "q", "one two")]}
    assert length_balance(sets) == {"mean_answer_words": {"a": 4.0, "b": 2.0}, "max_over_min": 2.0}
