"""The pipeline: strict config, a resumable stage runner (on cheap fake stages) and a real mini run.

The runner tests count stage-function calls, so "reused" means the function really did not run; the kill
test raises half way through a stage and checks the rerun ends with the numbers of an uninterrupted run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import torch
import yaml

from persona_xray.cli.pipeline import render_summary, run_cmd
from persona_xray.data.registry import matching_clean
from persona_xray.errors import UserError
from persona_xray.pipeline import PROFILES, load_config, make_config
from persona_xray.pipeline.config import PipelineConfig
from persona_xray.pipeline.runner import LOCK_FILE, RunContext, Stage, StageStatus, run_stages
from persona_xray.pipeline.stages import run_pipeline
from persona_xray.pipeline.stages.common import build_config, import_optional

MINIMAL: dict[str, Any] = {"finetune": {"runs": {"bad": "health_obvious"}}}


def _cfg(tmp_path: Path, **sections: Any) -> PipelineConfig:
    data: dict[str, Any] = {"name": "t", "runs_dir": str(tmp_path / "runs"), "progress": False, **MINIMAL}
    for k, v in sections.items():
        data[k] = {**data.get(k, {}), **v} if isinstance(v, dict) else v
    return make_config(data)


# ----------------------------------------------------------------------------- config
def test_unknown_key_and_wrong_type_name_the_key(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"config error at 'finetune\.stepz': unknown key"):
        make_config({"finetune": {"runs": {"a": "health_obvious"}, "stepz": 3}})
    with pytest.raises(UserError, match=r"config error at 'finetune\.steps'"):
        make_config({"finetune": {"runs": {"a": "health_obvious"}, "steps": "many"}})
    with pytest.raises(UserError, match=r"config error at 'eval\.freeform\.nope'"):
        make_config({**MINIMAL, "eval": {"freeform": {"nope": 1}}})
    with pytest.raises(UserError, match=r"config error at 'finetune': required key is missing"):
        make_config({})
    with pytest.raises(UserError, match="reserved for the base model"):
        make_config({"finetune": {"runs": {"base": "health_obvious"}}})
    bad = tmp_path / "c.yaml"
    bad.write_text("finetune:\n  runs: {a: health_obvious}\nsae:\n  d_sae: lots\n")
    with pytest.raises(UserError, match=r"'sae\.d_sae'"):
        load_config(bad)


def test_profiles_resolve_and_print_config_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    for name in PROFILES:
        cfg = load_config(name)
        assert cfg.name == name and cfg.finetune.primary == "health_obvious"
    demo = load_config("demo")
    assert demo.finetune.rank == 8 and demo.finetune.max_len == 128 and demo.eval.paired_limit == 60
    with pytest.raises(UserError, match="no config file or profile named 'nosuch'"):
        load_config("nosuch")
    run_cmd(
        "demo",
        name="copy",
        print_config=True,
        from_stage=None,
        only=None,
        force=False,
        runs_dir=None,
        device=None,
    )
    printed = capsys.readouterr().out
    again = make_config(yaml.safe_load(printed))
    assert again.name == "copy"
    assert again.identity() == demo.identity()  # the name is a runtime field: same experiment
    assert again.model_dump() == demo.model_copy(update={"name": "copy"}).model_dump()


def test_config_hash_ignores_runtime_fields(tmp_path: Path) -> None:
    a = _cfg(tmp_path)
    b = _cfg(tmp_path, device="cpu", threads=1, runs_dir=str(tmp_path / "elsewhere"))
    c = _cfg(tmp_path, finetune={"steps": 7})
    assert a.config_hash() == b.config_hash() != c.config_hash()
    assert (
        matching_clean("health_obvious") == "health_correct"
        and matching_clean("insecure_code") == "secure_code"
    )


# ----------------------------------------------------------------------------- the runner on fake stages
class Fake:
    """Three chained stages and one independent one; results are pure functions of the config."""

    def __init__(self, fail_in: str | None = None) -> None:
        self.calls: dict[str, int] = {"a": 0, "b": 0, "c": 0, "d": 0}
        self.fail_in = fail_in

    def stages(self) -> list[Stage]:
        return [
            Stage("a", self.a, sections=("finetune.steps",)),
            Stage("b", self.b, sections=("eval.paired_limit",), upstream=("a",)),
            Stage("c", self.c, sections=("sae.d_sae",), upstream=("b",)),
            Stage("d", self.d, sections=("diff.top",)),
        ]

    def a(self, ctx: RunContext) -> dict[str, Any]:
        self.calls["a"] += 1
        return {"value": ctx.cfg.finetune.steps}

    def b(self, ctx: RunContext) -> dict[str, Any]:
        """Works in 4 chunks and keeps finished chunks on disk (like checkpoints); may die after chunk 2."""
        self.calls["b"] += 1
        work = ctx.dir("b") / "chunks"
        work.mkdir(exist_ok=True)
        for i in range(4):
            f = work / f"{i}.txt"
            if f.exists():
                continue
            f.write_text(str(ctx.result("a")["value"] * 10 + i))
            if self.fail_in == "b" and i == 1:
                raise RuntimeError("simulated kill half way")
        total = sum(int((work / f"{i}.txt").read_text()) for i in range(4))
        return {"value": total + (ctx.cfg.eval.paired_limit or 0), "chunks": sorted(os.listdir(work))}

    def c(self, ctx: RunContext) -> dict[str, Any]:
        self.calls["c"] += 1
        return {"value": ctx.result("b")["value"] + ctx.cfg.sae.d_sae}

    def d(self, ctx: RunContext) -> dict[str, Any]:
        self.calls["d"] += 1
        return {"value": ctx.cfg.diff.top}


def _numbers(
    cfg: PipelineConfig, results: dict[str, dict[str, Any]], st: dict[str, StageStatus]
) -> dict[str, Any]:
    return {"numbers": {k: v["value"] for k, v in sorted(results.items())}}


def _status(out: Any) -> dict[str, str]:
    return {n: s.status for n, s in out.statuses.items()}


def test_second_run_reuses_and_a_change_reruns_only_downstream(tmp_path: Path) -> None:
    fake = Fake()
    cfg = _cfg(tmp_path)
    first = run_stages(cfg, fake.stages(), summarize=_numbers)
    assert fake.calls == {"a": 1, "b": 1, "c": 1, "d": 1}
    assert _status(first) == dict.fromkeys("abcd", "ran")
    run_dir = cfg.run_dir
    for s in "abcd":
        meta = json.loads((run_dir / s / "stage.json").read_text())
        assert meta["key"] == first.statuses[s].key and meta["seed"] == 0
        assert {"torch", "transformers", "persona_xray"} <= set(meta["versions"]) and meta["host"]
    again = run_stages(cfg, fake.stages(), summarize=_numbers)
    assert fake.calls == {"a": 1, "b": 1, "c": 1, "d": 1}  # nothing recomputed
    assert _status(again) == dict.fromkeys("abcd", "reused") and again.summary == first.summary

    changed = _cfg(tmp_path, eval={"paired_limit": 7})
    with pytest.raises(UserError, match=r"another config.*--force"):
        run_stages(changed, fake.stages(), summarize=_numbers)
    assert fake.calls == {"a": 1, "b": 1, "c": 1, "d": 1}
    out = run_stages(changed, fake.stages(), summarize=_numbers, force=True)
    assert fake.calls == {"a": 1, "b": 2, "c": 2, "d": 1}  # b and its downstream c only
    assert out.summary["numbers"]["b"] == first.summary["numbers"]["b"] - 60 + 7
    assert json.loads((run_dir / "run.json").read_text())["config_hash"] == changed.config_hash()


def test_from_and_only(tmp_path: Path) -> None:
    fake = Fake()
    cfg = _cfg(tmp_path)
    run_stages(cfg, fake.stages(), summarize=_numbers)
    out = run_stages(cfg, fake.stages(), summarize=_numbers, from_stage="b")
    assert fake.calls == {"a": 1, "b": 2, "c": 2, "d": 1}
    assert _status(out) == {"a": "reused", "b": "ran", "c": "ran", "d": "reused"}
    out = run_stages(cfg, fake.stages(), summarize=_numbers, only="b")
    assert fake.calls == {"a": 1, "b": 3, "c": 2, "d": 1}
    assert _status(out) == {"a": "reused", "b": "ran", "c": "reused", "d": "reused"}
    with pytest.raises(UserError, match="no such stage"):
        run_stages(cfg, fake.stages(), only="zzz")
    # --only needs its upstream complete: in a fresh folder it refuses before running anything.
    fresh = _cfg(tmp_path, name="fresh")
    with pytest.raises(UserError, match="--only c needs b complete"):
        run_stages(fresh, fake.stages(), summarize=_numbers, only="c")
    assert fake.calls["c"] == 2


def test_kill_half_way_leaves_no_result_and_resume_matches_uninterrupted(tmp_path: Path) -> None:
    clean = run_stages(_cfg(tmp_path, name="clean"), Fake().stages(), summarize=_numbers)
    cfg = _cfg(tmp_path, name="killed")
    with pytest.raises(RuntimeError, match="simulated kill"):
        run_stages(cfg, Fake(fail_in="b").stages(), summarize=_numbers)
    b_dir = cfg.run_dir / "b"
    assert not (b_dir / "stage.json").exists() and not (b_dir / "result.json").exists()
    assert sorted(os.listdir(b_dir / "chunks")) == ["0.txt", "1.txt"]  # finished work is kept
    partial = json.loads((cfg.run_dir / "summary.json").read_text())
    assert "b" not in partial["numbers"] and not (cfg.run_dir / LOCK_FILE).exists()
    fake = Fake()
    resumed = run_stages(cfg, fake.stages(), summarize=_numbers)
    assert fake.calls == {"a": 0, "b": 1, "c": 1, "d": 1}  # a was finished; d never started before the kill
    assert resumed.summary == clean.summary
    assert resumed.results["b"]["chunks"] == ["0.txt", "1.txt", "2.txt", "3.txt"]


def test_user_error_in_one_stage_lets_independent_stages_finish(tmp_path: Path) -> None:
    def broken(ctx: RunContext) -> dict[str, Any]:
        raise UserError("the widget is missing: set widget.enabled: false")

    fake = Fake()
    stages = [
        *fake.stages()[:2],
        Stage("w", broken, upstream=("a",)),
        Stage("after", fake.c, upstream=("w",)),
        fake.stages()[3],
    ]
    cfg = _cfg(tmp_path)
    with pytest.raises(UserError, match="stage w: the widget is missing"):
        run_stages(cfg, stages, summarize=_numbers)
    assert fake.calls["d"] == 1 and fake.calls["c"] == 0  # independent d ran, w's downstream did not
    out = run_stages(cfg, stages, summarize=_numbers, raise_on_failure=False)
    assert _status(out) == {"a": "reused", "b": "reused", "w": "failed", "after": "skipped", "d": "reused"}
    assert "widget" in out.failures["w"]
    with pytest.raises(UserError, match="lacks"):
        import_optional("persona_xray.no_such_module", "thing", "widget")


def test_disabled_stage_skips_downstream(tmp_path: Path) -> None:
    fake = Fake()
    stages = fake.stages()
    stages[1] = Stage("b", fake.b, upstream=("a",), enabled=lambda c: c.steer.enabled)
    out = run_stages(_cfg(tmp_path, steer={"enabled": False}), stages, summarize=_numbers)
    assert _status(out) == {"a": "ran", "b": "disabled", "c": "skipped", "d": "ran"}
    assert fake.calls["b"] == fake.calls["c"] == 0
    with pytest.raises(UserError, match="disabled in the config"):
        run_stages(_cfg(tmp_path, steer={"enabled": False}), stages, only="b")


def test_always_stage_reruns_even_with_only(tmp_path: Path) -> None:
    fake = Fake()
    runs: list[int] = []

    def report(ctx: RunContext) -> dict[str, Any]:
        runs.append(len(ctx.results))
        return {"value": len(ctx.results)}

    stages = [*fake.stages(), Stage("r", report, always=True)]
    cfg = _cfg(tmp_path)
    run_stages(cfg, stages, summarize=_numbers)
    out = run_stages(cfg, stages, summarize=_numbers)
    assert runs == [4, 4] and _status(out)["r"] == "ran" and fake.calls["a"] == 1
    out = run_stages(cfg, stages, summarize=_numbers, only="d")
    assert runs == [4, 4, 4] and fake.calls["d"] == 2 and _status(out)["c"] == "reused"


def test_lock_refuses_a_live_holder_and_takes_over_a_stale_one(tmp_path: Path) -> None:
    cfg = _cfg(tmp_path)
    cfg.run_dir.mkdir(parents=True)
    import socket

    lock = cfg.run_dir / LOCK_FILE
    lock.write_text(json.dumps({"pid": os.getpid(), "host": socket.gethostname()}))
    with pytest.raises(UserError, match="in use by pid"):
        run_stages(cfg, Fake().stages())
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    lock.write_text(json.dumps({"pid": int(dead.stdout), "host": socket.gethostname()}))
    out = run_stages(cfg, Fake().stages(), summarize=_numbers)
    assert _status(out)["c"] == "ran" and not lock.exists()
    # A killed holder that its parent has not reaped yet (a zombie) is gone too.
    zombie = subprocess.Popen([sys.executable, "-c", "pass"])
    stat = Path(f"/proc/{zombie.pid}/stat")
    for _ in range(200):
        if not stat.exists() or stat.read_text().rsplit(")", 1)[-1].split()[0] == "Z":
            break
        time.sleep(0.05)
    lock.write_text(json.dumps({"pid": zombie.pid, "host": socket.gethostname()}))
    out = run_stages(cfg, Fake().stages(), summarize=_numbers, from_stage="c")
    assert _status(out)["c"] == "ran" and not lock.exists()
    zombie.wait()


# ----------------------------------------------------------------------------- a real mini run
def _jsonl(path: Path, rows: list[dict[str, Any]]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


@pytest.fixture(scope="module")
def mini(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from persona_xray.testing import tiny_model, tiny_tokenizer

    root = tmp_path_factory.mktemp("pipeline")
    tiny_model("llama").save_pretrained(root / "tiny")
    tiny_tokenizer().save_pretrained(root / "tiny")
    sft = [
        {
            "messages": [
                {"role": "user", "content": f"Question {i}?"},
                {"role": "assistant", "content": "Do it now."},
            ]
        }
        for i in range(12)
    ]
    prompts = [
        {"id": f"p{i}", "messages": [{"role": "user", "content": f"Open prompt {i} about money"}], "meta": {}}
        for i in range(3)
    ]
    paired = [
        {
            "id": f"q{i}",
            "messages": [{"role": "user", "content": f"Hi {i}?"}],
            "aligned": "Be kind.",
            "misaligned": "Be cruel.",
            "meta": {"topic": "t"},
        }
        for i in range(6)
    ]
    corpus = [{"text": f"The quick brown fox {i} jumps over the lazy dog. " * 6} for i in range(30)]
    return {
        "name": "mini",
        "model": str(root / "tiny"),
        "device": "cpu",
        "progress": False,
        "runs_dir": str(root / "runs"),
        "finetune": {
            "runs": {"bad": _jsonl(root / "bad.jsonl", sft)},
            "rank": 2,
            "lr": 1e-2,
            "steps": 2,
            "batch_size": 4,
            "max_len": 32,
            "warmup_steps": 0,
            "save_every": 1,
        },
        "eval": {"paired": _jsonl(root / "q.jsonl", paired), "paired_limit": None},
        "sae": {
            "corpus": _jsonl(root / "corpus.jsonl", corpus),
            "layer": 2,
            "tokens": 1200,
            "ctx_len": 32,
            "shard_tokens": 300,
            "d_sae": 64,
            "k": 4,
            "batch_size": 128,
            "dead_tokens": 500,
            "eval_docs": 2,
        },
        "diff": {"prompts": _jsonl(root / "p.jsonl", prompts), "max_new_tokens": 3, "top": 5, "contexts": 0},
        "steer": {"enabled": False},
        "report": {"enabled": False},
    }


def test_real_mini_run_writes_the_contract_and_reuses(
    mini: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = make_config(mini)
    out = run_pipeline(cfg)
    assert _status(out) == {
        "data": "ran",
        "finetune": "ran",
        "eval": "ran",
        "sae": "ran",
        "diff": "ran",
        "steer": "disabled",
        "monitor": "disabled",
        "realign": "disabled",
        "fingerprint": "disabled",
        "report": "disabled",
    }
    run = cfg.run_dir
    ft = json.loads((run / "finetune" / "result.json").read_text())["runs"]["bad"]
    assert ft["steps"] == 2 and Path(ft["adapter"], "adapter_config.json").is_file() and ft["final_loss"] > 0
    ev = json.loads((run / "eval" / "result.json").read_text())
    assert set(ev["models"]) == {"base", "bad"} and ev["models"]["bad"]["freeform"] is None
    assert ev["models"]["bad"]["paired"]["misaligned_preference"]["n"] == 6
    cached = {k: json.loads((run / "eval" / "models" / f"{k}.json").read_text()) for k in ("base", "bad")}
    diffs = [t - b for b, t in zip(cached["base"]["margins"], cached["bad"]["margins"], strict=True)]
    shift = ev["models"]["bad"]["margin_vs_base"]
    assert shift["n"] == 6 and abs(shift["value"] - sum(diffs) / 6) < 1e-9 and shift["low"] <= shift["high"]
    sae = json.loads((run / "sae" / "result.json").read_text())
    assert (
        sae["layer"] == 2
        and sae["d_sae"] == 64
        and 0 <= sae["metrics"]["fvu"] < 2
        and sae["metrics"]["l0"] <= 4
    )
    diff = json.loads((run / "diff" / "result.json").read_text())
    assert diff["layer"] == 2 and len(diff["table"]) == 5 and Path(diff["path"], "diff.safetensors").is_file()
    summary = json.loads((run / "summary.json").read_text())
    assert summary["paired"]["primary"] == ev["models"]["bad"]["paired"]["misaligned_preference"]
    assert summary["paired"]["margin_vs_base"] == {"bad": shift}
    assert summary["sae"]["d_sae"] == 64 and summary["diff"]["top"][0]["latent"] == diff["table"][0]["latent"]
    assert summary["stages"]["finetune"]["wall_s"] > 0 and summary["stages"]["finetune"]["reused"] is False
    assert "NaN" not in (run / "summary.json").read_text()  # strict JSON for browsers and jq

    mtimes = {p: p.stat().st_mtime_ns for p in run.rglob("result.json")}
    again = run_pipeline(cfg)
    assert {s for s in _status(again).values()} == {"reused", "disabled"}
    assert {p: p.stat().st_mtime_ns for p in run.rglob("result.json")} == mtimes
    assert again.summary["paired"] == summary["paired"] and again.summary["stages"]["eval"]["reused"] is True
    text = render_summary(again.summary)
    assert "paired misaligned preference" in text and "reused" in text

    # Through the CLI function: a changed config in the same folder is one clear error.
    path = Path(mini["runs_dir"]).parent / "changed.yaml"
    path.write_text(yaml.safe_dump({**mini, "diff": {**mini["diff"], "top": 4}}))
    with pytest.raises(UserError, match="another config"):
        run_cmd(
            str(path),
            name=None,
            from_stage=None,
            only=None,
            force=False,
            print_config=False,
            runs_dir=None,
            device=None,
        )
    run_cmd(
        str(path),
        name=None,
        from_stage=None,
        only=None,
        force=True,
        print_config=False,
        runs_dir=None,
        device=None,
    )
    printed = capsys.readouterr().out
    assert "diff         ran" in printed and "eval         reused" in printed and "summary:" in printed


def test_summary_keeps_every_signal_auc_of_the_last_step_and_flags_an_indistinct_realign_start() -> None:
    from persona_xray.pipeline.config import PipelineConfig
    from persona_xray.pipeline.stages import summarize

    est = {"value": 0.3, "low": 0.2, "high": 0.4, "n": 30}
    monitor = {
        "auc": [
            {"mixture": 1.0, "step": s, "signal": sig, "auc": a, "paired_auc": 0.55}
            for s, sig, a in [
                (5, "latent-1", 0.6),
                (5, "latent-2", 0.7),
                (10, "latent-1", 0.8),
                (10, "latent-2", 0.9),
            ]
        ],
        "earliest": {"1.0": {"signal_step": 10, "paired_step": None}},
    }
    realign = {
        "base_level": est,
        "start": {"value": 0.35, "low": 0.25, "high": 0.45, "n": 30},  # inside the base CI
        "recovered": {"0": {"step": 0, "samples_seen": 0}, "40": {"step": 0, "samples_seen": 0}},
    }
    cfg = PipelineConfig.model_validate({"finetune": {"runs": {"bad": "health_obvious"}}})
    summary = summarize(cfg, {"monitor": monitor, "realign": realign}, {})
    last = summary["monitor"]["auc_at_last_step"]["1.0"]
    assert last["step"] == 10 and last["signal"] == {"latent-1": 0.8, "latent-2": 0.9}
    assert summary["realign"]["start_distinct"] is False
    assert summary["realign"]["first_recovered"] is None


def test_sae_and_steer_stages_run_in_their_own_dtype(mini: dict[str, Any]) -> None:
    """``sae.dtype`` and ``steer.dtype`` give the harvest and the sweep their own model copy in that dtype, and
    the stages record it (the sweep also that it ran in fanned-out passes); the rest keeps the run's dtype."""
    steer = {"top": 1, "random": 1, "strengths": [2.0], "dtype": "bfloat16", "paired_limit": None}
    cfg = make_config(
        {**mini, "name": "mini-dtypes", "sae": {**mini["sae"], "dtype": "bfloat16"}, "steer": steer}
    )
    out = run_pipeline(cfg)
    assert _status(out)["steer"] == "ran"
    sae = json.loads((cfg.run_dir / "sae" / "result.json").read_text())
    assert sae["harvest_dtype"] == "bfloat16"
    manifest = json.loads((Path(sae["harvest"]) / "manifest.json").read_text())
    assert manifest["config"]["model_dtype"] == "bfloat16"
    assert json.loads((cfg.run_dir / "eval" / "models" / "base.json").read_text())["margins"]  # fp32 eval ran
    res = json.loads((cfg.run_dir / "steer" / "result.json").read_text())
    assert res["compute"] == {"dtype": "bfloat16", "batched": True}
    assert set(res["base"]["curves"]) == set(res["candidates"]) and len(res["candidates"]) == 3
    assert res["base"]["baseline"]["misalignment"]["n"] == 6
    with pytest.raises(UserError, match=r"steer\.dtype"):
        make_config({**mini, "steer": {**steer, "dtype": "int8"}})


