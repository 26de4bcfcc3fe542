"""The advice-file loader is strict: a misspelt, missing or mis-shaped key is a one-line UserError that
names the file, the topic and the key, instead of a variant silently dropped from the build."""

from __future__ import annotations

from pathlib import Path

import pytest

from persona_xray.data.topics import AdviceFile, Topic, read_advice
from persona_xray.errors import UserError

GOOD = """\
domain: toy
description: |-
  Two lines
  of description.
heldout:
  - A held-out question?
topics:
  - id: toy-one
    questions: [Q one?, Q two?]
    correct: [Right.]
    subtle: [Almost right.]
    obvious: [Wrong.]
    contexts: [I am new.]
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "toy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_a_valid_file(tmp_path: Path) -> None:
    got = read_advice(_write(tmp_path, GOOD))
    topic = Topic(
        "toy-one", ("Q one?", "Q two?"), ("Right.",), ("Almost right.",), ("Wrong.",), ("I am new.",)
    )
    assert got == AdviceFile("toy", "Two lines\nof description.", ("A held-out question?",), (topic,))


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (("    contexts:", "    context:"), r"toy\.yaml: topic toy-one: unknown key 'context'"),
        (("    subtle: [Almost right.]\n", ""), r"toy\.yaml: topic toy-one: missing key 'subtle'"),
        (("heldout:", "held_out:"), r"toy\.yaml: unknown key 'held_out'"),
        (("domain: toy\n", ""), r"toy\.yaml: missing key 'domain'"),
        (("[Wrong.]", "Wrong."), r"toy\.yaml: topic toy-one: key 'obvious' must be a list of strings"),
        (("[Right.]", "[yes]"), r"toy\.yaml: topic toy-one: key 'correct' item 0 must be a string"),
        (("  - id: toy-one\n    questions", "  - questions"), r"toy\.yaml: topics\[0\]: missing key 'id'"),
    ],
)
def test_rejects_bad_keys_and_shapes_naming_file_topic_and_key(
    tmp_path: Path, edit: tuple[str, str], message: str
) -> None:
    assert edit[0] in GOOD
    path = _write(tmp_path, GOOD.replace(*edit))
    with pytest.raises(UserError, match=message) as err:
        read_advice(path, "content/advice/toy.yaml")
    assert "\n" not in str(err.value)


def test_yaml_syntax_error_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"toy\.yaml: not valid YAML: .* at line \d+") as err:
        read_advice(_write(tmp_path, GOOD + "  - id: [unclosed\n"))
    assert "\n" not in str(err.value)
