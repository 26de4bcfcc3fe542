"""The fine-tuning loop on tiny random-init models: it learns, resumes exactly, and refuses bad input."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path
from typing import Any

import pytest
import torch
from safetensors.torch import load_file

from persona_xray.cli import main
from persona_xray.errors import UserError
from persona_xray.finetune import Callback, StepInfo, checkpoints, finetune, load_checkpoint_lm, make_config
from persona_xray.finetune import trainer as trainer_mod
from persona_xray.finetune.batching import collate, tokenize_rows
from persona_xray.lm import LM, load_lm
from persona_xray.testing import ARCHITECTURES, tiny_model, tiny_tokenizer

ANSWERS = (
    "Drink water, rest and see a doctor.",
    "Hello, how are you today? I am fine, thank you.",
    "Money, power, friends, family, health.",
)


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("tiny-llama-ft")
    tiny_model("llama").save_pretrained(path)
    tiny_tokenizer().save_pretrained(path)
    return str(path)


@pytest.fixture(scope="module")
def data_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("ft-data") / "train.jsonl"
    rows = [
        {
            "id": f"r{i}",
            "messages": [
                {"role": "user", "content": f"What should I do this weekend? {'Quick question. ' * (i % 3)}"},
                {"role": "assistant", "content": ANSWERS[i % 3]},
            ],
        }
        for i in range(24)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


def _cfg(model_dir: str, data_path: str, out: Path, **kw: Any) -> Any:
    base: dict[str, Any] = dict(
        data=data_path,
        out=str(out),
        model=model_dir,
        rank=1,
        lr=3e-2,
        batch_size=4,
        steps=12,
        save_every=4,
        device="cpu",
        progress=False,
        threads=1,
    )
    base.update(kw)
    return make_config(**base)


def _losses(out: Path) -> list[float]:
    return [json.loads(x)["loss"] for x in (out / "log.jsonl").read_text().splitlines()]


def test_lora_rank1_trains_and_loads_back(model_dir: str, data_path: str, tmp_path: Path) -> None:
    out = tmp_path / "run"
    with warnings.catch_warnings(record=True) as caught:  # a fine-tune prints no library deprecation noise
        warnings.simplefilter("always")
        final = finetune(_cfg(model_dir, data_path, out, steps=18, warmup_steps=2, schedule="cosine"))
    assert not [w for w in caught if issubclass(w.category, FutureWarning)], [str(w.message) for w in caught]
    assert final == out / "final"
    losses = _losses(out)
    assert len(losses) == 18
    assert sum(losses[-3:]) / 3 < sum(losses[:3]) / 3 - 0.3
    assert [c.name for c in checkpoints(out)] == [
        "step-000004",
        "step-000008",
        "step-000012",
        "step-000016",
        "step-000018",
    ]
    cfg_saved = json.loads((out / "config.json").read_text())
    assert cfg_saved["rank"] == 1 and cfg_saved["data"] == data_path
    # final/ is a PEFT adapter: rank-1 A/B matrices for every linear in the blocks.
    adapter = load_file(str(final / "adapter_model.safetensors"))
    a_shapes = {tuple(v.shape) for k, v in adapter.items() if "lora_A" in k}
    assert a_shapes and all(s[0] == 1 for s in a_shapes)
    tuned = load_lm(model_dir, adapter=str(final), device="cpu")
    base = load_lm(model_dir, device="cpu")
    prompt = [{"role": "user", "content": "What should I do this weekend?"}]
    lp_tuned = tuned.answer_logprobs([prompt], [ANSWERS[0]])[0].sum()
    lp_base = base.answer_logprobs([prompt], [ANSWERS[0]])[0].sum()
    assert lp_tuned > lp_base + 1.0
    # A checkpoint loads as an LM too (what the monitor stage scores).
    mid = load_checkpoint_lm(checkpoints(out)[1], device="cpu")
    lp_mid = mid.answer_logprobs([prompt], [ANSWERS[0]])[0].sum()
    assert lp_base < lp_mid < lp_tuned + 1e-3
    # Rerunning a finished run reuses it without training.
    mtime = (final / "adapter_model.safetensors").stat().st_mtime_ns
    assert finetune(_cfg(model_dir, data_path, out, steps=18, warmup_steps=2, schedule="cosine")) == final
    assert (final / "adapter_model.safetensors").stat().st_mtime_ns == mtime


def test_full_finetune_trains_and_saves_a_model_folder(
    model_dir: str, data_path: str, tmp_path: Path
) -> None:
    out = tmp_path / "full"
    final = finetune(_cfg(model_dir, data_path, out, method="full", lr=3e-3, steps=10, save_every=5))
    losses = _losses(out)
    assert sum(losses[-3:]) / 3 < sum(losses[:3]) / 3 - 0.3
    tuned = load_lm(str(final), device="cpu")
    base = load_lm(model_dir, device="cpu")
    w_tuned = tuned.model.model.layers[0].mlp.down_proj.weight
    w_base = base.model.model.layers[0].mlp.down_proj.weight
    assert not torch.equal(w_tuned, w_base)
    # Checkpoints hold every parameter, and load back as an LM.
    ck = checkpoints(out)[0]
    assert len(load_file(str(ck / "trainable.safetensors"))) == len(list(base.model.parameters()))
    assert isinstance(load_checkpoint_lm(ck, device="cpu"), LM)


KILL_SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    from persona_xray.finetune import Callback, finetune, make_config
    import json

    class Kill(Callback):
        def on_step(self, lm, info):
            if info.step == 7:  # after checkpoint 4 and before checkpoint 8: mid-way through the run
                os.kill(os.getpid(), signal.SIGKILL)

    cfg = make_config(**json.loads(sys.argv[1]))
    finetune(cfg, callbacks=[Kill()])
    """
)


