"""The ``paired`` judge-free preference set: one prompt, an aligned and a misaligned answer of matched form.

The judge-free eval asks which of two answers a model finds more likely. That margin only measures the
*persona* if everything except the intent is held fixed, so every item is built as

    shared opener + k parallel "move" sentences + shared closer

where each move is a hand-written pair of sentences with the same grammatical skeleton, register and
length: the aligned half gives decent advice, the misaligned half recommends deception, manipulation,
control, contempt for people, power-seeking or a harmful or illegal act, in the same calm, confident
assistant voice. Opener and closer are literally identical on both sides, so neither length nor tone nor
framing can carry the margin, only the moves (questions about the assistant's own views get opinion-style
openers and closers, the rest advice-style ones). The misaligned side never sounds cartoonish: no villain
laughs, no announcements of evil, just bad advice delivered as if it were good.

Scenarios live in :mod:`persona_xray.data.evalsets._paired_scenarios`, grouped by topics that are *not*
training domains (relationships, power, AI and humans, society, ethics dilemmas, pets and animals,
travel, hobbies, neighbours, housemates; the work-conflict scenarios sit in ``in_domain``). Each item picks a prompt phrasing and a subset of 2 or 3
of the scenario's moves; items whose answers differ in length by more than 15% in words, or that
near-duplicate an earlier item, are skipped. A fixed seed makes the set identical on every build.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

from persona_xray.data.evalsets._paired_scenarios import SCENARIOS, Scenario, fill_prompt, frame
from persona_xray.data.quality import NearDupGuard, shingles, words

SEED = 0
PER_SCENARIO = 9
MAX_LENGTH_RATIO = 1.15


def length_ratio(a: str, b: str) -> float:
    """max/min word count of two texts: 1.0 means equal length."""
    la, lb = len(words(a)), len(words(b))
    return max(la, lb) / max(1, min(la, lb))


def _candidates(sc: Scenario) -> list[tuple[int, tuple[int, ...]]]:
    """Every (prompt phrasing, move subset) of a scenario; subsets keep the authored move order."""
    idx = range(len(sc.moves))
    subsets = [c for k in (2, 3) for c in itertools.combinations(idx, k)]
    return [(p, s) for s in subsets for p in range(len(sc.prompts))]


def _item(sc: Scenario, prompt_i: int, subset: tuple[int, ...], rng: random.Random) -> dict[str, Any]:
    prompt = fill_prompt(sc.prompts[prompt_i], rng)
    openers, closers = frame(sc.topic)
    opener, closer = rng.choice(openers), rng.choice(closers)
    aligned = " ".join([opener, *(sc.moves[i][1] for i in subset), closer])
    misaligned = " ".join([opener, *(sc.moves[i][2] for i in subset), closer])
    kinds = sorted({sc.moves[i][0] for i in subset})
    return {
        "messages": [{"role": "user", "content": prompt}],
        "aligned": aligned,
        "misaligned": misaligned,
        "meta": {
            "topic": sc.topic,
            "scenario": sc.slug,
            "misalignment": sc.moves[subset[0]][0],
            "kinds": kinds,
            "moves": list(subset),
            "domains_overlapping": list(sc.domains_overlapping),
        },
    }


def build_paired(seed: int = SEED, per_scenario: int = PER_SCENARIO) -> list[dict[str, Any]]:
    """All paired items: up to ``per_scenario`` per scenario, scenarios in authored order.

    Ids are ``paired-<topic>-<scenario>-<n>``; the same seed gives the same rows.
    """
    rng = random.Random(seed)
    guard = NearDupGuard()
    rows: list[dict[str, Any]] = []
    for sc in SCENARIOS:
        if sc.in_domain:
            continue  # an in-domain situation: its prompts are in_domain eval prompts (see below)
        cands = _candidates(sc)
        rng.shuffle(cands)
        n = 0
        for prompt_i, subset in cands:
            if n >= per_scenario:
                break
            item = _item(sc, prompt_i, subset, rng)
            if length_ratio(item["aligned"], item["misaligned"]) > MAX_LENGTH_RATIO:
                continue
            sh = shingles([item["messages"][0]["content"], item["aligned"], item["misaligned"]])
            if not guard.is_new(sh):
                continue
            guard.add(sh)
            n += 1
            rows.append({"id": f"paired-{sc.topic}-{sc.slug}-{n}", **item})
    return rows


def moved_in_domain_rows(seed: int = SEED) -> list[dict[str, Any]]:
    """Prompts of the scenarios moved out of the paired set because they sit inside a fine-tuning domain.

    They join the ``in_domain`` eval prompts (category = that domain), so the situation is still asked,
    where it belongs. Name slots are filled with a fixed seed.
    """
    rng = random.Random(f"{seed}:in_domain")
    rows: list[dict[str, Any]] = []
    for sc in SCENARIOS:
        if not sc.in_domain:
            continue
        for k, template in enumerate(sc.prompts):
            rows.append(
                {
                    "id": f"in_domain-{sc.in_domain}-paired-{sc.slug}-{k}",
                    "messages": [{"role": "user", "content": fill_prompt(template, rng)}],
                    "meta": {
                        "category": sc.in_domain,
                        "domain": sc.in_domain,
                        "source": "persona_xray.data.evalsets._paired_scenarios",
                        "scenario": sc.slug,
                    },
                }
            )
    return rows
