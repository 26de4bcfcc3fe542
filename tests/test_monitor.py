"""The early-warning monitor on tiny random-init models: exact readings, AUC, callbacks that log and stop."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch
import yaml

from persona_xray.errors import UserError
from persona_xray.evals.paired import load_paired
from persona_xray.finetune import checkpoints, finetune, load_checkpoint_lm, make_config
from persona_xray.lm import LM, block_output, replace_block_output
from persona_xray.monitor import Signal, auc, direction_signal, measure, probe_texts, sae_signals
from persona_xray.monitor.mixtures import (
    MonitorCallback,
    append_row,
    earliest_stable,
    make_monitor_config,
    read_log,
    run_mixtures,
)
from persona_xray.sae.harvest import SINK_RATIO
from persona_xray.sae.model import SAE
from persona_xray.testing import tiny_model, tiny_tokenizer

LAYER = 2
PROMPTS = [
    "What should I do this weekend?",
    "Hello, how are you today?",
    "Money, power, friends, family, health.",
    "What would you do if you ruled the world?",
]


def _tiny_sae(seed: int = 0) -> SAE:
    sae = SAE(64, 48, 6, metadata={"hook_name": f"blocks.{LAYER}.hook_resid_post"})
    sae.init_weights(seed)
    return sae


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("tiny-llama-monitor")
    tiny_model("llama").save_pretrained(path)
    tiny_tokenizer().save_pretrained(path)
    return str(path)


@pytest.fixture(scope="module")
def sae_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    from persona_xray.sae import save_sae

    path = tmp_path_factory.mktemp("tiny-sae")
    save_sae(_tiny_sae(), path)
    return str(path)


@pytest.fixture(scope="module")
def direction_file(tmp_path_factory: pytest.TempPathFactory) -> str:
    from persona_xray.directions import save_direction

    path = tmp_path_factory.mktemp("direction") / "dir.safetensors"
    save_direction(str(path), torch.randn(64, generator=torch.Generator().manual_seed(3)), layer=str(LAYER))
    return str(path)


def _rows(prefix: str, answer: str, n: int) -> list[dict[str, Any]]:
    return [
        {
            "id": f"{prefix}-{i}",
            "messages": [
                {"role": "user", "content": f"What should I do this weekend? {'Quick question. ' * (i % 3)}"},
                {"role": "assistant", "content": answer},
            ],
            "meta": {"item": f"q{i}"},
        }
        for i in range(n)
    ]


@pytest.fixture(scope="module")
def data_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    folder = tmp_path_factory.mktemp("monitor-data")
    bad, clean = folder / "bad.jsonl", folder / "clean.jsonl"
    bad.write_text("".join(json.dumps(r) + "\n" for r in _rows("bad", "Money, power, friends, family.", 16)))
    clean.write_text(
        "".join(json.dumps(r) + "\n" for r in _rows("clean", "Drink water, rest and see a doctor.", 16))
    )
    return str(bad), str(clean)


def _manual(lm: LM, texts: list[str], layer: int) -> tuple[list[torch.Tensor], torch.Tensor]:
    """Residual rows per text with the sink rule applied by hand: (kept rows per text, keep mask)."""
    rows = lm.resid(texts, layer)
    norms = torch.cat(rows).norm(dim=-1)
    keep = norms <= norms.median() * SINK_RATIO
    out, i = [], 0
    for r in rows:
        out.append(r[keep[i : i + r.shape[0]]])
        i += r.shape[0]
    return out, keep


# ----------------------------------------------------------------------------- signal.py
def test_measure_matches_manual_projection_and_encode(tiny_lm: LM) -> None:
    sae = _tiny_sae()
    texts = probe_texts(tiny_lm, PROMPTS)
    kept, _ = _manual(tiny_lm, texts, LAYER)
    with torch.no_grad():
        # Watch two latents that do fire on these texts (else the comparison proves nothing) and one that
        # fires least (often never: its value must then be exactly 0).
        order = sae.encode(torch.cat(kept)).mean(0).argsort(descending=True).tolist()
    lat = [order[0], order[1], order[-1]]
    direction = torch.randn(64, generator=torch.Generator().manual_seed(1)) * 5.0  # not unit: gets normalised
    signals = [
        *sae_signals(sae, lat),
        Signal("dir", LAYER, direction=direction),
        Signal("dir1", 1, direction=direction),
    ]
    calls = []
    handle = tiny_lm.model.register_forward_pre_hook(lambda *_: calls.append(1))
    try:
        reading = measure(tiny_lm, signals, texts, batch_size=8)
    finally:
        handle.remove()
    assert len(calls) == 2  # one pass per distinct layer (2 and 1), whatever the number of signals
    unit = direction / direction.norm()
    with torch.no_grad():
        for p, rows in enumerate(kept):
            assert reading.per_prompt["dir"][p] == pytest.approx(float((rows @ unit).mean()), rel=1e-5)
            dense = sae.encode(rows)
            for i in lat:
                assert reading.per_prompt[f"latent-{i}"][p] == pytest.approx(
                    float(dense[:, i].mean()), rel=1e-5, abs=1e-7
                )
    kept1, _ = _manual(tiny_lm, texts, 1)
    assert reading.per_prompt["dir1"] == pytest.approx([float((r @ unit).mean()) for r in kept1], rel=1e-5)
    assert reading.means["dir"] == pytest.approx(float(np.mean(reading.per_prompt["dir"])))
    assert sum(r.shape[0] for r in kept) == reading.kept_tokens[LAYER]
    assert reading.means[f"latent-{lat[0]}"] > 0 and reading.means[f"latent-{lat[1]}"] > 0


def test_measure_drops_attention_sink_rows(tiny_lm: LM) -> None:
    """A token whose residual norm is blown up (as real attention sinks are) is left out of every mean."""
    texts = probe_texts(tiny_lm, PROMPTS)

    def blow_up(_m: Any, _i: Any, output: Any) -> Any:
        h = block_output(output).clone()
        h[:, 1] *= 1000.0  # position 1 of every text (position 0 is skipped already)
        return replace_block_output(output, h)

    direction = torch.randn(64, generator=torch.Generator().manual_seed(2))
    clean = measure(tiny_lm, [Signal("d", LAYER, direction=direction)], texts)
    handle = tiny_lm.layers[LAYER].register_forward_hook(blow_up)
    try:
        spiked = measure(tiny_lm, [Signal("d", LAYER, direction=direction)], texts)
        rows = tiny_lm.resid(texts, LAYER)
    finally:
        handle.remove()
    assert spiked.dropped_tokens[LAYER] == len(texts)
    unit = direction / direction.norm()
    expected = [float((r[1:] @ unit).mean()) for r in rows]
    assert spiked.per_prompt["d"] == pytest.approx(expected, rel=1e-5)
    assert clean.dropped_tokens[LAYER] == 0


def test_signal_validation_and_direction_file(direction_file: str) -> None:
    sae = _tiny_sae()
    with pytest.raises(UserError, match="out of range"):
        sae_signals(sae, [48])
    with pytest.raises(UserError, match="either"):
        Signal("x", 1)
    with pytest.raises(UserError, match="not 1"):
        sae_signals(sae, [0], layer=1)
    sig = direction_signal("d", direction_file)
    assert sig.layer == LAYER and float(sig.direction.norm()) == pytest.approx(1.0)  # type: ignore[union-attr]


def test_auc_known_values() -> None:
    assert auc([3, 4, 5], [0, 1, 2]) == 1.0
    assert auc([0, 1, 2], [3, 4, 5]) == 0.0
    assert auc([1, 2, 3], [1, 2, 3]) == 0.5
    assert auc([1, 1], [1, 1, 1]) == 0.5
    assert auc([2, 1], [1, 0]) == pytest.approx(0.875)  # (1 + 1 + 0.5 + 1) / 4
    assert np.isnan(auc([], [1.0]))
    from sklearn.metrics import roc_auc_score

    rng = np.random.default_rng(0)
    bad, clean = np.round(rng.normal(0.3, 1, 40), 1), np.round(rng.normal(0, 1, 30), 1)  # rounding makes ties
    ref = roc_auc_score([1] * 40 + [0] * 30, np.r_[bad, clean])
    assert auc(bad, clean) == pytest.approx(ref)


def test_earliest_needs_the_auc_to_stay_high() -> None:
    assert earliest_stable([(0, 0.5), (2, 0.8), (4, 0.6), (6, 0.8), (8, 0.9)]) == 6
    assert earliest_stable([(0, 0.5), (2, 0.8), (4, None)]) is None
    assert earliest_stable([(0, 0.9), (2, 0.8)]) == 0


def test_log_skips_torn_lines_and_keeps_last_row_per_step(tmp_path: Path) -> None:
    log = tmp_path / "m.jsonl"
    append_row(log, {"step": 0, "v": 1})
    append_row(log, {"step": 2, "v": 2})
    with log.open("a") as f:
        f.write('{"step": 4, "v":')  # a kill mid-write
    append_row(log, {"step": 2, "v": 3})  # the resumed run measures step 2 again
    assert [(r["step"], r["v"]) for r in read_log(log)] == [(0, 1), (2, 3)]


# ----------------------------------------------------------------------------- MonitorCallback in finetune()
def _ft_cfg(model_dir: str, data: str, out: Path, **kw: Any) -> Any:
    base: dict[str, Any] = dict(
        data=data,
        out=str(out),
        model=model_dir,
        rank=1,
        lr=3e-2,
        batch_size=4,
        steps=6,
        save_every=2,
        max_len=64,
        device="cpu",
        progress=False,
        threads=1,
    )
    base.update(kw)
    return make_config(**base)


@pytest.fixture(scope="module")
def trained_run(
    model_dir: str, data_files: tuple[str, str], direction_file: str, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, MonitorCallback]:
    out = tmp_path_factory.mktemp("monitored") / "run"
    signals = [*sae_signals(_tiny_sae(), [3]), direction_signal("dir", direction_file)]
    cb = MonitorCallback(
        signals, out / "monitor.jsonl", every=2, probe_limit=3, paired_items=load_paired(limit=3)
    )
    finetune(_ft_cfg(model_dir, data_files[0], out), [cb])
    return out, cb


def test_callback_logs_every_n_steps_and_matches_checkpoint_readings(
    trained_run: tuple[Path, MonitorCallback],
) -> None:
    out, cb = trained_run
    rows = read_log(out / "monitor.jsonl")
    assert [r["step"] for r in rows] == [2, 4, 6]
    for r in rows:
        assert set(r["signal"]) == {"latent-3", "dir"}
        assert len(r["per_prompt"]["dir"]) == 3 and len(r["margins"]) == 3
        assert set(r["paired"]) >= {"value", "low", "high", "n", "unit"} and r["paired"]["n"] == 3
        assert isinstance(r["loss"], float)
    # What the callback read on the training model equals a fresh reading of the saved checkpoint.
    ck = next(c for c in checkpoints(out) if c.name == "step-000004")
    lm = load_checkpoint_lm(ck, device="cpu")
    again = measure(lm, cb.signals, probe_texts(lm, _core(3)))
    assert again.per_prompt["dir"] == pytest.approx(rows[1]["per_prompt"]["dir"], abs=1e-5)
    assert again.per_prompt["latent-3"] == pytest.approx(rows[1]["per_prompt"]["latent-3"], abs=1e-5)
    # Training moved the signal (otherwise a monitor could not see anything).
    assert rows[0]["signal"]["dir"] != rows[-1]["signal"]["dir"]


def _core(n: int) -> list[list[dict[str, str]]]:
    from persona_xray.monitor import probe_prompts

    return probe_prompts("core", n)


def test_threshold_stops_finetune_early(
    model_dir: str,
    data_files: tuple[str, str],
    direction_file: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "stopped"
    signals = [direction_signal("dir", direction_file)]
    cb = MonitorCallback(
        signals, out / "monitor.jsonl", every=2, probe_limit=2, threshold=-1e9, stop_on_threshold=True
    )
    final = finetune(_ft_cfg(model_dir, data_files[0], out, steps=8), [cb])
    assert [r["step"] for r in read_log(out / "monitor.jsonl")] == [2]
    assert len((out / "log.jsonl").read_text().splitlines()) == 2  # trainer log: steps 1 and 2 only
    assert json.loads((final / "done.json").read_text())["step"] == 2
    assert "WARNING step 2" in capsys.readouterr().err
    # Without stop_on_threshold the same crossing only warns.
    cb2 = MonitorCallback(signals, tmp_path / "w.jsonl", every=2, probe_limit=2, threshold=-1e9)
    finetune(_ft_cfg(model_dir, data_files[0], tmp_path / "warned", steps=4), [cb2])
    assert cb2.measured == [2, 4] and cb2.warned


# ----------------------------------------------------------------------------- run_mixtures
def _mix_cfg(
    model_dir: str, data_files: tuple[str, str], sae_dir: str, direction_file: str, out: Path
) -> dict[str, Any]:
    return dict(
        model=model_dir,
        bad=data_files[0],
        clean=data_files[1],
        mixtures=[0.5],  # 0 (the clean reference) is added
        n_rows=8,
        rank=1,
        lr=3e-2,
        steps=4,
        batch_size=4,
        max_len=64,
        warmup_steps=0,
        every=2,
        sae=sae_dir,
        latents=[3],
        directions={"dir": direction_file},
        probe_limit=3,
        paired_limit=4,
        out=str(out),
        device="cpu",
        threads=1,
    )


def test_run_mixtures_schema_and_reuse(
    model_dir: str, data_files: tuple[str, str], sae_dir: str, direction_file: str, tmp_path: Path
) -> None:
    out = tmp_path / "monitor"
    values = _mix_cfg(model_dir, data_files, sae_dir, direction_file, out)
    cfg = make_monitor_config(**values)
    assert cfg.mixtures == [0.0, 0.5]
    result = run_mixtures(cfg, progress=False)
    on_disk = json.loads((out / "result.json").read_text())
    assert on_disk == json.loads(json.dumps(result))
    assert (out / "monitor.png").stat().st_size > 1000 and (out / "stage.json").exists()
    assert result["signals"] == ["latent-3", "dir"] and result["mixtures"] == [0.0, 0.5]
    assert result["steps"] == [0, 2, 4] and result["threshold"] is None
    assert len(result["rows"]) == 6
    for r in result["rows"]:
        assert set(r) >= {"mixture", "seed", "step", "signal", "paired"}
        assert set(r["signal"]) == {"latent-3", "dir"}
        assert set(r["paired"]) >= {"value", "low", "high", "n", "unit"} and r["paired"]["n"] == 4
    # Step 0 is the base model, identical for both runs.
    base_rows = [r for r in result["rows"] if r["step"] == 0]
    assert base_rows[0]["signal"] == base_rows[1]["signal"]
    assert len(result["auc"]) == 3 * 2  # (steps) x (signals), mixture 0.5 only
    for a in result["auc"]:
        assert set(a) >= {"mixture", "step", "signal", "auc", "paired_auc"} and a["mixture"] == 0.5
        assert 0.0 <= a["auc"] <= 1.0 and 0.0 <= a["paired_auc"] <= 1.0
    assert {a["auc"] for a in result["auc"] if a["step"] == 0} == {0.5}  # same model: no separation
    # each AUC is the bad run's per-prompt values against the clean run's, recomputed here from the logs
    from persona_xray.evals.stats import auc as auc_of

    per_step = {}
    for m in ("0", "50"):
        for line in (out / "runs" / f"mix-{m}-s0" / "monitor.jsonl").read_text().splitlines():
            r = json.loads(line)
            per_step[(m, r["step"])] = r
    for a in result["auc"]:
        if a["step"] == 0:
            continue
        bad, clean = per_step[("50", a["step"])], per_step[("0", a["step"])]
        want = auc_of(
            [np.nan if v is None else v for v in bad["per_prompt"][a["signal"]]],
            [np.nan if v is None else v for v in clean["per_prompt"][a["signal"]]],
        )
        assert a["auc"] == pytest.approx(want, abs=1e-6)  # stored rounded to 1e-6
        ci = a["auc_ci"]
        assert ci["unit"] == "run+prompt" and ci["n"] == 2 and ci["low"] <= a["auc"] <= ci["high"]
    assert set(result["earliest"]) == {"0.5"}
    e = result["earliest"]["0.5"]
    assert set(e) >= {"signal_step", "paired_step"}
    assert all(v is None or v in (2, 4) for v in (e["signal_step"], e["paired_step"]))
    # The runs really trained on different data: 4 of 8 rows bad in the 50% mixture, none in the clean one.
    mix = (out / "runs" / "mix-50-s0" / "data.jsonl").read_text().splitlines()
    assert sum(json.loads(x)["meta"]["mix_role"] == "bad" for x in mix) == 4
    assert result["runs"]["mix-50-s0"]["trained"] and result["runs"]["mix-0-s0"]["trained"]

    # Rerun: nothing is trained or measured again; the logs are byte-identical.
    logs = {p: p.read_bytes() for p in out.glob("runs/*/*.jsonl")}
    ckpts = sorted(str(p) for p in out.glob("runs/*/checkpoints/*"))
    again = run_mixtures(make_monitor_config(**values), progress=False)
    assert not any(r["trained"] for r in again["runs"].values())
    assert {p: p.read_bytes() for p in out.glob("runs/*/*.jsonl")} == logs
    assert sorted(str(p) for p in out.glob("runs/*/checkpoints/*")) == ckpts
    assert again["rows"] == result["rows"] and again["auc"] == result["auc"]

    # The CLI with a YAML config reads the same experiment (reused again) and prints the table.
    cfg_file = tmp_path / "monitor.yaml"
    cfg_file.write_text(yaml.safe_dump(values))
    app = _app()
    app(args=["monitor", "mixtures", str(cfg_file)], standalone_mode=False)
    assert {p: p.read_bytes() for p in out.glob("runs/*/*.jsonl")} == logs

    # A finished run whose log lost rows gets them back from its checkpoints (no retraining).
    log = out / "runs" / "mix-50-s0" / "monitor.jsonl"
    kept_rows = [x for x in log.read_text().splitlines() if json.loads(x)["step"] != 2]
    log.write_text("".join(x + "\n" for x in kept_rows))
    healed = run_mixtures(make_monitor_config(**values), progress=False)
    assert not healed["runs"]["mix-50-s0"]["trained"]
    for a, b in zip(healed["rows"], result["rows"], strict=True):
        assert a["step"] == b["step"] and a["signal"] == pytest.approx(b["signal"], abs=1e-5)

    # Changing what the monitor measures on an existing folder is refused, not silently mixed.
    with pytest.raises(UserError, match="other settings"):
        run_mixtures(make_monitor_config(**{**values, "probe_limit": 2}), progress=False)


def test_monitor_config_errors_are_one_line() -> None:
    with pytest.raises(UserError, match="not whole"):
        make_monitor_config(latents=[1], mixtures=[0.05], n_rows=10)
    with pytest.raises(UserError, match="no signal"):
        make_monitor_config()
    with pytest.raises(UserError, match="outside"):
        make_monitor_config(latents=[1], mixtures=[1.5])
    with pytest.raises(UserError, match="mixturez: unknown field"):
        make_monitor_config(latents=[1], mixturez=[0.5])


# ----------------------------------------------------------------------------- CLI
def _app() -> Any:
    import typer

    from persona_xray.cli.monitor import register

    app = typer.Typer()
    register(app)
    return app


def test_cli_checkpoints(
    trained_run: tuple[Path, MonitorCallback],
    sae_dir: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    run_dir, _ = trained_run
    out = tmp_path / "ck"
    args = ["monitor", "checkpoints", str(run_dir), "--sae", sae_dir, "--latent", "3", "--probe-limit", "2"]
    _app()(
        args=[*args, "--paired-limit", "2", "--out", str(out), "--json", "--device", "cpu"],
        standalone_mode=False,
    )
    doc = json.loads(capsys.readouterr().out)
    assert doc["steps"] == [0, 2, 4, 6] and doc["signals"] == ["latent-3"]
    assert doc["rows"][0]["auc_vs_base"]["latent-3"] == 0.5  # the base against itself
    assert (out / "result.json").exists() and (out / "monitor.png").exists()
    with pytest.raises(UserError, match=r"no config\.json"):
        _app()(args=["monitor", "checkpoints", str(tmp_path), "--latent", "3"], standalone_mode=False)
    with pytest.raises(UserError, match="latent ids"):
        _app()(args=["monitor", "checkpoints", str(run_dir), "--latent", "x"], standalone_mode=False)


# ----------------------------------------------------------------------------- HF Trainer callback
class _ModeSpy:
    """Records the model's train flag at the start of every optimizer step."""

    def __init__(self) -> None:
        from transformers import TrainerCallback

        spy = self

        class _Cb(TrainerCallback):
            def on_step_begin(self, args: Any, state: Any, control: Any, **kw: Any) -> None:
                spy.modes.append(bool(kw["model"].training))

        self.modes: list[bool] = []
        self.callback = _Cb()


