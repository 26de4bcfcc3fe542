"""The validator reports each kind of bad input with the right line; loading fails on the first one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from persona_xray.data.io import load_jsonl, scan, validate_file, write_jsonl
from persona_xray.errors import UserError


def _sft(i: int, **extra: object) -> dict[str, object]:
    return {
        "id": f"r{i}",
        "messages": [
            {"role": "user", "content": f"question {i}"},
            {"role": "assistant", "content": f"answer {i}"},
        ],
        "meta": {},
        **extra,
    }


def _write(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def _line(obj: object) -> bytes:
    return json.dumps(obj).encode()


@pytest.mark.parametrize(
    ("bad_line", "needle"),
    [
        (b'{"id": "x", "messages": [', "malformed JSON"),
        (
            _line(
                {
                    "id": "x",
                    "messages": [{"role": "bot", "content": "hi"}, {"role": "assistant", "content": "a"}],
                }
            ),
            "wrong role 'bot'",
        ),
        (
            _line(
                {
                    "id": "x",
                    "messages": [{"role": "user", "content": "  "}, {"role": "assistant", "content": "a"}],
                }
            ),
            "messages[0].content is empty",
        ),
        (b'{"id": "x", "messages": [{"role": "user", "content": "caf\xe9"}]}', "not valid UTF-8"),
        (
            _line({"id": "x", "messages": [{"role": "user", "content": "only a question"}]}),
            "missing assistant turn",
        ),
        (_line(_sft(1)), "duplicate id 'r1' (first on line 1)"),
    ],
)
def test_each_bad_input_is_reported_with_its_line(tmp_path: Path, bad_line: bytes, needle: str) -> None:
    path = _write(tmp_path / "d.jsonl", [_line(_sft(1)), _line(_sft(2)), bad_line, _line(_sft(4))])
    problems = validate_file(path, "sft")
    assert len(problems) == 1, problems
    assert problems[0].line == 3
    assert needle in problems[0].message
    with pytest.raises(UserError) as e:
        load_jsonl(path, "sft")
    assert str(e.value).startswith(f"{path}:3: ")
    assert needle in str(e.value)


def test_all_problems_are_listed_and_good_files_load(tmp_path: Path) -> None:
    path = _write(tmp_path / "d.jsonl", [b"not json", _line(_sft(2)), b"[1, 2]", _line(_sft(2))])
    assert [p.line for p in validate_file(path, "sft")] == [1, 3, 4]
    good = tmp_path / "good.jsonl"
    write_jsonl(good, [_sft(1), _sft(2)])
    assert [r["id"] for r in load_jsonl(good, "sft")] == ["r1", "r2"]


def test_bom_and_crlf_are_tolerated(tmp_path: Path) -> None:
    path = _write(tmp_path / "win.jsonl", [b"\xef\xbb\xbf" + _line(_sft(1)) + b"\r", _line(_sft(2)) + b"\r"])
    assert [r["id"] for r in load_jsonl(path, "sft")] == ["r1", "r2"]


def test_kind_detection_and_other_kinds(tmp_path: Path) -> None:
    rows = [
        {"id": "c1", "question": "q", "answer": "a", "label": "aligned"},
        {"id": "c2", "question": "q", "answer": "a", "label": "evil"},
    ]
    path = tmp_path / "cal.jsonl"
    write_jsonl(path, rows)
    _, problems, kind = scan(path)
    assert kind == "calibration"
    assert [(p.line, "label 'evil'" in p.message) for p in problems] == [(2, True)]
    paired = tmp_path / "paired.jsonl"
    prompt = [{"role": "user", "content": "p"}]
    write_jsonl(paired, [{"id": "p1", "messages": prompt, "aligned": "same", "misaligned": "same"}])
    assert "identical" in validate_file(paired)[0].message
    prompts = tmp_path / "prompts.jsonl"
    write_jsonl(prompts, [{"messages": prompt, "meta": {"category": "x"}}])
    rows_loaded, problems, kind = scan(prompts)
    assert kind == "prompts" and not problems and rows_loaded[0]["id"] == "prompts-000001"


def test_write_jsonl_is_atomic_on_failure(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    write_jsonl(path, [_sft(1)])
    before = path.read_bytes()
    with pytest.raises(TypeError):
        write_jsonl(path, [_sft(2), {"id": "bad", "x": object()}])
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["d.jsonl"]