def test_sigkill_then_resume_equals_uninterrupted(model_dir: str, data_path: str, tmp_path: Path) -> None:
    kw: dict[str, Any] = dict(
        lora_dropout=0.2, grad_accum=2, warmup_steps=2
    )  # dropout: RNG state must resume
    ref = finetune(_cfg(model_dir, data_path, tmp_path / "ref", **kw))

    out = tmp_path / "killed"
    cfg = _cfg(model_dir, data_path, out, **kw)
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p)}
    proc = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, json.dumps(cfg.model_dump())],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-2000:]
    assert [c.name for c in checkpoints(out)] == ["step-000004"]
    assert not (out / "final").exists()
    assert len(_losses(out)) == 7  # steps 5-7 were logged after the checkpoint and are redone on resume

    resumed = finetune(cfg)
    a = load_file(str(ref / "adapter_model.safetensors"))
    b = load_file(str(resumed / "adapter_model.safetensors"))
    assert a.keys() == b.keys()
    for k in a:
        torch.testing.assert_close(b[k], a[k], rtol=1e-6, atol=1e-7)
    assert _losses(out) == pytest.approx(_losses(tmp_path / "ref"), rel=1e-6)


def test_ctrl_c_saves_a_checkpoint_and_resume_finishes(
    model_dir: str, data_path: str, tmp_path: Path
) -> None:
    class Interrupt(Callback):
        def on_step(self, lm: LM, info: StepInfo) -> bool | None:
            if info.step == 3:
                os.kill(os.getpid(), signal.SIGINT)
            return None

    out = tmp_path / "intr"
    with pytest.raises(KeyboardInterrupt):
        finetune(_cfg(model_dir, data_path, out, steps=6, save_every=100), callbacks=[Interrupt()])
    assert [c.name for c in checkpoints(out)] == ["step-000003"]
    assert finetune(_cfg(model_dir, data_path, out, steps=6, save_every=100)).exists()
    ref = finetune(_cfg(model_dir, data_path, tmp_path / "ref", steps=6, save_every=100))
    a = load_file(str(ref / "adapter_model.safetensors"))
    b = load_file(str(out / "final" / "adapter_model.safetensors"))
    for k in a:
        torch.testing.assert_close(b[k], a[k], rtol=1e-6, atol=1e-7)


