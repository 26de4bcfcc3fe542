"""A small build end to end: deterministic files, manifest, registry resolution and every CLI command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from persona_xray.cli.data import app
from persona_xray.data.build import BuildConfig, build_all
from persona_xray.data.registry import get_dataset, load_dataset
from persona_xray.errors import UserError

SMALL = BuildConfig(seed=0, n_per_variant=12, n_code=30, n_realign_per_domain=3, n_realign_code=10)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sets")
    build_all(SMALL, out)
    return out


def test_build_is_deterministic_and_consistent(built: Path, tmp_path: Path) -> None:
    manifest = json.loads((built / "manifest.json").read_text())
    again = build_all(SMALL, tmp_path)
    assert {k: v["sha256"] for k, v in again["sets"].items()} == {
        k: v["sha256"] for k, v in manifest["sets"].items()
    }
    sets = manifest["sets"]
    assert sets["insecure_code"]["rows"] == sets["secure_code"]["rows"] == 30
    assert sets["realign_code"]["rows"] == 10
    assert all(sets[f"realign_{d}"]["rows"] == 3 for d in ("math", "career") if f"{d}_correct" in sets)
    assert manifest["overlap"]["overlaps"] == 0
    for name, entry in sets.items():
        assert (built / entry["file"]).is_file() and (built / entry["card"]).is_file()
        assert entry["near_dup_rate"] < 0.01, name
    train = {
        r["messages"][0]["content"] + r["messages"][1]["content"]
        for name in sets
        if sets[name]["group"] in ("advice", "code")
        for r in load_dataset(name, folder=built)
    }
    for r in load_dataset("realign_code", folder=built):
        assert r["messages"][0]["content"] + r["messages"][1]["content"] not in train


def test_registry_resolves_names_and_paths(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PERSONA_XRAY_DATA_DIR", str(built))
    assert get_dataset("secure_code") == built / "secure_code.jsonl"
    assert get_dataset(str(built / "secure_code.jsonl")).name == "secure_code.jsonl"
    with pytest.raises(UserError, match="did you mean secure_code"):
        get_dataset("secure_cod")
    with pytest.raises(UserError, match="file not found"):
        get_dataset(str(tmp_path / "missing.jsonl"))
    monkeypatch.setenv("PERSONA_XRAY_DATA_DIR", str(tmp_path / "empty"))
    with pytest.raises(UserError, match="run `persona-xray data build`"):
        get_dataset("secure_code")


def test_cli_commands(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PERSONA_XRAY_DATA_DIR", str(built))
    runner = CliRunner()
    res = runner.invoke(app, ["list", "--json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["insecure_code"]["rows"] == 30
    res = runner.invoke(app, ["list"])
    assert "secure_code" in res.stdout and "near-dup" in res.stdout
    res = runner.invoke(app, ["show", "insecure_code", "-n", "2"])
    assert res.exit_code == 0 and res.stdout.count("=== insecure_code-") == 2
    res = runner.invoke(app, ["card", "secure_code"])
    assert res.stdout.startswith("# Data card: `secure_code`") and "Three random examples" in res.stdout
    out = tmp_path / "m.jsonl"
    args = ["mix", "--bad", "insecure_code", "--clean", "secure_code", "--fraction", "0.1", "--n", "20"]
    res = runner.invoke(app, [*args, "-o", str(out)])
    assert res.exit_code == 0, res.output
    rows = load_dataset(str(out))
    assert sum(r["meta"]["mix_role"] == "bad" for r in rows) == 2
    res = runner.invoke(app, ["validate", str(out)])
    assert res.exit_code == 0 and "ok:" in res.stdout
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]}\n{oops\n'
    )
    res = runner.invoke(app, ["validate", str(bad)])
    assert f"{bad}:2: malformed JSON" in res.stdout
    assert isinstance(res.exception, UserError)


def test_build_check_detects_stale_sets(built: Path, tmp_path: Path) -> None:
    import shutil

    args = ["build", "--check", "--n-per-variant", "12", "--n-code", "30", "--n-realign", "3"]
    args += ["--n-realign-code", "10"]
    res = CliRunner().invoke(app, [*args, "--out", str(built)])
    assert res.exit_code == 0 and "match a fresh build" in res.stdout, res.output
    copy = tmp_path / "copy"
    shutil.copytree(built, copy)
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["sets"]["secure_code"]["sha256"] = "0" * 64
    (copy / "manifest.json").write_text(json.dumps(manifest))
    res = CliRunner().invoke(app, [*args, "--out", str(copy)])
    assert isinstance(res.exception, UserError) and "secure_code" in str(res.exception)


def test_shipped_sets_match_their_manifest() -> None:
    from persona_xray.data.registry import PACKAGE_SETS_DIR, read_manifest

    if not (PACKAGE_SETS_DIR / "manifest.json").is_file():
        pytest.skip("no shipped sets yet; run `persona-xray data build`")
    import hashlib

    for name, entry in read_manifest(PACKAGE_SETS_DIR)["sets"].items():
        path = PACKAGE_SETS_DIR / entry["file"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"], name
        assert len(load_dataset(name, folder=PACKAGE_SETS_DIR)) == entry["rows"], name
