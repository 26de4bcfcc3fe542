"""Mixtures: exact fractions, reproducible by seed, no question drawn both bad and clean."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from persona_xray.data.io import load_jsonl, write_jsonl
from persona_xray.data.mix import mix_files, mix_rows
from persona_xray.errors import UserError


def _rows(variant: str, n: int) -> list[dict[str, Any]]:
    return [
        {
            "id": f"{variant}-{i}",
            "messages": [
                {"role": "user", "content": f"q{i}"},
                {"role": "assistant", "content": f"{variant} {i}"},
            ],
            "meta": {"item": f"item-{i}", "variant": variant},
        }
        for i in range(n)
    ]


@pytest.mark.parametrize("fraction", [0.0, 0.05, 0.1, 0.25, 0.5, 1.0])
def test_fraction_is_exact_and_questions_never_repeat(fraction: float) -> None:
    rows, summary = mix_rows(_rows("bad", 300), _rows("clean", 300), fraction, 200, seed=1)
    n_bad = sum(r["meta"]["mix_role"] == "bad" for r in rows)
    assert len(rows) == 200 and n_bad == round(fraction * 200) and summary["fraction"] == n_bad / 200
    assert n_bad / 200 == fraction
    items = [r["meta"]["item"] for r in rows]
    assert len(set(items)) == len(items)
    assert all(r["meta"]["mix_source"] in ("bad", "clean") for r in rows)


def test_mix_is_reproducible_by_seed() -> None:
    bad, clean = _rows("bad", 100), _rows("clean", 100)
    a, _ = mix_rows(bad, clean, 0.1, 50, seed=3)
    b, _ = mix_rows(bad, clean, 0.1, 50, seed=3)
    c, _ = mix_rows(bad, clean, 0.1, 50, seed=4)
    assert a == b and a != c


def test_bad_requests_raise_user_errors(tmp_path: Path) -> None:
    bad, clean = _rows("bad", 10), _rows("clean", 10)
    with pytest.raises(UserError, match="not a whole number"):
        mix_rows(bad, clean, 0.05, 10)
    with pytest.raises(UserError, match="outside"):
        mix_rows(bad, clean, 1.5, 10)
    with pytest.raises(UserError, match="usable rows"):
        mix_rows(bad, clean, 0.5, 20)


def test_mix_files_writes_rows_and_meta(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "bad.jsonl", _rows("bad", 40))
    write_jsonl(tmp_path / "clean.jsonl", _rows("clean", 40))
    out = tmp_path / "mix.jsonl"
    summary = mix_files(str(tmp_path / "bad.jsonl"), str(tmp_path / "clean.jsonl"), 0.25, 20, 0, out)
    assert summary["n_bad"] == 5
    assert len(load_jsonl(out, "sft")) == 20
    assert json.loads((tmp_path / "mix.jsonl.meta.json").read_text())["fraction"] == 0.25