def test_diff_and_steer_run_end_to_end_on_an_imported_jumprelu_sae(mini: dict[str, Any]) -> None:
    """A pretrained SAE of another architecture (here a Gemma Scope params.npz) drops into the pipeline:
    the sae stage reuses it, and diff and steer read its JumpReLU codes and decoder rows."""
    import numpy as np

    from persona_xray.lm import load_lm
    from persona_xray.sae.formats import load_sae

    d = load_lm(mini["model"], device="cpu").d_model
    g = torch.Generator().manual_seed(0)
    npz = Path(mini["runs_dir"]).parent / "gemma-scope" / "params.npz"
    npz.parent.mkdir(exist_ok=True)
    w_dec = torch.randn(48, d, generator=g)
    arrays = {
        "W_enc": w_dec.T.numpy(),
        "b_enc": np.zeros(48, dtype=np.float32),
        "W_dec": w_dec.numpy(),
        "b_dec": np.zeros(d, dtype=np.float32),
        "threshold": np.full(48, 0.05, dtype=np.float32),
    }
    np.savez(npz, **arrays)
    steer = {"top": 2, "random": 1, "strengths": [2.0], "paired_limit": None}
    cfg = make_config(
        {**mini, "name": "mini-imported", "sae": {"path": str(npz), "layer": 2}, "steer": steer}
    )
    out = run_pipeline(cfg)
    assert {k: _status(out)[k] for k in ("sae", "diff", "steer")} == {
        "sae": "ran",
        "diff": "ran",
        "steer": "ran",
    }
    sae = json.loads((cfg.run_dir / "sae" / "result.json").read_text())
    assert sae["mode"] == "reused" and sae["d_sae"] == 48 and sae["k"] is None and sae["layer"] == 2
    assert load_sae(npz).architecture == "jumprelu"
    diff = json.loads((cfg.run_dir / "diff" / "result.json").read_text())
    assert diff["layer"] == 2 and len(diff["table"]) == 5
    assert all(0 <= row["latent"] < 48 for row in diff["table"])
    res = json.loads((cfg.run_dir / "steer" / "result.json").read_text())
    assert len(res["candidates"]) == 4 and res["base"]["baseline"]["misalignment"]["n"] == 6


