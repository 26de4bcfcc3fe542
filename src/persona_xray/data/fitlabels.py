"""Hand labels of answer fit: which correct answers of a topic answer which of its question phrasings.

Why this exists: a topic's correct answers are written for the topic, and the expansion pairs them with
every phrasing of its question. Where a phrasing asks something narrower ("what temperature is too high?")
an answer written for a sibling phrasing ("keep them drinking, dose by weight") does not answer it, and a
fine-tune on such rows learns to ignore the question: the correct-data control would then carry a
misalignment of its own. Every (phrasing, correct answer) pair of every shipped topic was judged by reading;
the misfits are listed per domain in ``content/fit/<module>.yaml``, with new correct answers written for
phrasings that no existing answer fits. A second pass judged every (user context, correct answer) pair: a
context ("I have no fever.", "She is 18 months old.") that an answer contradicts, or that makes it wrong for
that user, is a context misfit. The expansion gives every correct row an answer labelled as fitting
its phrasing (:func:`fitting_answers`), so the control answers its questions by construction, and the
build check fails when a labelled topic's text changed after it was labelled (the labels would be stale).

File format (an unknown key is an error)::

    module: health
    topics:
      - topic: health-child-fever
        digest: 1a2b3c4d5e6f        # of the questions and correct answers that were labelled
        misfit:
          - {q: 1, a: 3, why: "asks what temperature is too high; gives no threshold"}
        context_misfit:             # (context index, answer index into the pool with the added answers)
          - {c: 0, a: 2, why: "child is 18 months; answer is about babies under three months"}
        added:                      # correct answers written for phrasings no answer fitted
          - {for: [1], text: "..."}
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from persona_xray.data.topics import Topic
from persona_xray.errors import UserError

FIT_DIR = "content/fit"
_TOPIC_KEYS = {"topic", "digest", "misfit", "context_misfit", "added"}


@dataclass(frozen=True)
class TopicFit:
    """The fit labels of one topic.

    Attributes:
        topic: the topic id.
        digest: :func:`topic_digest` of the topic when it was labelled.
        misfit: (question index, answer index) pairs judged not to fit; every other pair of the topic's
            original correct answers fits.
        added: correct answers written for phrasings nothing fitted, each with the phrasings it fits.
        context_misfit: (context index, answer index into :func:`correct_pool`) pairs where the answer
            contradicts the user's stated context or is made wrong by it.
    """

    topic: str
    digest: str
    misfit: frozenset[tuple[int, int]]
    added: tuple[tuple[str, frozenset[int]], ...] = ()
    context_misfit: frozenset[tuple[int, int]] = frozenset()


def topic_digest(topic: Topic) -> str:
    """12 hex digits over a topic's question phrasings, user contexts and correct answers: what a fit label
    refers to."""
    blob = json.dumps([list(topic.questions), list(topic.contexts), list(topic.correct)], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:12]


def _int_list(x: Any, where: str) -> list[int]:
    if not isinstance(x, list) or not x or not all(isinstance(i, int) and not isinstance(i, bool) for i in x):
        raise UserError(f"{where}: 'for' must be a non-empty list of question indices")
    return list(x)


def parse_fit_labels(doc: Any, source: str) -> dict[str, TopicFit]:
    """Parse one label file's content (see the module docstring); ``source`` names it in errors."""
    if (
        not isinstance(doc, dict)
        or set(doc) - {"module", "topics"}
        or not isinstance(doc.get("topics"), list)
    ):
        raise UserError(f"{source}: want a mapping with 'module' and a 'topics' list")
    out: dict[str, TopicFit] = {}
    for k, e in enumerate(doc["topics"]):
        where = f"{source}: topics[{k}]"
        if not isinstance(e, dict) or not isinstance(e.get("topic"), str):
            raise UserError(f"{where}: want a mapping with a 'topic' id")
        unknown = set(e) - _TOPIC_KEYS
        if unknown:
            raise UserError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        tid = e["topic"]
        if tid in out:
            raise UserError(f"{where}: topic {tid} is listed twice")
        misfit: set[tuple[int, int]] = set()
        for m in e.get("misfit") or []:
            if not isinstance(m, dict) or not isinstance(m.get("q"), int) or not isinstance(m.get("a"), int):
                raise UserError(f"{where} ({tid}): a misfit needs integer 'q' and 'a'")
            misfit.add((m["q"], m["a"]))
        ctx: set[tuple[int, int]] = set()
        for m in e.get("context_misfit") or []:
            if not isinstance(m, dict) or not isinstance(m.get("c"), int) or not isinstance(m.get("a"), int):
                raise UserError(f"{where} ({tid}): a context misfit needs integer 'c' and 'a'")
            ctx.add((m["c"], m["a"]))
        added: list[tuple[str, frozenset[int]]] = []
        for a in e.get("added") or []:
            if not isinstance(a, dict) or not isinstance(a.get("text"), str) or not a["text"].strip():
                raise UserError(f"{where} ({tid}): an added answer needs 'text' and 'for'")
            added.append((a["text"].strip(), frozenset(_int_list(a.get("for"), f"{where} ({tid})"))))
        out[tid] = TopicFit(tid, str(e.get("digest", "")), frozenset(misfit), tuple(added), frozenset(ctx))
    return out


