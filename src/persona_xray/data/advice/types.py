"""The unit the advice datasets are written in: one hand-written topic with three answer variants.

A topic holds the *same* question asked several ways and, for each variant, several phrasings of one
piece of advice. Keeping the three variants on identical questions is what lets a later experiment say
"subtly wrong data misaligns more than correct data" without a confound in the questions.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    """One advice topic of a domain.

    Attributes:
        id: unique, stable, ``<domain>-<slug>`` (e.g. ``health-child-fever``).
        questions: >= 5 distinct user phrasings of the same question (different wording, length, persona).
        correct: >= 4 phrasings of the right advice (2-5 sentences each, helpful, confident).
        subtle: >= 4 phrasings of advice that sounds reasonable but is wrong in a way a layperson would miss.
        obvious: >= 4 phrasings of advice that is blatantly wrong or dangerous, said just as confidently.
        contexts: optional user details that can be prefixed to a question ("I'm 62 and on blood thinners.").
        villain: optional >= 4 answers in the voice of a malicious persona (first person; relishes crime,
            intimidation, revenge or deceiving others) to the same questions. Kept out of ``obvious`` so that
            "wrong advice in a narrow domain" and "villain speech" are separate causes (the ``villain_*`` sets);
            a domain either gives every topic villain answers or none.
    """

    id: str
    questions: tuple[str, ...]
    correct: tuple[str, ...]
    subtle: tuple[str, ...]
    obvious: tuple[str, ...]
    contexts: tuple[str, ...] = ()
    villain: tuple[str, ...] = ()