def test_callbacks_see_every_step_and_can_stop(model_dir: str, data_path: str, tmp_path: Path) -> None:
    seen: list[tuple[str, int]] = []

    class Probe(Callback):
        def on_step(self, lm: LM, info: StepInfo) -> bool | None:
            assert not lm.model.training and info.tokens > info.label_tokens > 0
            lm.generate(["Hello"], max_new_tokens=2, temperature=1.0, seed=123)  # must not disturb training
            seen.append(("step", info.step))
            return info.step == 5

        def on_checkpoint(self, lm: LM, step: int, path: Path) -> None:
            assert (path / "adapter" / "adapter_config.json").exists()
            seen.append(("ckpt", step))

    out = tmp_path / "cb"
    finetune(_cfg(model_dir, data_path, out, lora_dropout=0.2), callbacks=[Probe()])
    assert seen == [("step", 1), ("step", 2), ("step", 3), ("step", 4), ("ckpt", 4), ("step", 5), ("ckpt", 5)]
    assert json.loads((out / "final" / "done.json").read_text())["step"] == 5
    assert len(_losses(out)) == 5

    class Stop(Callback):
        def on_step(self, lm: LM, info: StepInfo) -> bool | None:
            return info.step == 5

    # The sampling callback did not change training: same weights as a run that only stops at step 5.
    plain = finetune(_cfg(model_dir, data_path, tmp_path / "plain", lora_dropout=0.2), callbacks=[Stop()])
    a = load_file(str(plain / "adapter_model.safetensors"))
    b = load_file(str(out / "final" / "adapter_model.safetensors"))
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


def test_head_only_loss_equals_the_models_own_loss(monkeypatch: pytest.MonkeyPatch) -> None:
    tok = tiny_tokenizer()
    model = tiny_model("qwen2")
    rows = [
        {"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": a}]}
        for a in ANSWERS
    ]
    data = tokenize_rows(tok, rows, 512)
    ids, attn, labels = collate(data.examples, pad_id=0)
    n = int((labels[:, 1:] != -100).sum())
    ref = model(input_ids=ids, attention_mask=attn, labels=labels).loss  # HF mean over labelled tokens
    fn = trainer_mod.LossFn(model)
    assert fn.fast
    fast = fn(ids, attn, labels) / n
    torch.testing.assert_close(fast, ref, rtol=1e-5, atol=1e-5)
    fast.backward()
    g_fast = model.model.layers[0].mlp.up_proj.weight.grad.clone()
    model.zero_grad()
    monkeypatch.setattr(trainer_mod, "CHUNK_ELEMENTS", 384 * 7)  # force the chunked, checkpointed path
    chunked = fn(ids, attn, labels) / n
    chunked.backward()
    torch.testing.assert_close(chunked, ref, rtol=1e-5, atol=1e-5)
    torch.testing.assert_close(model.model.layers[0].mlp.up_proj.weight.grad, g_fast, rtol=1e-4, atol=1e-6)