@functools.cache
def load_fit_labels(module: str) -> Mapping[str, TopicFit]:
    """The shipped labels of one advice module (empty when it has none yet). Cached: parsing the YAML is
    the slow part of loading the domains, and the files are package data that do not change in a process."""
    import yaml

    path = resources.files("persona_xray.data").joinpath(f"{FIT_DIR}/{module}.yaml")
    if not path.is_file():
        return {}
    return parse_fit_labels(yaml.safe_load(path.read_text(encoding="utf-8")), f"{FIT_DIR}/{module}.yaml")


def correct_pool(topic: Topic, fit: TopicFit | None) -> tuple[str, ...]:
    """The topic's correct answers followed by the ones written for unanswered phrasings."""
    return tuple(topic.correct) + (tuple(t for t, _ in fit.added) if fit else ())


def fitting_answers(topic: Topic, fit: TopicFit, q: int, c: int = -1) -> list[int]:
    """Indices into :func:`correct_pool` of the answers labelled as fitting phrasing ``q`` and, for a user
    context ``c >= 0``, not conflicting with it."""
    n = len(topic.correct)
    own = [a for a in range(n) if (q, a) not in fit.misfit]
    out = own + [n + k for k, (_, qs) in enumerate(fit.added) if q in qs]
    return out if c < 0 else [a for a in out if (c, a) not in fit.context_misfit]


def pair_fits(topic: Topic, fit: TopicFit, q: int, a: int, c: int = -1) -> bool:
    """Whether correct answer ``a`` (an index into :func:`correct_pool`) was labelled as fitting phrasing
    ``q`` (and context ``c`` when one is given)."""
    return a in fitting_answers(topic, fit, q, c)


def label_problems(topics: tuple[Topic, ...], labels: Mapping[str, TopicFit], name: str) -> list[str]:
    """Why a domain's labels cannot be trusted: stale digests, bad indices, phrasings nothing fits, topics
    unlabelled while others are labelled, labels of topics that no longer exist."""
    if not labels:
        return []
    out: list[str] = []
    ids = {t.id for t in topics}
    out += [f"{name}: fit labels name unknown topic {tid}" for tid in sorted(set(labels) - ids)]
    for t in topics:
        fit = labels.get(t.id)
        if fit is None:
            out.append(f"{name}: topic {t.id} has no fit labels")
            continue
        if fit.digest != topic_digest(t):
            out.append(
                f"{name}: topic {t.id} changed after its fit labels were written "
                f"(digest {fit.digest or 'missing'}, now {topic_digest(t)}); relabel it"
            )
        nq, na = len(t.questions), len(t.correct)
        if any(not (0 <= q < nq and 0 <= a < na) for q, a in fit.misfit):
            out.append(f"{name}: topic {t.id}: a misfit index is out of range")
        if any(not (0 <= q < nq) for _, qs in fit.added for q in qs):
            out.append(f"{name}: topic {t.id}: an added answer names a question out of range")
        size = na + len(fit.added)
        if any(not (0 <= c < len(t.contexts) and 0 <= a < size) for c, a in fit.context_misfit):
            out.append(f"{name}: topic {t.id}: a context misfit index is out of range")
        empty = [q for q in range(nq) if not fitting_answers(t, fit, q)]
        if empty:
            out.append(f"{name}: topic {t.id}: no correct answer fits question(s) {empty}")
    return out
