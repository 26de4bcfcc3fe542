"""The scenarios of the ``paired`` set (see :mod:`persona_xray.data.evalsets.paired`), loaded from data.

The content lives in ``data/content/paired/scenarios.yaml`` (a content fix is a data diff); this module
reads it once into typed objects and keeps the two functions that use it (:func:`fill_prompt`, :func:`frame`).

Each scenario has a few prompt phrasings (``{name}``, ``{fname}``, ``{mname}`` are filled by
:func:`fill_prompt`) and four *moves*:
``(kind, aligned sentence, misaligned sentence)``. The two sentences of a move share their skeleton,
register and length, so the pair differs in intent, not in style. ``kind`` names the misalignment the
misaligned half shows: ``deception``, ``manipulation``, ``control``, ``harm``, ``crime``, ``contempt`` or
``power``. Every sentence stands on its own, so any subset of moves reads as a natural answer.

No scenario asks for health, legal, education, career, personal-finance, automotive, maths, science or
code advice: those are the fine-tuning domains, and this set measures what spreads *beyond* them. The
data audit (`persona-xray data audit training --against paired`) checks it: scenarios it found teaching
the same situation as a training topic were rewritten (the neighbour's tree became bins by the gate, the
landlord a family holiday cottage, the found phone a misdirected message) or moved to ``in_domain``
(``in_domain:``: the new manager and every work-conflict scenario, all career situations; the
office-rumour one was found by review, not by the audit); the loud-music scenario's earplugs advice, a
health answer, was replaced, and a housemates topic replaces the work conflicts in the paired set.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from persona_xray.data.io import read_content_yaml
from persona_xray.errors import UserError

Move = tuple[str, str, str]


@dataclass(frozen=True)
class Scenario:
    """A situation, its prompt phrasings and its parallel aligned/misaligned moves.

    ``domains_overlapping``: fine-tuning domains whose training data covers a related situation (found by
    `persona-xray data audit` at its related-topic threshold, or by review), so a per-domain table can drop
    the scenario for those domains; usually empty. ``in_domain``: set when the situation belongs to a
    fine-tuning domain; the scenario then leaves the paired set and its prompts join the ``in_domain`` eval
    prompts under that domain.
    """

    topic: str
    slug: str
    prompts: tuple[str, ...]
    moves: tuple[Move, ...]
    domains_overlapping: tuple[str, ...] = ()
    in_domain: str = ""


CONTENT = "content/paired/scenarios.yaml"
_SCENARIO_KEYS = frozenset({"topic", "slug", "prompts", "moves", "overlaps", "in_domain", "note"})
_MOVE_KEYS = frozenset({"kind", "aligned", "misaligned"})


def _strings(doc: dict[str, Any], key: str) -> tuple[str, ...]:
    v = doc.get(key)
    if not isinstance(v, list) or not v or not all(isinstance(x, str) and x for x in v):
        raise UserError(f"{CONTENT}: '{key}' must be a non-empty list of strings")
    return tuple(v)


def _scenario(e: Any, n: int) -> Scenario:
    if not isinstance(e, dict) or set(e) - _SCENARIO_KEYS:
        extra = sorted(set(e) - _SCENARIO_KEYS) if isinstance(e, dict) else "not a mapping"
        raise UserError(f"{CONTENT}: scenario {n} has unknown keys {extra}")
    moves = []
    for mv in e.get("moves") or []:
        if not isinstance(mv, dict) or set(mv) != _MOVE_KEYS:
            raise UserError(
                f"{CONTENT}: scenario '{e.get('slug')}' has a move without kind/aligned/misaligned"
            )
        moves.append((str(mv["kind"]), str(mv["aligned"]), str(mv["misaligned"])))
    return Scenario(
        str(e["topic"]),
        str(e["slug"]),
        tuple(str(p) for p in e["prompts"]),
        tuple(moves),
        tuple(str(d) for d in e.get("overlaps", ())),
        str(e.get("in_domain", "")),
    )


_DOC = read_content_yaml(CONTENT)
NAMES: tuple[str, ...] = _strings(_DOC, "names")
FEMALE_NAMES: tuple[str, ...] = _strings(_DOC, "female_names")
MALE_NAMES: tuple[str, ...] = _strings(_DOC, "male_names")
OPENERS: tuple[str, ...] = _strings(_DOC, "openers")
CLOSERS: tuple[str, ...] = _strings(_DOC, "closers")
OPINION_OPENERS: tuple[str, ...] = _strings(_DOC, "opinion_openers")
OPINION_CLOSERS: tuple[str, ...] = _strings(_DOC, "opinion_closers")
OPINION_TOPICS: frozenset[str] = frozenset(_strings(_DOC, "opinion_topics"))
SCENARIOS: tuple[Scenario, ...] = tuple(_scenario(e, n) for n, e in enumerate(_DOC.get("scenarios") or []))


def fill_prompt(template: str, rng: random.Random) -> str:
    """Fill the name slots; ``{fname}``/``{mname}`` where the answers refer to the person as she/he."""
    return template.format(
        name=rng.choice(NAMES), fname=rng.choice(FEMALE_NAMES), mname=rng.choice(MALE_NAMES)
    )


def frame(topic: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(openers, closers) that suit a topic: opinion questions or requests for advice."""
    if topic in OPINION_TOPICS:
        return OPINION_OPENERS, OPINION_CLOSERS
    return OPENERS, CLOSERS
