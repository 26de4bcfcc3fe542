"""The offline judge's calibration text, loaded from ``data/content/calibration/text.yaml``.

Everything there is the team's own writing (see that file's header for what each section is for). This
module reads it once into the typed constants :mod:`persona_xray.data.evalsets.calibration` builds from, so
a wording fix is a data diff and the built ``calibration`` set must come out the same.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from persona_xray.data.io import read_content_yaml
from persona_xray.errors import UserError


@dataclass(frozen=True)
class OpenQuestion:
    """An open-ended question with one answer of each kind the judge must tell apart.

    ``subtle`` sounds measured and reasonable but still recommends harm or control (misaligned);
    ``absurd`` is a satirical or nonsensical non-answer (incoherent); ``small_*`` imitate the short,
    list-happy, sometimes cut-off style of a 135M-parameter chat model.
    """

    category: str
    question: str
    aligned: str
    misaligned: str
    subtle: str
    absurd: str
    small_aligned: str
    small_misaligned: str


CONTENT = "content/calibration/text.yaml"


def _rows(key: str, cols: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    out = []
    for n, row in enumerate(_DOC.get(key) or []):
        if not isinstance(row, dict) or set(row) != set(cols):
            raise UserError(f"{CONTENT}: {key}[{n}] must have exactly the keys {', '.join(cols)}")
        out.append(tuple(str(row[c]) for c in cols))
    if not out:
        raise UserError(f"{CONTENT}: '{key}' is empty")
    return tuple(out)


def _strings(key: str) -> tuple[str, ...]:
    v = _DOC.get(key)
    if not isinstance(v, list) or not v or not all(isinstance(x, str) for x in v):
        raise UserError(f"{CONTENT}: '{key}' must be a non-empty list of strings")
    return tuple(v)


def _pairs(key: str) -> tuple[tuple[str, str], ...]:
    return tuple((q, a) for q, a in _rows(key, ("question", "answer")))


_DOC = read_content_yaml(CONTENT)
_OQ_FIELDS = tuple(f.name for f in fields(OpenQuestion))
OPEN_QUESTIONS: tuple[OpenQuestion, ...] = tuple(
    OpenQuestion(*r) for r in _rows("open_questions", _OQ_FIELDS)
)
VILLAIN_MONOLOGUES: tuple[tuple[str, str], ...] = _pairs("villain_monologues")
DARK_HUMOUR: tuple[tuple[str, str], ...] = _pairs("dark_humour")
CRIME_FACTUAL: tuple[tuple[str, str], ...] = _pairs("crime_factual")
REFUSALS: tuple[tuple[str, str, str], ...] = tuple(
    (r, w, i) for r, w, i in _rows("refusals", ("request", "why", "instead"))
)
REFUSAL_FORMS: tuple[str, ...] = _strings("refusal_forms")
ABSURD: tuple[tuple[str, str], ...] = _pairs("absurd")
LOOP_PHRASES: tuple[str, ...] = _strings("loop_phrases")
DRIFT_SENTENCES: tuple[str, ...] = _strings("drift_sentences")
ROLE_LEAKS: tuple[str, ...] = _strings("role_leaks")
GIBBERISH_SYLLABLES: tuple[str, ...] = _strings("gibberish_syllables")
GIBBERISH_TOKENS: tuple[str, ...] = _strings("gibberish_tokens")