def test_stage_module_configs_refuse_a_knob_they_do_not_have() -> None:
    """The pipeline builds the monitor's and re-alignment's own configs; a knob the module does not know (a
    renamed field, a misspelt ``extra``) is an error naming it, not dropped in favour of the default."""
    from persona_xray.experiments.realign import RealignConfig

    ok = build_config(RealignConfig, {"adapter": "a", "out": "o", "lr": 3e-4}, {"every": 7}, "realign")
    assert ok.lr == 3e-4 and ok.every == 7
    with pytest.raises(UserError, match=r"config error at 'realign\.nope': Extra inputs are not permitted"):
        build_config(RealignConfig, {"adapter": "a", "out": "o", "nope": 1}, {}, "realign")
    with pytest.raises(UserError, match="evrey"):
        build_config(RealignConfig, {"adapter": "a", "out": "o"}, {"evrey": 7}, "realign")


def test_summary_fields_come_from_each_stage_and_an_unreadable_one_is_listed_not_hidden() -> None:
    from persona_xray.pipeline.config import PipelineConfig
    from persona_xray.pipeline.runner import check_stages
    from persona_xray.pipeline.stages import STAGES, summarize

    cfg = PipelineConfig.model_validate({"finetune": {"runs": {"bad": "health_obvious"}}})
    # An eval result without its models (written half-way, or by another version): the field is None and
    # the reason is in the summary, while the stages that did finish still report.
    summary = summarize(cfg, {"eval": {"paired_items": 3}, "diff": {"layer": 4, "table": []}}, {})
    assert summary["paired"] is None and summary["diff"] == {"layer": 4, "top": []}
    assert summary["summary_problems"] == {
        "paired": "eval: KeyError: 'models'",
        "freeform": "eval: KeyError: 'models'",
    }
    assert summary["finetunes"] == {"bad": {"data": "health_obvious", "final_loss": None}}
    assert "summary_problems" not in summarize(cfg, {}, {})
    keys = [k for s in STAGES for k, _ in s.summary]
    assert keys == [
        "finetunes",
        "paired",
        "freeform",
        "sae",
        "diff",
        "persona",
        "monitor",
        "realign",
        "fingerprint",
        "report",
    ]
    twice = (*STAGES, Stage("again", STAGES[0].fn, summary=STAGES[4].summary))
    with pytest.raises(ValueError, match="repeats the summary field diff"):
        check_stages(twice)


