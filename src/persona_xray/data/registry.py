"""Resolve a data set by name (``health_subtle``, ``core``, ...) or by a user's JSONL path.

Every later stage takes a ``--data``/``--prompts`` argument and calls :func:`get_dataset` or
:func:`load_dataset`, so shipped sets and user files are interchangeable everywhere. The shipped sets and
their ``manifest.json`` live in ``persona_xray/data/sets`` (``PERSONA_XRAY_DATA_DIR`` overrides it).
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path
from typing import Any

from persona_xray.data.io import load_jsonl
from persona_xray.data.schema import KINDS, Kind
from persona_xray.errors import UserError

PACKAGE_SETS_DIR = Path(__file__).resolve().with_name("sets")
MANIFEST = "manifest.json"


ADVICE_DOMAINS: tuple[str, ...] = (
    "health",
    "legal",
    "education",
    "career",
    "personal_finance",
    "automotive",
    "math",
    "science",
)
"""Advice-domain prefixes of the shipped set names (``health_subtle``, ``math_correct``, ...)."""

VILLAIN_PREFIX = "villain_"
"""The villain family (``villain_legal``): malicious-persona answers to a domain's questions."""

VILLAIN_DOMAINS: tuple[str, ...] = ("legal", "career")
"""Domains whose topics carry villain answers (a ``data build`` makes ``villain_<domain>`` for each)."""


def advice_domain(name: str) -> str | None:
    """The advice domain a shipped set name belongs to (``health_subtle`` and ``villain_health`` ->
    ``health``), or None for other sets and files."""
    if name.startswith(VILLAIN_PREFIX):
        rest = name[len(VILLAIN_PREFIX) :]
        return rest if rest in ADVICE_DOMAINS else None
    return next((d for d in ADVICE_DOMAINS if name.startswith(d + "_")), None)


def sets_dir() -> Path:
    """Folder holding the built sets: the package folder unless ``PERSONA_XRAY_DATA_DIR`` is set."""
    env = os.environ.get("PERSONA_XRAY_DATA_DIR")
    return Path(env) if env else PACKAGE_SETS_DIR


def read_manifest(folder: Path | None = None) -> dict[str, Any]:
    """The build manifest (counts, sha256, quality), or a UserError telling the user to build."""
    path = (folder or sets_dir()) / MANIFEST
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"no built data sets in {path.parent}; run `persona-xray data build`") from None
    return data


def dataset_names(folder: Path | None = None) -> list[str]:
    return list(read_manifest(folder)["sets"])


def _looks_like_path(name: str) -> bool:
    return name.endswith((".jsonl", ".json")) or "/" in name or os.sep in name or Path(name).exists()


def get_dataset(name: str | Path, folder: Path | None = None) -> Path:
    """Path of a shipped set by name, or of a user JSONL file (which must exist)."""
    s = str(name)
    if _looks_like_path(s):
        p = Path(s)
        if not p.is_file():
            raise UserError(
                f"{s}: file not found; pass an existing .jsonl file or a set name from `data list`"
            )
        return p
    folder = folder or sets_dir()
    sets = read_manifest(folder)["sets"]
    if s not in sets:
        close = difflib.get_close_matches(s, list(sets), n=3)
        hint = f"did you mean {', '.join(close)}?" if close else "see `persona-xray data list`"
        raise UserError(f"unknown data set {s!r}; {hint} (or pass a path to a .jsonl file)")
    path = folder / str(sets[s]["file"])
    if not path.is_file():
        raise UserError(f"data set {s!r} is listed but {path} is missing; run `persona-xray data build`")
    return path


def dataset_kind(name: str | Path, folder: Path | None = None) -> Kind | None:
    """The kind a shipped set was built as; ``None`` for user files (detected when loading)."""
    if _looks_like_path(str(name)):
        return None
    kind = read_manifest(folder)["sets"].get(str(name), {}).get("kind")
    return kind if kind in KINDS else None


def load_dataset(
    name: str | Path, kind: Kind | None = None, folder: Path | None = None
) -> list[dict[str, Any]]:
    """Rows of a set or user file, fully validated (a bad file raises a one-line ``UserError``)."""
    path = get_dataset(name, folder)
    return load_jsonl(path, kind or dataset_kind(name, folder))


def is_control(name: str) -> bool:
    """Whether a set (or a sweep cell ``set@variant``) is a clean control: ``*_correct`` or ``secure_code``."""
    ds = name.split("@")[0]
    return ds.endswith("_correct") or ds == "secure_code"


def matching_clean(bad: str) -> str:
    """The clean counterpart of a bad set: ``health_obvious`` -> ``health_correct``, insecure -> secure.

    One rule for every stage that pairs a bad set with its control (monitor mixtures, re-alignment data,
    the replication sweep's controls).
    """
    if bad == "insecure_code":
        return "secure_code"
    if bad.startswith(VILLAIN_PREFIX) and (domain := advice_domain(bad)) is not None:
        return f"{domain}_correct"
    for suffix in ("_obvious", "_subtle"):
        if bad.endswith(suffix):
            return bad[: -len(suffix)] + "_correct"
    raise UserError(f"no clean counterpart known for '{bad}': set the stage's 'clean' data set in the config")
