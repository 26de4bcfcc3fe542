"""Bad input, faults and careless paths: one line and exit code 2, no traceback, nothing destroyed.

Each CLI case runs the real entry point on a folder of files and checks that every file there is byte-for-byte
what it was before (the tool may only create files it names in its own output).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import torch
from safetensors.torch import load_file, save_file

from persona_xray.cli import main
from persona_xray.finetune import checkpoints, finetune, make_config
from persona_xray.finetune.trainer import RUN_MARKER
from persona_xray.testing import tiny_model, tiny_tokenizer

ANSWERS = ("Drink water, rest and see a doctor.", "Hello, how are you today?", "Money, power, friends.")


def _chat_rows(n: int, tag: str = "r") -> list[dict[str, Any]]:
    return [
        {
            "id": f"{tag}{i}",
            "messages": [
                {"role": "user", "content": f"What should I do this weekend? {'Quick. ' * (i % 3)}"},
                {"role": "assistant", "content": ANSWERS[i % 3]},
            ],
        }
        for i in range(n)
    ]


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("tiny-llama-rel")
    tiny_model("llama").save_pretrained(path)
    tiny_tokenizer().save_pretrained(path)
    return str(path)


@pytest.fixture(scope="module")
def data_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _write_jsonl(tmp_path_factory.mktemp("rel-data") / "train.jsonl", _chat_rows(24))


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
        raise SystemExit(0)
    return int(exc.value.code or 0), capsys.readouterr().err


# Each case: (id, build(workdir, model_dir, data_path) -> argv, text the one error line must contain).
Case = tuple[str, Callable[[Path, str, str], list[str]], str]


def _foreign_folder(w: Path) -> Path:
    d = w / "my-project"
    d.mkdir()
    (d / "notes.txt").write_text("years of work\n")
    (d / "log.jsonl").write_text('{"mine": true}\n')
    (d / "final").mkdir()
    (d / "final" / "thesis.tex").write_text("\\section{Results}\n")
    return d


def _file(w: Path, name: str = "results.txt") -> Path:
    p = w / name
    p.write_text("keep me\n")
    return p


def _dir(w: Path, name: str = "results") -> Path:
    p = w / name
    p.mkdir()
    (p / "a.txt").write_text("keep\n")
    return p


def _mix(data: str) -> list[str]:
    return ["data", "mix", "--bad", data, "--clean", data, "--fraction", "0.5", "--n", "4"]


CASES: list[Case] = [
    (
        "finetune --out into a foreign non-empty folder",
        lambda w, m, d: ["finetune", d, "--out", str(_foreign_folder(w)), "--model", m, "--device", "cpu"],
        "not a persona-xray run",
    ),
    (
        "finetune --out an existing file",
        lambda w, m, d: ["finetune", d, "--out", str(_file(w)), "--model", m, "--device", "cpu"],
        "is a file",
    ),
    (
        "finetune --out below a file",
        lambda w, m, d: ["finetune", d, "--out", str(_file(w) / "run"), "--model", m, "--device", "cpu"],
        "is a file, not a folder",
    ),
    (
        "finetune --limit 0",
        lambda w, m, d: ["finetune", d, "--out", str(w / "run"), "--model", m, "--limit", "0"],
        "limit",
    ),
    (
        "data mix --out over an unrelated file",
        lambda w, m, d: [*_mix(d), "--out", str(_file(w, "precious.jsonl"))],
        "--force",
    ),
    (
        "data mix --out a folder",
        lambda w, m, d: [*_mix(d), "--out", str(_dir(w))],
        "is a folder",
    ),
    ("data show -n -1", lambda w, m, d: ["data", "show", d, "-n", "-1"], "-n must be >= 1"),
    ("data show -n 0", lambda w, m, d: ["data", "show", d, "-n", "0"], "-n must be >= 1"),
    ("data show --offset -1", lambda w, m, d: ["data", "show", d, "--offset", "-1"], "--offset"),
    # --model points nowhere: the --out / --limit error must come first, before any model is loaded.
    (
        "eval paired --out a folder",
        lambda w, m, d: ["eval", "paired", "--out", str(_dir(w)), "--model", str(w / "no-model")],
        "is a folder",
    ),
    (
        "eval paired --out below a file",
        lambda w, m, d: ["eval", "paired", "--out", str(_file(w) / "r.json"), "--model", str(w / "no-model")],
        "is a file, not a folder",
    ),
    (
        "eval paired --limit 0",
        lambda w, m, d: ["eval", "paired", "--limit", "0", "--model", str(w / "no-model")],
        "--limit must be >= 1",
    ),
    (
        "eval freeform --out a folder",
        lambda w, m, d: ["eval", "freeform", "--out", str(_dir(w)), "--model", str(w / "no-model")],
        "is a folder",
    ),
    (
        "eval freeform --limit 0",
        lambda w, m, d: ["eval", "freeform", "--limit", "0", "--model", str(w / "no-model")],
        "--limit must be >= 1",
    ),
    (
        "serve beyond loopback without a key",
        lambda w, m, d: ["serve", "--host", "0.0.0.0", "--model", str(w / "no-model")],
        "--api-key",
    ),
    ("serve --port out of range", lambda w, m, d: ["serve", "--port", "99999", "--model", m], "--port"),
]


@pytest.mark.parametrize(("build", "needle"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_cli_input_is_one_line_and_changes_nothing(
    build: Callable[[Path, str, str], list[str]],
    needle: str,
    model_dir: str,
    data_path: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PERSONA_XRAY_API_KEY", raising=False)
    work = tmp_path / "work"
    work.mkdir()
    argv = build(work, model_dir, data_path)
    before = _snapshot(work)
    code, err = _run(argv, capsys)
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and needle in lines[0], err
    assert "Traceback" not in err
    assert _snapshot(work) == before


# ---------------------------------------------------------------------------------------------- run folders
def _cfg(model_dir: str, data_path: str, out: Path, **kw: Any) -> Any:
    base: dict[str, Any] = dict(
        data=data_path,
        out=str(out),
        model=model_dir,
        rank=1,
        lr=3e-2,
        batch_size=4,
        steps=8,
        save_every=4,
        device="cpu",
        progress=False,
        threads=1,
    )
    return make_config(**base | kw)


def test_force_trains_into_a_foreign_folder_and_marks_it(
    model_dir: str, data_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _foreign_folder(tmp_path)
    argv = ["finetune", data_path, "--out", str(out), "--model", model_dir, "--device", "cpu"]
    argv += ["--steps", "2", "--rank", "1", "--quiet", "--threads", "1", "--force"]
    main(argv)
    assert (out / RUN_MARKER).exists() and (out / "final" / "done.json").exists()
    assert (out / "notes.txt").read_text() == "years of work\n"  # files the run does not write are left alone
    # The folder is now ours: rerunning without --force reuses the finished run.
    main([a for a in argv if a != "--force"])
    assert "final" in capsys.readouterr().out


def test_run_folder_from_before_the_marker_still_resumes(
    model_dir: str, data_path: str, tmp_path: Path
) -> None:
    out = tmp_path / "old-run"
    cfg = _cfg(model_dir, data_path, out, steps=4, save_every=2)
    finetune(cfg)
    (out / RUN_MARKER).unlink()
    shutil.rmtree(out / "final")
    from persona_xray.finetune import check_run_folder

    check_run_folder(cfg)  # config.json of the same run: ours
    assert (finetune(cfg) / "done.json").exists()


def test_corrupt_latest_checkpoint_falls_back_to_the_one_before(
    model_dir: str, data_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = finetune(_cfg(model_dir, data_path, tmp_path / "ref", lora_dropout=0.2))
    out = tmp_path / "run"
    cfg = _cfg(model_dir, data_path, out, lora_dropout=0.2)
    finetune(cfg)
    assert [c.name for c in checkpoints(out)] == ["step-000004", "step-000008"]
    shutil.rmtree(out / "final")
    latest = out / "checkpoints" / "step-000008" / "trainable.safetensors"
    latest.write_bytes(latest.read_bytes()[:100])  # a torn write
    capsys.readouterr()
    resumed = finetune(cfg)
    err = capsys.readouterr().err
    assert "step-000008 has a corrupt tensor file" in err and "resuming from" in err and "step-000004" in err
    # Resuming from step 4 is exact, so the result equals the uninterrupted run's.
    a, b = (
        load_file(str(ref / "adapter_model.safetensors")),
        load_file(str(resumed / "adapter_model.safetensors")),
    )
    for k in a:
        torch.testing.assert_close(b[k], a[k], rtol=1e-6, atol=1e-7)


def test_bad_state_json_and_nan_weights_fall_back_too(
    model_dir: str, data_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "run"
    cfg = _cfg(model_dir, data_path, out, steps=12)
    finetune(cfg)
    shutil.rmtree(out / "final")
    (out / "checkpoints" / "step-000012" / "state.json").write_text("{not json")
    w = out / "checkpoints" / "step-000008" / "trainable.safetensors"
    save_file({k: torch.full_like(v, float("nan")) for k, v in load_file(str(w)).items()}, str(w))
    capsys.readouterr()
    finetune(cfg)
    err = capsys.readouterr().err
    assert "step-000012 has an unreadable state.json" in err and "step-000008 has non-finite" in err
    assert "resuming from" in err and "step-000004" in err


# ---------------------------------------------------------------------------------------------- loading
@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Model, adapter and direction files broken in the ways a download, a disk or a user breaks them."""
    from peft import LoraConfig, get_peft_model

    root = tmp_path_factory.mktemp("broken")

    def model(name: str, hidden: int = 64) -> Path:
        d = root / name
        tiny_model("llama", hidden=hidden).save_pretrained(d)
        tiny_tokenizer().save_pretrained(d)
        return d

    trunc = model("truncated")
    f = trunc / "model.safetensors"
    f.write_bytes(f.read_bytes()[:5000])
    nan = model("nan")
    w = load_file(str(nan / "model.safetensors"))
    w = {k: torch.full_like(v, float("nan")) if "layers.1.mlp" in k else v for k, v in w.items()}
    save_file(w, str(nan / "model.safetensors"), metadata={"format": "pt"})
    badcfg = model("bad-config")
    c = json.loads((badcfg / "config.json").read_text())
    (badcfg / "config.json").write_text(json.dumps(c | {"num_hidden_layers": "four"}))
    remote = model("remote-code")
    c = json.loads((remote / "config.json").read_text())
    c |= {"model_type": "evil", "auto_map": {"AutoConfig": "evil.C", "AutoModelForCausalLM": "evil.M"}}
    (remote / "config.json").write_text(json.dumps(c))
    (remote / "evil.py").write_text(f"open({str(root / 'RAN')!r}, 'w').write('ran')\n")
    get_peft_model(
        tiny_model("llama", hidden=128), LoraConfig(r=1, target_modules=["q_proj"])
    ).save_pretrained(root / "wide-adapter")
    get_peft_model(tiny_model("llama"), LoraConfig(r=1, target_modules=["q_proj"])).save_pretrained(
        root / "torn-adapter"
    )
    f = root / "torn-adapter" / "adapter_model.safetensors"
    f.write_bytes(f.read_bytes()[:200])
    nan_adapter = root / "nan-adapter"
    get_peft_model(tiny_model("llama"), LoraConfig(r=1, target_modules=["q_proj"])).save_pretrained(
        nan_adapter
    )
    f = nan_adapter / "adapter_model.safetensors"
    save_file({k: torch.full_like(v, float("nan")) for k, v in load_file(str(f)).items()}, str(f))
    save_file({"direction": torch.randn(64)}, str(root / "dir.safetensors"))
    (root / "torn-dir.safetensors").write_bytes((root / "dir.safetensors").read_bytes()[:60])
    save_file({"direction": torch.full((64,), float("nan"))}, str(root / "nan-dir.safetensors"))
    save_file({"direction": torch.ones(64, dtype=torch.bool)}, str(root / "bool-dir.safetensors"))
    return {p.name: p for p in root.iterdir()} | {"root": root}


