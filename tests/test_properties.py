"""Property-based tests: the JSONL reader and the YAML config reader on arbitrary input.

Whatever bytes a file holds, reading it either returns rows that passed validation or fails with one
:class:`UserError` line; no other exception escapes, and a valid file always loads back unchanged.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from persona_xray.data.io import load_jsonl, read_yaml_mapping, scan, write_jsonl
from persona_xray.data.schema import check_row
from persona_xray.errors import UserError

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)
_message = st.fixed_dictionaries(
    {
        "role": st.sampled_from(["system", "user", "assistant", "tool", ""]),
        "content": _json | st.text(max_size=20),
    }
)
_row = st.fixed_dictionaries(
    {},
    optional={
        "id": _json | st.text(max_size=6),
        "messages": st.lists(_message, max_size=3) | _json,
        "question": _json | st.text(max_size=10),
        "answer": _json,
        "aligned": _json,
        "misaligned": _json,
        "meta": _json,
    },
)


_SCRATCH = tempfile.TemporaryDirectory(
    prefix="px-properties-"
)  # one folder for every example, removed at exit
_count = [0]


def _write(data: bytes) -> Path:
    _count[0] += 1
    p = Path(_SCRATCH.name) / f"f{_count[0]}.jsonl"
    p.write_bytes(data)
    return p


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=300))
def test_jsonl_reader_on_arbitrary_bytes(data: bytes) -> None:
    path = _write(data)
    rows, problems, kind = scan(path)
    for pr in problems:
        assert pr.line >= 1 and "\n" not in str(pr)
    try:
        loaded = load_jsonl(path)
    except UserError as e:
        assert problems and "\n" not in str(e)
        return
    assert not problems and loaded == rows and all(check_row(r, kind) == [] for r in loaded)


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(_row | _json, min_size=0, max_size=5))
def test_jsonl_reader_on_arbitrary_json_lines(rows: list[Any]) -> None:
    path = _write("".join(json.dumps(r) + "\n" for r in rows).encode())
    try:
        loaded = load_jsonl(path)
    except UserError as e:
        assert "\n" not in str(e)
        return
    # What loads is exactly the input objects (plus a default id/meta) and passes the schema.
    assert len(loaded) == len(rows)
    for got, given_row in zip(loaded, rows, strict=True):
        assert isinstance(given_row, dict)
        assert {k: v for k, v in got.items() if k not in ("id", "meta")} == {
            k: v for k, v in given_row.items() if k not in ("id", "meta")
        }
    # A loaded file written back loads back identically.
    again = _write(b"")
    write_jsonl(again, loaded)
    assert load_jsonl(again) == loaded


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=80))
def test_yaml_config_reader_on_arbitrary_text(text: str) -> None:
    path = _write(text.encode())
    try:
        cfg = read_yaml_mapping(path, "test config")
    except UserError as e:
        assert "\n" not in str(e)
        return
    assert isinstance(cfg, dict)


def test_yaml_reader_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not found"):
        read_yaml_mapping(tmp_path / "nope.yaml", "test config")


_config_value = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=10)
    | st.lists(st.text(max_size=6), max_size=3)
)
_config = st.fixed_dictionaries(
    {"data": st.just("train.jsonl"), "out": st.just("runs/x")},
    optional={
        k: _config_value
        for k in (
            "rank",
            "lr",
            "steps",
            "epochs",
            "batch_size",
            "limit",
            "seed",
            "method",
            "schedule",
            "bf16",
            "typo",
        )
    },
)


@settings(max_examples=300, deadline=None)
@given(cfg=_config | st.dictionaries(st.text(max_size=6), _config_value, max_size=4) | _json)
def test_finetune_config_loader_on_arbitrary_yaml(cfg: Any) -> None:
    """Any YAML document is either a valid config or one UserError line; numbers in range when accepted."""
    import math

    import yaml

    from persona_xray.finetune import load_config

    path = _write(yaml.safe_dump(cfg).encode())
    try:
        loaded = load_config(path)
    except UserError as e:
        assert "\n" not in str(e)
        return
    assert loaded.rank >= 1 and loaded.lr > 0 and math.isfinite(loaded.lr)
    assert loaded.limit is None or loaded.limit >= 1
