"""Reading, validating and atomically writing JSONL data files.

Validation works on raw bytes line by line, so a file with one bad byte or one broken line still gets
every other problem reported with its line number. Loading refuses a file with any problem and names the
first one as ``file:line: problem``: a later stage must never train on half a file.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from persona_xray.data.schema import Kind, check_row, detect_kind
from persona_xray.errors import UserError


@dataclass(frozen=True)
class Problem:
    """One problem in one line of one file (line numbers are 1-based, as editors show them)."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{path}: file not found; check the path or run `persona-xray data list`") from None
    except IsADirectoryError:
        raise UserError(f"{path}: is a directory; pass a .jsonl file") from None
    for i, raw in enumerate(data.split(b"\n"), start=1):
        if raw.strip():
            yield i, raw


def scan(path: str | Path, kind: Kind | None = None) -> tuple[list[dict[str, Any]], list[Problem], Kind]:
    """Parse and check a whole file: (rows, problems, kind). ``kind=None`` detects it from the first row."""
    p = Path(path)
    rows: list[dict[str, Any]] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for lineno, raw in _lines(p):
        try:
            text = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")  # tolerate a BOM from Windows editors
        except UnicodeDecodeError as e:
            problems.append(
                Problem(
                    str(p),
                    lineno,
                    f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at column {e.start + 1}); "
                    "re-save the file as UTF-8",
                )
            )
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            problems.append(
                Problem(str(p), lineno, f"malformed JSON ({e.msg} at column {e.colno}); fix the line")
            )
            continue
        if kind is None:
            kind = detect_kind(obj)
        row_problems = check_row(obj, kind)
        problems += [Problem(str(p), lineno, m) for m in row_problems]
        if row_problems:
            continue
        if "id" not in obj:
            obj["id"] = f"{p.stem}-{lineno:06d}"
        rid = obj["id"]
        if rid in seen:
            problems.append(
                Problem(str(p), lineno, f"duplicate id {rid!r} (first on line {seen[rid]}); make ids unique")
            )
            continue
        seen[rid] = lineno
        obj.setdefault("meta", {})
        rows.append(obj)
    if not rows and not problems:
        problems.append(Problem(str(p), 1, "the file has no rows; add at least one JSON object per line"))
    return rows, problems, kind or "sft"


def validate_file(path: str | Path, kind: Kind | None = None) -> list[Problem]:
    """Every problem of a file; an empty list means every later stage can load it."""
    return scan(path, kind)[1]


def load_jsonl(path: str | Path, kind: Kind | None = None) -> list[dict[str, Any]]:
    """Load a data file, refusing it as a whole on the first problem (raised as a one-line ``UserError``)."""
    rows, problems, _ = scan(path, kind)
    if problems:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise UserError(f"{problems[0]}{more}; see all with `persona-xray data validate {path}`")
    return rows


def dumps_row(row: dict[str, Any]) -> str:
    """One row as a compact JSON line with a fixed key order, so rebuilt files are byte-identical."""
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))


@contextlib.contextmanager
def atomic_target(path: str | Path) -> Iterator[Path]:
    """A temp path beside ``path``, renamed over it when the block succeeds and removed when it fails.

    The project's one atomic write: every file a reader or a resumed run may open (results, shards,
    checkpoints, figures, reports) is written through this, so a kill mid-write never leaves half a file
    under the real name. Writers that want a filename (safetensors, matplotlib) use it directly; the temp
    name keeps the target's suffix so format-by-extension still works.
    """
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=f".tmp{p.suffix}", dir=p.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    """``data`` to ``path`` through :func:`atomic_target`, synced to disk before the rename."""
    with atomic_target(path) as tmp, open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def write_text_atomic(path: str | Path, text: str) -> None:
    """UTF-8 ``text`` (``\n`` line ends) to ``path`` atomically: readers never see half a file."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_jsonl(path: str | Path, rows: Iterable[dict[str, Any]]) -> int:
    """Atomically write rows as JSONL; returns the number of rows written."""
    lines = [dumps_row(r) for r in rows]
    write_text_atomic(path, "".join(line + "\n" for line in lines))
    return len(lines)


def read_content_yaml(relpath: str) -> dict[str, Any]:
    """A YAML mapping shipped inside ``persona_xray/data`` (content that is data, not Python), read through
    importlib.resources so it works from a wheel; a broken file is a one-line error naming it."""
    from importlib import resources

    import yaml

    text = resources.files("persona_xray.data").joinpath(relpath).read_text(encoding="utf-8")
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise UserError(f"persona_xray/data/{relpath} is not valid YAML ({str(e).splitlines()[0]})") from None
    if not isinstance(doc, dict):
        raise UserError(f"persona_xray/data/{relpath} must hold a mapping")
    return doc


def read_yaml(path: str | Path, what: str) -> Any:
    """A parsed YAML file; a missing file or broken YAML is one line naming the file as ``what``."""
    import yaml

    p = Path(path).expanduser()
    try:
        return yaml.safe_load(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"{what} {p} not found; check the path") from None
    except yaml.YAMLError as e:
        raise UserError(f"{what} {p} is not valid YAML ({str(e).splitlines()[0]})") from None


def read_yaml_mapping(path: str | Path, what: str) -> dict[str, Any]:
    """A YAML file holding one ``field: value`` mapping (an empty file is an empty mapping).

    Every config reader shares it, so a missing file, broken YAML or a list instead of a mapping fail with the
    same one-line errors whichever stage reads the file. ``what`` names the file in them ("monitor config").
    """
    p = Path(path)
    loaded = read_yaml(p, what)
    if loaded is not None and not isinstance(loaded, dict):
        raise UserError(f"{what} {p} must hold a mapping of field: value")
    return dict(loaded or {})


# ------------------------------------------------------------------ checks before any work
def check_limit(limit: int | None, flag: str = "--limit") -> None:
    """``limit=0`` must not mean "everything" (a falsy test did that); refuse anything below 1."""
    if limit is not None and limit < 1:
        raise UserError(f"{flag} must be >= 1 (got {limit}); leave it out to use every item")


def _nearest_existing(path: Path) -> Path:
    p = path
    while not p.exists() and p != p.parent:
        p = p.parent
    return p


def check_output_file(path: str | Path, flag: str = "--out") -> Path:
    """Fail before any work when ``path`` can never be written as a file, so no result is computed and lost.

    Nothing is created here: a folder in the way, a parent that is a file, or a parent without write
    permission are all reported as one line naming the path.
    """
    p = Path(path).expanduser()
    if p.is_dir():
        raise UserError(f"{flag} {p} is a folder: give a file path")
    anc = _nearest_existing(p.parent)
    if not anc.is_dir():
        raise UserError(f"{flag} {p}: {anc} is a file, not a folder")
    if not os.access(anc, os.W_OK | os.X_OK):
        raise UserError(f"{flag} {p}: no permission to write in {anc}")
    return p


def check_output_dir(path: str | Path, flag: str = "--out") -> Path:
    """Like :func:`check_output_file` for a folder the tool will create or fill."""
    p = Path(path).expanduser()
    if p.exists() and not p.is_dir():
        raise UserError(f"{flag} {p} is a file: give a folder path")
    anc = _nearest_existing(p)
    if not anc.is_dir():
        raise UserError(f"{flag} {p}: {anc} is a file, not a folder")
    if not os.access(anc, os.W_OK | os.X_OK):
        raise UserError(f"{flag} {p}: no permission to write in {anc}")
    return p