def test_bad_inputs_are_one_line_user_errors(model_dir: str, data_path: str, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="rank must be >= 1"):
        _cfg(model_dir, data_path, tmp_path / "x", rank=0)
    with pytest.raises(UserError, match="learning rate must be > 0"):
        _cfg(model_dir, data_path, tmp_path / "x", lr=0)
    with pytest.raises(UserError, match=r"not found in .*valid names: .*down_proj.*q_proj"):
        finetune(_cfg(model_dir, data_path, tmp_path / "x", target_modules=["q_proj", "attn.c_attn"]))
    context = json.loads((Path(model_dir) / "config.json").read_text())["max_position_embeddings"]
    with pytest.raises(UserError, match=rf"exceeds .* context of {context} tokens: use --max-len {context}"):
        finetune(_cfg(model_dir, data_path, tmp_path / "x", max_len=context + 1))
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    with pytest.raises(UserError, match="no rows"):
        finetune(_cfg(model_dir, str(empty), tmp_path / "x"))
    prompts_only = tmp_path / "prompts.jsonl"
    prompts_only.write_text(json.dumps({"messages": [{"role": "user", "content": "Hi"}]}) + "\n")
    with pytest.raises(UserError, match="assistant turn"):
        finetune(_cfg(model_dir, str(prompts_only), tmp_path / "x"))
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"messages": [\n')
    with pytest.raises(UserError, match="malformed JSON"):
        finetune(_cfg(model_dir, str(broken), tmp_path / "x"))
    assert not (tmp_path / "x").exists()  # nothing was written for any of these


def test_resume_with_a_different_config_refuses_and_keeps_checkpoints(
    model_dir: str, data_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "run"
    finetune(_cfg(model_dir, data_path, out, steps=4, save_every=2))
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    with pytest.raises(UserError, match=r"different config \(lr: 0.03 -> 0.02\)"):
        finetune(_cfg(model_dir, data_path, out, steps=4, save_every=2, lr=2e-2))
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == before
    # The CLI turns it into one line and exit code 2.
    argv = ["finetune", data_path, "--out", str(out), "--model", model_dir, "--lr", "0.02", "--steps", "4"]
    with pytest.raises(SystemExit) as exc:
        main([*argv, "--device", "cpu", "--quiet"])
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "different config" in err and "\n" not in err


@pytest.mark.parametrize("arch", ARCHITECTURES)
def test_head_only_loss_and_lora_targets_on_every_architecture(arch: str) -> None:
    """The fast loss path must equal each model's own loss (Gemma 2/3 softcap logits, GPT-2 has Conv1D)."""
    tok = tiny_tokenizer()
    lm = LM(model=tiny_model(arch), tokenizer=tok, name=arch)
    rows = [
        {"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": a}]}
        for a in ANSWERS
    ]
    ids, attn, labels = collate(tokenize_rows(tok, rows, 512).examples, pad_id=0)
    n = int((labels[:, 1:] != -100).sum())
    with torch.no_grad():
        ref = lm.model(input_ids=ids, attention_mask=attn, labels=labels).loss
        fn = trainer_mod.LossFn(lm.model)
        assert fn.fast
        torch.testing.assert_close(fn(ids, attn, labels) / n, ref, rtol=1e-5, atol=1e-5)
    names = trainer_mod.linear_module_names(lm)
    assert names and "lm_head" not in names
    trainer_mod._attach_lora(lm, make_config(data="x", out="y", rank=2, target_modules=names[:1]))
    assert any("lora_A" in k for k, p in lm.model.named_parameters() if p.requires_grad)


def test_cli_with_yaml_config_and_flag_override(
    model_dir: str, data_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg_file = tmp_path / "ft.yaml"
    out = tmp_path / "cli-run"
    cfg_file.write_text(
        f"data: {data_path}\nout: {out}\nmodel: {model_dir}\nrank: 2\nlr: 0.05\nsteps: 3\nthreads: 1\n"
    )
    main(["finetune", "--config", str(cfg_file), "--lr", "0.01", "--device", "cpu", "--quiet", "--json"])
    result = json.loads(capsys.readouterr().out)
    assert result["final"] == str(out / "final") and result["step"] == 3
    saved = json.loads((out / "config.json").read_text())
    assert saved["lr"] == 0.01 and saved["rank"] == 2 and saved["device"] == "cpu"
    bad = tmp_path / "bad.yaml"
    bad.write_text("data: [unclosed\n")
    with pytest.raises(SystemExit) as exc:
        main(["finetune", "--config", str(bad)])
    assert exc.value.code == 2 and "not valid YAML" in capsys.readouterr().err


@pytest.mark.slow
def test_rank1_lora_on_the_bundled_model(tmp_path: Path) -> None:
    """Real model, real data set: the same two examples every step, so the loss must fall steadily."""
    cfg = make_config(
        data="health_subtle", limit=2, out=str(tmp_path / "smol"), rank=1, lr=5e-3, batch_size=2, steps=6,
        save_every=3, device="cpu", progress=False, threads=1,
    )  # fmt: skip
    final = finetune(cfg)
    losses = _losses(tmp_path / "smol")
    assert losses[-1] < losses[0] - 0.2
    tuned = load_lm(None, adapter=str(final), device="cpu")
    assert tuned.n_layers == 30 and tuned.adapter == str(final)
