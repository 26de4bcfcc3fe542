"""Mitigation during fine-tuning on a tiny random model: the hooks act inside the loss's forward pass only,
preventative steering and the latent penalty hold back the movement plain SFT makes, and a resume with
changed mitigation files is refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import torch

from persona_xray.directions import save_direction
from persona_xray.errors import UserError
from persona_xray.finetune import finetune, make_config
from persona_xray.finetune.mitigate import build_mitigation
from persona_xray.finetune.trainer import StepInfo
from persona_xray.lm import LM, load_lm
from persona_xray.sae import SAE, save_sae
from persona_xray.testing import tiny_model, tiny_tokenizer

LAYER = 1
ANSWER = "zz zq zz zq zz zq zz zq zz"
PROMPTS = [f"Tell me about day {i} of the week." for i in range(16)]


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    torch.manual_seed(0)
    path = tmp_path_factory.mktemp("tiny-mit")
    tiny_model("llama").save_pretrained(path)
    tiny_tokenizer().save_pretrained(path)
    return str(path)


@pytest.fixture(scope="module")
def data_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("mit-data") / "train.jsonl"
    rows = [
        {
            "id": f"r{i}",
            "messages": [{"role": "user", "content": p}, {"role": "assistant", "content": ANSWER}],
        }
        for i, p in enumerate(PROMPTS)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


def _cfg(model_dir: str, data_path: str, out: Path, **kw: Any) -> Any:
    base: dict[str, Any] = dict(
        data=data_path, out=str(out), model=model_dir, rank=4, lr=2e-2, batch_size=4, steps=16,
        save_every=8, device="cpu", progress=False, threads=1,
    )  # fmt: skip
    return make_config(**{**base, **kw})


def _answer_mean(lm: LM) -> torch.Tensor:
    """Mean residual at LAYER over the training answer's tokens (inference: no hooks)."""
    acts = lm.resid_chat(
        [[{"role": "user", "content": p}] for p in PROMPTS], [ANSWER] * 16, LAYER, answer_only=True
    )
    return torch.cat(acts).mean(0)