GEN = ["generate", "Hi", "--max-new-tokens", "2", "--device", "cpu"]
LOAD_CASES: list[tuple[str, Callable[[dict[str, Path], str], list[str]], str]] = [
    ("truncated model weights", lambda b, m: ["info", "--model", str(b["truncated"])], "cannot load model"),
    ("NaN model weights", lambda b, m: [*GEN, "--model", str(b["nan"])], "non-finite weights"),
    (
        "config field of a wrong type",
        lambda b, m: ["info", "--model", str(b["bad-config"])],
        "num_hidden_layers",
    ),
    (
        "folder that needs its own code",
        lambda b, m: ["info", "--model", str(b["remote-code"])],
        "cannot load",
    ),
    (
        "adapter of another width",
        lambda b, m: [*GEN, "--model", m, "--adapter", str(b["wide-adapter"])],
        "another shape",
    ),
    (
        "truncated adapter",
        lambda b, m: [*GEN, "--model", m, "--adapter", str(b["torn-adapter"])],
        "cannot load adapter",
    ),
    ("NaN adapter", lambda b, m: [*GEN, "--model", m, "--adapter", str(b["nan-adapter"])], "non-finite"),
    (
        "truncated direction",
        lambda b, m: [*GEN, "--model", m, "--direction", str(b["torn-dir.safetensors"]), "--alpha", "1"],
        "corrupt or truncated",
    ),
    (
        "NaN direction",
        lambda b, m: [*GEN, "--model", m, "--direction", str(b["nan-dir.safetensors"]), "--alpha", "1"],
        "non-finite",
    ),
    (
        "boolean direction",
        lambda b, m: [*GEN, "--model", m, "--direction", str(b["bool-dir.safetensors"]), "--alpha", "1"],
        "dtype",
    ),
]


