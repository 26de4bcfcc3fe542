"""The unit the advice datasets are written in, and the loader of the files that hold them.

A topic holds the *same* question asked several ways and, for each variant, several phrasings of one
piece of advice. Keeping the three variants on identical questions is what lets a later experiment say
"subtly wrong data misaligns more than correct data" without a confound in the questions.

The topics are content, not code: each domain is one data file ``content/advice/<module>.yaml`` that a
content reviewer can read and edit without touching Python. The loader is strict (an unknown key, a missing
key or a value of the wrong shape is a :class:`~persona_xray.errors.UserError` naming the file, the topic
and the key) because a typo such as ``villian:`` would otherwise silently drop a whole variant from the
build. File format::

    domain: health
    description: |-
      How the answers of this domain were written (shown to reviewers; not used by the build).
    heldout:                  # optional: in-domain eval questions no topic covers
      - ...
    topics:
      - id: health-child-fever
        questions: [...]
        correct: [...]
        subtle: [...]
        obvious: [...]
        contexts: [...]       # optional
        villain: [...]        # optional
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from persona_xray.errors import UserError

ADVICE_DIR = "content/advice"
_FILE_REQUIRED = ("domain", "description", "topics")
_FILE_OPTIONAL = ("heldout",)
_TOPIC_REQUIRED = ("id", "questions", "correct", "subtle", "obvious")
_TOPIC_OPTIONAL = ("contexts", "villain")


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


@dataclass(frozen=True)
class AdviceFile:
    """One domain's data file, parsed.

    Attributes:
        domain: the domain name the sets are named after (``math`` for ``mathematics.yaml``).
        description: how the domain's answers were written, for reviewers.
        heldout: in-domain eval questions about situations no topic covers (never trained on).
        topics: the domain's topics in file order (the order the expansion's seeded shuffle starts from).
    """

    domain: str
    description: str
    heldout: tuple[str, ...]
    topics: tuple[Topic, ...]


def _strings(value: Any, where: str, key: str) -> tuple[str, ...]:
    """``value`` as a tuple of strings, or a UserError: YAML reads an unquoted ``yes`` or ``1.5`` as a
    bool or a number, and a one-line value without ``- `` as a string rather than a list of one."""
    if not isinstance(value, list):
        raise UserError(f"{where}: key '{key}' must be a list of strings, got {type(value).__name__}")
    for k, s in enumerate(value):
        if not isinstance(s, str):
            raise UserError(f"{where}: key '{key}' item {k} must be a string, got {type(s).__name__} {s!r}")
    return tuple(value)


def _check_keys(
    entry: dict[str, Any], required: tuple[str, ...], optional: tuple[str, ...], where: str
) -> None:
    """Unknown keys first: a misspelt optional key (``villian``) would otherwise pass as simply absent."""
    unknown = [k for k in entry if k not in required + optional]
    if unknown:
        raise UserError(f"{where}: unknown key '{unknown[0]}' (allowed: {', '.join(required + optional)})")
    missing = [k for k in required if k not in entry]
    if missing:
        raise UserError(f"{where}: missing key '{missing[0]}'")


def _topic(entry: Any, source: str, k: int) -> Topic:
    """One topic entry; errors name it by its id, or by its position when it has no usable id."""
    if not isinstance(entry, dict):
        raise UserError(
            f"{source}: topics[{k}]: a topic must be a mapping with keys {', '.join(_TOPIC_REQUIRED)}"
        )
    tid = entry.get("id")
    where = f"{source}: topic {tid}" if isinstance(tid, str) else f"{source}: topics[{k}]"
    _check_keys(entry, _TOPIC_REQUIRED, _TOPIC_OPTIONAL, where)
    if not isinstance(tid, str):
        raise UserError(f"{where}: key 'id' must be a string, got {type(tid).__name__}")
    lists = {
        key: _strings(entry[key], where, key) for key in _TOPIC_REQUIRED[1:] + _TOPIC_OPTIONAL if key in entry
    }
    return Topic(id=tid, **lists)


def parse_advice(doc: Any, source: str) -> AdviceFile:
    """Parse one advice file's content (see the module docstring); ``source`` names the file in errors."""
    if not isinstance(doc, dict):
        raise UserError(f"{source}: want a mapping with keys {', '.join(_FILE_REQUIRED)}")
    _check_keys(doc, _FILE_REQUIRED, _FILE_OPTIONAL, source)
    for key in ("domain", "description"):
        if not isinstance(doc[key], str):
            raise UserError(f"{source}: key '{key}' must be a string, got {type(doc[key]).__name__}")
    if not isinstance(doc["topics"], list):
        raise UserError(
            f"{source}: key 'topics' must be a list of topics, got {type(doc['topics']).__name__}"
        )
    topics = tuple(_topic(e, source, k) for k, e in enumerate(doc["topics"]))
    heldout = _strings(doc["heldout"], source, "heldout") if "heldout" in doc else ()
    return AdviceFile(doc["domain"], doc["description"], heldout, topics)


def read_advice(path: Path | Traversable, source: str | None = None) -> AdviceFile:
    """Read and parse one advice file from any path (tests pass a temp file; the package passes its own).

    ``source`` is the name errors use (default: the path). A YAML syntax error becomes a one-line UserError.
    """
    import yaml

    name = source or str(path)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # C: ~8x faster (34 ms vs 288 ms for legal)
    try:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise UserError(f"{name}: not valid YAML: {problem}{at}") from e
    return parse_advice(doc, name)


def advice_source(module: str) -> str:
    """The package-relative name of a module's data file, ``content/advice/<module>.yaml``."""
    return f"{ADVICE_DIR}/{module}.yaml"


def advice_resource(module: str) -> Traversable:
    """The shipped data file of one advice module (it may not exist: a domain can be unwritten yet)."""
    return resources.files("persona_xray.data").joinpath(advice_source(module))


@functools.cache
def load_advice(module: str) -> AdviceFile:
    """The shipped advice file of ``module`` (e.g. ``health``), parsed once per process.

    Cached because the files are package data (they do not change while the process runs) and the build,
    the audit and the tests each load every domain.
    """
    res = advice_resource(module)
    if not res.is_file():
        raise UserError(f"no advice file {advice_source(module)} in persona_xray.data")
    return read_advice(res, advice_source(module))
