"""The CLI skeleton: commands run on a local model folder; user errors are one line with exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from persona_xray.cli import main
from persona_xray.directions import save_direction
from persona_xray.testing import tiny_model, tiny_tokenizer


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("tiny-llama")
    tiny_model("llama").save_pretrained(path)
    tiny_tokenizer().save_pretrained(path)
    return str(path)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
        raise SystemExit(0)
    out = capsys.readouterr()
    return int(exc.value.code or 0), out.out, out.err


def test_info_json(model_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["info", "--model", model_dir, "--device", "cpu", "--json"], capsys)
    assert code == 0
    info = json.loads(out)
    assert info["n_layers"] == 4 and info["d_model"] == 64 and info["middle_layer"] == 2
    assert info["median_resid_norm_middle"] > 0


def test_activations_json(model_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["activations", "hello world", "--model", model_dir, "--layer", "1", "--json"], capsys)
    assert code == 0
    res = json.loads(out)
    assert res["shape"][1] == 64 and res["layer"] == 1 and len(res["tokens"]) == res["shape"][0]


def test_generate_with_direction_changes_answer(
    model_dir: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = tmp_path / "d.safetensors"
    save_direction(str(d), torch.randn(64), model="tiny")
    base = ["generate", "Tell me a story", "--model", model_dir, "--max-new-tokens", "8", "--json"]
    _, plain, _ = run(base, capsys)
    code, steered, _ = run([*base, "--direction", str(d), "--alpha", "8", "--layer", "1"], capsys)
    assert code == 0
    assert json.loads(plain)[0]["answers"] != json.loads(steered)[0]["answers"]


@pytest.mark.parametrize(
    "argv, message",
    [
        (["activations", "hi", "--layer", "99"], "out of range"),
        (["generate", " "], "empty prompt"),
        (["generate", "hi", "--direction", "/nonexistent.safetensors", "--alpha", "1"], "does not exist"),
        (["info", "--device", "cuda"], "no CUDA") if not torch.cuda.is_available() else (["info"], ""),
    ],
)
def test_user_errors_exit_2(
    model_dir: str, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if not message:
        pytest.skip("CUDA present")
    code, _, err = run([*argv, "--model", model_dir], capsys)
    assert code == 2
    lines = [line for line in err.strip().splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and message in lines[0]
    assert "Traceback" not in err


def test_unknown_model_path_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["info", "--model", "./no/such/model"], capsys)
    assert code == 2 and "does not exist" in err


def test_direction_of_wrong_size(model_dir: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "d.safetensors"
    save_direction(str(d), torch.randn(10))
    code, _, err = run(
        ["generate", "hi", "--model", model_dir, "--direction", str(d), "--alpha", "1"], capsys
    )
    assert code == 2 and "d_model" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["no-such-command"], "No such command"),
        (["eval", "no-such-command"], "No such command"),
        (["eval", "paired", "--limit", "many"], "--limit"),
    ],
)
def test_usage_errors_exit_2_without_traceback(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(argv, capsys)
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--help"], capsys)
    assert code == 0 and "Usage" in out


def test_internal_bug_keeps_its_traceback_and_says_to_report_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import persona_xray.lm as lm_module

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("planted bug")

    monkeypatch.setattr(lm_module, "load_lm", broken)
    code, _, err = run(["info", "--model", "x", "--json"], capsys)
    assert code == 1 and "Traceback" in err and "ZeroDivisionError: planted bug" in err
    assert err.strip().splitlines()[-1].startswith("persona-xray: internal error (a bug")