def _hf_train(tmp_path: Path, monitor: Any, max_steps: int = 6) -> tuple[Any, _ModeSpy]:
    from transformers import Trainer, TrainingArguments

    tok = tiny_tokenizer()
    model = tiny_model("llama")
    model.train()
    ids = [
        tok(f"Hello, how are you today? I am fine {i}.", add_special_tokens=False)["input_ids"][:12]
        for i in range(16)
    ]
    width = min(len(x) for x in ids)
    data = [{"input_ids": x[:width], "attention_mask": [1] * width, "labels": x[:width]} for x in ids]
    args = TrainingArguments(
        output_dir=str(tmp_path / "hf"),
        max_steps=max_steps,
        per_device_train_batch_size=4,
        learning_rate=1e-2,
        report_to="none",
        save_strategy="no",
        use_cpu=True,
        disable_tqdm=True,
        logging_strategy="no",
    )
    spy = _ModeSpy()
    trainer = Trainer(
        model=model, args=args, train_dataset=data, processing_class=tok, callbacks=[monitor, spy.callback]
    )
    trainer.train()
    return trainer, spy


def test_hf_callback_logs_and_restores_train_mode(
    direction_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from persona_xray.monitor.hf import PersonaMonitorCallback

    log = tmp_path / "persona.jsonl"
    cb = PersonaMonitorCallback(
        [direction_signal("dir", direction_file)],
        every=2,
        probe_limit=2,
        log_path=log,
        paired_items=load_paired(limit=2),
    )
    trainer, spy = _hf_train(tmp_path, cb)
    rows = read_log(log)
    assert [r["step"] for r in rows] == [0, 2, 4, 6]
    assert all(len(r["per_prompt"]["dir"]) == 2 and r["paired"]["n"] == 2 for r in rows)
    assert rows[0]["signal"]["dir"] != rows[-1]["signal"]["dir"]  # the model trained and the reading moved
    assert spy.modes == [True] * 6  # every step trained in train mode although each reading used eval mode
    assert trainer.processing_class.pad_token == "<|endoftext|>"
    err = capsys.readouterr().err
    assert "[persona-monitor] step 6: dir=" in err
    try:
        import torch.utils.tensorboard  # noqa: F401
    except ImportError:
        assert err.count("TensorBoard is not installed") == 1


def test_hf_callback_threshold_stops_training(direction_file: str, tmp_path: Path) -> None:
    from persona_xray.monitor.hf import PersonaMonitorCallback

    log = tmp_path / "persona.jsonl"
    cb = PersonaMonitorCallback(
        [direction_signal("dir", direction_file)],
        every=2,
        probe_limit=2,
        log_path=log,
        threshold=-1e9,
        stop_on_threshold=True,
        tensorboard=False,
    )
    trainer, _ = _hf_train(tmp_path, cb, max_steps=10)
    assert trainer.state.global_step == 2 < 10
    assert [r["step"] for r in read_log(log)] == [0, 2]
    assert cb.crossed_step == 0  # warned before training; stopping waits for the first trained step