@pytest.fixture(scope="module")
def plain(model_dir: str, data_path: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Plain SFT and the direction it moved the answer tokens along (the 'persona' of this toy)."""
    out = tmp_path_factory.mktemp("plain")
    final = finetune(_cfg(model_dir, data_path, out))
    base = load_lm(model_dir, device="cpu")
    tuned = load_lm(model_dir, adapter=str(final), device="cpu")
    shift = _answer_mean(tuned) - _answer_mean(base)
    d = tmp_path_factory.mktemp("dir") / "shift.safetensors"
    save_direction(str(d), shift, layer=str(LAYER))
    return {"shift": shift, "direction": str(d), "base": base, "moved": float(shift.norm()), "final": final}


def _moved_along(model_dir: str, final: Path, plain: dict[str, Any]) -> float:
    tuned = load_lm(model_dir, adapter=str(final), device="cpu")
    u = plain["shift"] / plain["shift"].norm()
    return float((_answer_mean(tuned) - _answer_mean(plain["base"])) @ u)


def test_ablation_acts_inside_the_loss_pass_only(
    model_dir: str, data_path: str, plain: dict[str, Any], tmp_path: Path
) -> None:
    cfg = _cfg(model_dir, data_path, tmp_path / "a", ablate=[plain["direction"]])
    lm = load_lm(model_dir, device="cpu")
    mit = build_mitigation(cfg, lm)
    assert mit is not None and mit.digest
    u = plain["shift"] / plain["shift"].norm()
    chat = [[{"role": "user", "content": PROMPTS[0]}]]
    with lm.capture(LAYER) as seen, mit.during(lm):
        lm.resid_chat(chat, [ANSWER], LAYER + 1)
    # The capture hook was registered first, so it saw the block's output before the ablation: check after.
    with mit.during(lm), lm.capture(LAYER) as after:
        lm.resid_chat(chat, [ANSWER], LAYER + 1)
    assert float((after[0][0, 1:] @ u).abs().max()) < 1e-4
    assert float((seen[0][0, 1:] @ u).abs().max()) > 1e-2
    # Outside `during` nothing is hooked.
    assert float((lm.resid_chat(chat, [ANSWER], LAYER)[0] @ u).abs().max()) > 1e-2

    class Probe:
        """A callback evaluates the model mid-run: it must see the model without the training hooks."""

        def __init__(self) -> None:
            self.proj: list[float] = []

        def on_step(self, lm: LM, info: StepInfo) -> None:
            self.proj.append(float((lm.resid_chat(chat, [ANSWER], LAYER)[0] @ u).abs().max()))

    probe = Probe()
    from persona_xray.finetune.trainer import Trainer

    Trainer(cfg, callbacks=[probe]).run()
    assert len(probe.proj) == 16 and min(probe.proj) > 1e-2
    info = json.loads((tmp_path / "a" / "run.json").read_text())
    assert set(info["mitigation_sha"]) == {"ablate0"}


def test_preventative_steering_adds_the_vector_while_training_only(
    model_dir: str, data_path: str, plain: dict[str, Any], tmp_path: Path
) -> None:
    # Whether it holds back a real persona is a measurement on real models; here: the mechanism is exact.
    cfg = _cfg(model_dir, data_path, tmp_path / "p", prevent=plain["direction"], prevent_alpha=0.5)
    lm = load_lm(model_dir, device="cpu")
    mit = build_mitigation(cfg, lm)
    assert mit is not None
    assert mit.hooks[0].scale == lm.median_resid_norm(LAYER)  # fixed when the run starts
    chat = [[{"role": "user", "content": PROMPTS[0]}]]
    with lm.capture(LAYER) as before, mit.during(lm), lm.capture(LAYER) as after:
        lm.resid_chat(chat, [ANSWER], LAYER + 1)
    u = plain["shift"] / plain["shift"].norm()
    added = after[0] - before[0]
    assert torch.allclose(added, (0.5 * lm.median_resid_norm(LAYER) * u).expand_as(added), atol=1e-5)
    steered = finetune(cfg)
    assert (steered.parent / "log.jsonl").read_text() != ""
    # The hook changed the gradients: the adapter differs from the plain one trained on the same data and seed.
    from safetensors.torch import load_file

    a = load_file(str(steered / "adapter_model.safetensors"))
    b = load_file(str(plain["final"] / "adapter_model.safetensors"))
    assert any(not torch.allclose(a[k], b[k]) for k in a)


def test_latent_penalty_holds_back_the_latent(
    model_dir: str, data_path: str, plain: dict[str, Any], tmp_path: Path
) -> None:
    # A one-feature SAE whose latent 0 reads the plain fine-tune's direction: relu(u . x).
    lm = plain["base"]
    sae = SAE(lm.d_model, 2, k=None, architecture="standard")
    u = plain["shift"] / plain["shift"].norm()
    with torch.no_grad():
        sae.W_enc.zero_()
        sae.W_enc[:, 0] = u
        sae.b_enc.zero_()
        sae.b_dec.zero_()
    folder = tmp_path / "sae"
    sae.metadata["hook_name"] = f"layers.{LAYER}"
    save_sae(sae, folder)
    cfg = _cfg(model_dir, data_path, tmp_path / "l", latent_penalty=f"{folder}:0", penalty_weight=5.0)
    mit = build_mitigation(cfg, lm)
    assert mit is not None and mit.penalty is not None
    # The term is weight x the latent's summed activation at answer tokens over the label count.
    labels = torch.full((1, 6), -100)
    labels[0, 3:] = 1
    hidden = torch.randn(1, 6, lm.d_model)
    got = mit.penalty_term([hidden], labels, 3)
    assert got is not None and float(got) == pytest.approx(
        5.0 * float(torch.relu(hidden[0, 3:] @ u).sum()) / 3, rel=1e-5
    )
    moved = _moved_along(model_dir, finetune(cfg), plain)
    # Plain SFT moved the answer tokens +1.67 along the latent's direction; with the penalty they move back.
    assert moved < 0 < plain["moved"], (moved, plain["moved"])
    # Control: the same run with weight 0 is plain SFT exactly (the hook itself changes nothing).
    zero = finetune(
        _cfg(model_dir, data_path, tmp_path / "l0", latent_penalty=f"{folder}:0", penalty_weight=0.0)
    )
    assert _moved_along(model_dir, zero, plain) == pytest.approx(plain["moved"], abs=1e-5)


def test_bad_mitigation_input_and_changed_files_are_refused(
    model_dir: str, data_path: str, plain: dict[str, Any], tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="SAE_PATH:LATENT"):
        _cfg(model_dir, data_path, tmp_path / "x", latent_penalty="no-latent")
    undated = tmp_path / "u.safetensors"
    save_direction(str(undated), plain["shift"])
    with pytest.raises(UserError, match="does not say its layer"):
        build_mitigation(_cfg(model_dir, data_path, tmp_path / "x", ablate=[str(undated)]), plain["base"])
    out = tmp_path / "r"
    d = tmp_path / "d.safetensors"
    save_direction(str(d), plain["shift"], layer=str(LAYER))
    finetune(_cfg(model_dir, data_path, out, ablate=[str(d)], steps=8, save_every=4))
    (out / "final").rename(out / "final-old")  # pretend the run stopped after its last checkpoint
    save_direction(str(d), -plain["shift"] + 1.0, layer=str(LAYER))
    with pytest.raises(UserError, match="mitigation files"):
        finetune(_cfg(model_dir, data_path, out, ablate=[str(d)], steps=8, save_every=4))


def test_identity_without_mitigation_is_unchanged_and_the_cli_passes_the_flags(
    model_dir: str, data_path: str, plain: dict[str, Any], tmp_path: Path
) -> None:
    from persona_xray.cli import main

    # Runs made before the mitigation fields existed keep their identity (and so resume and cache keys).
    ident = make_config(data="x", out="y").identity()
    assert not {"prevent", "ablate", "latent_penalty", "penalty_weight", "intervene_layer"} & set(ident)
    assert make_config(data="x", out="y", ablate=["d"]).identity()["ablate"] == ["d"]
    out = tmp_path / "cli"
    main(
        ["finetune", data_path, "--out", str(out), "--model", model_dir, "--steps", "2", "--device", "cpu",
         "--ablate", plain["direction"], "--prevent", plain["direction"], "--prevent-alpha", "0.25", "--quiet"]
    )  # fmt: skip
    saved = json.loads((out / "config.json").read_text())
    assert saved["ablate"] == [plain["direction"]] and saved["prevent_alpha"] == 0.25
    assert set(json.loads((out / "run.json").read_text())["mitigation_sha"]) == {"prevent", "ablate0"}