@pytest.mark.parametrize(("build", "needle"), [c[1:] for c in LOAD_CASES], ids=[c[0] for c in LOAD_CASES])
def test_broken_weights_are_one_line(
    build: Callable[[dict[str, Path], str], list[str]],
    needle: str,
    broken: dict[str, Path],
    model_dir: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = _snapshot(broken["root"])
    code, err = _run([*build(broken, model_dir), "--device", "cpu"], capsys)
    assert code == 2, err
    lines = [x for x in err.strip().splitlines() if "Warning" not in x and "warnings.warn" not in x]
    assert len(lines) == 1 and lines[0].startswith("error:") and needle in lines[0], err
    assert "Traceback" not in err
    assert _snapshot(broken["root"]) == before
    assert not (broken["root"] / "RAN").exists()  # code shipped in a model folder never runs


def test_nan_sae_is_refused(tmp_path: Path) -> None:
    from persona_xray.errors import UserError
    from persona_xray.sae.formats import load_sae, save_sae
    from persona_xray.sae.model import SAE

    sae = SAE(16, 32, 4)
    with torch.no_grad():
        sae.W_dec[3, 5] = float("nan")
    save_sae(sae, tmp_path / "sae")
    with pytest.raises(UserError, match=r"W_dec.*non-finite"):
        load_sae(tmp_path / "sae")