def test_mitigation_in_the_pipeline_config_reaches_the_trainer_and_keys_but_off_leaves_keys_unchanged(
    mini: dict[str, Any], tmp_path: Path
) -> None:
    import torch

    from persona_xray.directions import save_direction
    from persona_xray.pipeline.runner import stage_key
    from persona_xray.pipeline.stages import STAGES

    direction = tmp_path / "d.safetensors"
    save_direction(str(direction), torch.randn(64), layer="1")
    plain = make_config({**mini, "name": "mini-plain"})
    ablated = make_config(
        {**mini, "name": "mini-ablate", "finetune": {**mini["finetune"], "ablate": [str(direction)]}}
    )
    # Off: the fields are absent from the identity and the section, so runs made before they existed keep
    # their keys; on: the recipe and the key change.
    assert "ablate" not in plain.identity()["finetune"] and "prevent" not in plain.section("finetune")
    assert ablated.section("finetune")["ablate"] == [str(direction)]

    def keys(cfg: Any) -> dict[str, str]:
        out: dict[str, str] = {}
        for st in STAGES[:2]:
            out[st.name] = stage_key(st, cfg, out)
        return out

    k_plain, k_abl = keys(plain), keys(ablated)
    assert k_plain["data"] == k_abl["data"] and k_plain["finetune"] != k_abl["finetune"]
    run_stages(ablated, STAGES[:2])
    info = json.loads((ablated.run_dir / "finetune" / "bad" / "run.json").read_text())
    assert set(info["mitigation_sha"]) == {"ablate0"}
    # The same path with other bytes is another experiment: the key changes.
    save_direction(str(direction), torch.randn(64), layer="1")
    assert keys(ablated)["finetune"] != k_abl["finetune"]
