"""Pretrained SAEs in every common layout load into the one SAE class with the same forward function.

SAELens (pinned in the dev extra) is the reference for its own layouts: its SAEs are built, given random
weights, saved by SAELens itself and compared with ours on the same inputs. dictionary_learning does not
install here (its release pins nnsight < 0.4 and wandb), and Gemma Scope ships only weights, so those two
are checked against their published equations, written out below independently of the library code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch
from typer.testing import CliRunner

from persona_xray.errors import UserError
from persona_xray.sae import SAE, load_sae, save_sae
from persona_xray.sae.formats import detect_format

sae_lens = pytest.importorskip("sae_lens")
from sae_lens.saes.sae import SAEMetadata  # noqa: E402

D_IN, D_SAE = 12, 40
TOL = 1e-5


def _randomize(module: torch.nn.Module, seed: int) -> None:
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in module.named_parameters():
            p.copy_(torch.randn(p.shape, generator=g) * (0.3 if "b_" in name else 1.0))
            if name == "threshold":
                p.copy_(torch.rand(p.shape, generator=g) * 0.8)


def _saelens(arch: str, seed: int = 0, **cfg: Any) -> Any:
    classes = {
        "standard": (sae_lens.StandardSAE, sae_lens.StandardSAEConfig),
        "topk": (sae_lens.TopKSAE, sae_lens.TopKSAEConfig),
        "jumprelu": (sae_lens.JumpReLUSAE, sae_lens.JumpReLUSAEConfig),
    }
    cls, cfg_cls = classes[arch]
    sae = cls(cfg_cls(d_in=D_IN, d_sae=D_SAE, metadata=SAEMetadata(), **cfg))
    _randomize(sae, seed)
    return sae


def _x(seed: int = 1, n: int = 64) -> torch.Tensor:
    g = torch.Generator().manual_seed(seed)
    return torch.randn(n, D_IN, generator=g) * 3 + 0.5


def _same(ours: SAE, theirs: Any, x: torch.Tensor) -> None:
    with torch.no_grad():
        enc_t, enc_o = theirs.encode(x), ours.encode(x)
        assert torch.allclose(enc_o, enc_t, atol=TOL), (enc_o - enc_t).abs().max()
        assert (enc_t > 0).any(), "the reference SAE is silent: the comparison would prove nothing"
        assert torch.allclose(ours(x), theirs(x), atol=TOL), (ours(x) - theirs(x)).abs().max()
        if not ours.runtime_normalized:
            assert torch.allclose(ours.decode(enc_t), theirs.decode(enc_t), atol=TOL)
        else:
            assert torch.allclose(ours.decode(enc_o, x=x), theirs(x), atol=TOL)
        vals, idx = ours.encode_sparse(x)
        dense = torch.zeros_like(enc_o).scatter_(-1, idx, vals)
        assert torch.equal(dense, enc_o)


CASES: list[tuple[str, dict[str, Any]]] = [
    ("standard", {}),
    ("standard", {"apply_b_dec_to_input": False}),
    ("standard", {"normalize_activations": "constant_norm_rescale"}),
    ("standard", {"normalize_activations": "layer_norm"}),
    ("topk", {"k": 6}),
    ("topk", {"k": 6, "rescale_acts_by_decoder_norm": True}),
    ("topk", {"k": 6, "normalize_activations": "layer_norm", "apply_b_dec_to_input": False}),
    ("jumprelu", {}),
    ("jumprelu", {"apply_b_dec_to_input": False, "normalize_activations": "constant_norm_rescale"}),
]


@pytest.mark.parametrize(
    ("arch", "cfg"), CASES, ids=[f"{a}-{'-'.join(map(str, c.values()))}" for a, c in CASES]
)
def test_saelens_folders_load_with_the_same_forward(tmp_path: Path, arch: str, cfg: dict[str, Any]) -> None:
    theirs = _saelens(arch, **cfg)
    theirs.save_model(str(tmp_path / "s"))
    ours = load_sae(tmp_path / "s")
    assert ours.architecture == arch and ours.k == cfg.get("k")
    _same(ours, theirs, _x())
    # our own folder of it is read back by SAELens with the same function
    save_sae(ours, tmp_path / "back")
    again = sae_lens.SAE.load_from_disk(str(tmp_path / "back"), device="cpu")
    _same(ours, again, _x(2))


def test_batchtopk_training_folder_runs_like_its_inference_jumprelu(tmp_path: Path) -> None:
    """SAELens saves a BatchTopK SAE two ways: training (shared scalar threshold, acts rescaled by the
    decoder norms) and inference (a JumpReLU); both load here as the same per-token function."""
    train = sae_lens.BatchTopKTrainingSAE(
        sae_lens.BatchTopKTrainingSAEConfig(d_in=D_IN, d_sae=D_SAE, k=5, metadata=SAEMetadata())
    )
    _randomize(train, 3)
    with torch.no_grad():
        train.topk_threshold.fill_(0.7)
    train.save_model(str(tmp_path / "train"))
    train.save_inference_model(str(tmp_path / "infer"))
    assert json.loads((tmp_path / "train" / "cfg.json").read_text())["architecture"] == "batchtopk"
    reference = sae_lens.SAE.load_from_disk(str(tmp_path / "infer"), device="cpu")
    for folder in ("train", "infer"):
        ours = load_sae(tmp_path / folder)
        assert ours.architecture == "jumprelu"
        _same(ours, reference, _x(4))


def test_expected_average_only_in_folds_the_release_scale(tmp_path: Path) -> None:
    theirs = _saelens("topk", k=6)
    theirs.save_model(str(tmp_path / "s"))
    cfg_path = tmp_path / "s" / "cfg.json"
    cfg = json.loads(cfg_path.read_text())
    cfg["normalize_activations"] = "expected_average_only_in"
    cfg_path.write_text(json.dumps(cfg))
    with pytest.raises(UserError, match="--norm-scale"):
        load_sae(tmp_path / "s")
    ours = load_sae(tmp_path / "s", norm_scale=0.25)
    x = _x(5)
    with torch.no_grad():  # SAELens' activation store scales the input; the SAE then reads x * scale
        assert torch.allclose(ours.encode(x), theirs.encode(x * 0.25), atol=TOL)
        assert torch.allclose(ours(x), theirs(x * 0.25) / 0.25, atol=TOL)


# ----------------------------------------------------------------------------- dictionary_learning
def _dl_reference(
    kind: str, w: dict[str, torch.Tensor], x: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    """dictionary_learning's published forward (encode, reconstruction) for each class, from its equations."""
    if kind == "JumpReluAutoEncoder":
        pre = x @ w["W_enc"] + w["b_enc"]
        f = torch.relu(pre * (pre > w["threshold"]))
        return f, f @ w["W_dec"] + w["b_dec"]
    bias = w["bias"] if kind == "AutoEncoder" else w["b_dec"]
    post = torch.relu((x - bias) @ w["encoder.weight"].T + w["encoder.bias"])
    if kind == "AutoEncoderTopK":
        v, i = post.topk(int(w["k"]), dim=-1)
        f = torch.zeros_like(post).scatter_(-1, i, v)
    elif kind == "BatchTopKSAE":
        f = post * (post > w["threshold"])
    else:
        f = post
    return f, f @ w["decoder.weight"].T + bias


def _dl_weights(kind: str, seed: int = 0) -> dict[str, torch.Tensor]:
    g = torch.Generator().manual_seed(seed)

    def r(*shape: int) -> torch.Tensor:
        return torch.randn(*shape, generator=g)

    if kind == "JumpReluAutoEncoder":
        return {
            "W_enc": r(D_IN, D_SAE),
            "b_enc": r(D_SAE) * 0.3,
            "W_dec": r(D_SAE, D_IN),
            "b_dec": r(D_IN) * 0.3,
            "threshold": torch.rand(D_SAE, generator=g),
        }
    w = {"encoder.weight": r(D_SAE, D_IN), "encoder.bias": r(D_SAE) * 0.3, "decoder.weight": r(D_IN, D_SAE)}
    if kind == "AutoEncoder":
        return {**w, "bias": r(D_IN) * 0.3}
    return {**w, "b_dec": r(D_IN) * 0.3, "k": torch.tensor(6), "threshold": torch.tensor(0.9)}


DL_KINDS = ["AutoEncoder", "AutoEncoderTopK", "BatchTopKSAE", "JumpReluAutoEncoder"]


def _write_dl(folder: Path, kind: str, w: dict[str, torch.Tensor]) -> Path:
    folder.mkdir(parents=True)
    torch.save(w, folder / "ae.pt")
    trainer = {
        "dict_class": kind,
        "activation_dim": D_IN,
        "dict_size": D_SAE,
        "k": 6,
        "lm_name": "m",
        "layer": 3,
    }
    (folder / "config.json").write_text(json.dumps({"trainer": trainer}))
    return folder


@pytest.mark.parametrize("kind", DL_KINDS)
def test_dictionary_learning_folders_match_their_equations(tmp_path: Path, kind: str) -> None:
    w = _dl_weights(kind)
    folder = _write_dl(tmp_path / "dl", kind, w)
    assert detect_format(folder) == "dictionary-learning"
    ours = load_sae(folder)
    x = _x(6)
    f, recon = _dl_reference(kind, w, x)
    assert (f > 0).any() and ((f > 0).sum(-1) < D_SAE).all()
    with torch.no_grad():
        assert torch.allclose(ours.encode(x), f, atol=TOL)
        assert torch.allclose(ours(x), recon, atol=TOL)
    assert ours.metadata["layer"] == 3 and ours.metadata["dict_class"] == kind


def test_dictionary_learning_refuses_pickles_and_unset_thresholds(tmp_path: Path) -> None:
    w = _dl_weights("BatchTopKSAE")
    w["threshold"] = torch.tensor(-1.0)
    with pytest.raises(UserError, match="never set in training"):
        load_sae(_write_dl(tmp_path / "a", "BatchTopKSAE", w))
    folder = _write_dl(tmp_path / "b", "AutoEncoder", _dl_weights("AutoEncoder"))
    torch.save({"encoder.weight": object()}, folder / "ae.pt")  # arbitrary objects need a full unpickle
    with pytest.raises(UserError, match="not tensors-only"):
        load_sae(folder)
    folder = _write_dl(tmp_path / "c", "GatedAutoEncoder", _dl_weights("AutoEncoder"))
    with pytest.raises(UserError, match="dict_class 'GatedAutoEncoder' is not supported"):
        load_sae(folder)


# ----------------------------------------------------------------------------- Gemma Scope
def test_gemma_scope_npz_matches_the_jumprelu_equations(tmp_path: Path) -> None:
    w = {k: v.numpy() for k, v in _dl_weights("JumpReluAutoEncoder", 7).items()}
    np.savez(tmp_path / "params.npz", **w)
    for src in (tmp_path, tmp_path / "params.npz"):
        assert detect_format(src) == "gemma-scope"
        ours = load_sae(src)
        x = _x(8)
        pre = x @ torch.from_numpy(w["W_enc"]) + torch.from_numpy(w["b_enc"])
        f = torch.relu(pre) * (pre > torch.from_numpy(w["threshold"]))
        with torch.no_grad():
            assert torch.allclose(ours.encode(x), f, atol=TOL)
            assert torch.allclose(
                ours(x), f @ torch.from_numpy(w["W_dec"]) + torch.from_numpy(w["b_dec"]), atol=TOL
            )
    (tmp_path / "params.npz").write_bytes((tmp_path / "params.npz").read_bytes()[:200])
    with pytest.raises(UserError, match="corrupt"):
        load_sae(tmp_path)


def test_bad_files_are_one_line_errors(tmp_path: Path) -> None:
    theirs = _saelens("jumprelu")
    theirs.save_model(str(tmp_path / "s"))
    from safetensors.torch import load_file, save_file

    wpath = tmp_path / "s" / "sae_weights.safetensors"
    w = load_file(str(wpath))
    save_file({k: v for k, v in w.items() if k != "threshold"}, str(wpath))
    with pytest.raises(UserError, match="no tensor 'threshold'"):
        load_sae(tmp_path / "s")
    save_file({**w, "W_dec": w["W_dec"][:, :5].contiguous()}, str(wpath))
    with pytest.raises(UserError, match=r"'W_dec' has shape \(40, 5\)"):
        load_sae(tmp_path / "s")
    cfg = json.loads((tmp_path / "s" / "cfg.json").read_text())
    (tmp_path / "s" / "cfg.json").write_text(json.dumps({**cfg, "architecture": "gated"}))
    with pytest.raises(UserError, match="architecture 'gated' is not supported"):
        load_sae(tmp_path / "s")
    with pytest.raises(UserError, match="unknown SAE format 'onnx'"):
        load_sae(tmp_path / "s", format="onnx")


def test_imported_sae_decoding_needs_its_input_when_it_normalizes_per_token() -> None:
    sae = SAE(D_IN, D_SAE, 4, normalize_activations="layer_norm")
    sae.init_weights(0)
    x = _x()
    with pytest.raises(UserError, match="decoding needs the input"):
        sae.decode(sae.encode(x))
    with pytest.raises(UserError, match="no k"):
        SAE(D_IN, D_SAE, 4, architecture="jumprelu")


def test_cli_import_writes_our_folder_with_the_same_function(tmp_path: Path) -> None:
    from persona_xray.cli import app

    w = _dl_weights("BatchTopKSAE", 2)
    folder = _write_dl(tmp_path / "dl", "BatchTopKSAE", w)
    res = CliRunner().invoke(
        app, ["sae", "import", str(folder), "--out", str(tmp_path / "ours"), "--layer", "3"]
    )
    assert res.exit_code == 0, res.output
    assert "40 latents, jumprelu" in res.output
    back = load_sae(tmp_path / "ours")
    assert (
        detect_format(tmp_path / "ours") == "saelens"
        and back.metadata["hook_name"] == "blocks.3.hook_resid_post"
    )
    x = _x(9)
    with torch.no_grad():
        assert torch.allclose(back(x), _dl_reference("BatchTopKSAE", w, x)[1], atol=TOL)
    from persona_xray.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["sae", "import", str(tmp_path / "nothing"), "--out", str(tmp_path / "o")])
    assert exc.value.code == 2


# ----------------------------------------------------------------------------- release ids
def _fake_cache(root: Path, repo: str, rel: str) -> Path:
    snap = root / ("models--" + repo.replace("/", "--")) / "snapshots" / "abc123"
    (root / ("models--" + repo.replace("/", "--")) / "refs").mkdir(parents=True)
    (root / ("models--" + repo.replace("/", "--")) / "refs" / "main").write_text("abc123\n")
    return snap / rel


def test_release_ids_resolve_from_the_installed_directory_to_the_local_cache(tmp_path: Path) -> None:
    """A real release id from the directory SAELens ships resolves to the hub-cache folder (no download)."""
    from persona_xray.sae.formats import resolve_release

    release, sae_id = "qwen2.5-7b-instruct-andyrdt", "resid_post_layer_3_trainer_1"
    with pytest.raises(UserError, match="not in the local hub cache"):
        resolve_release(release, sae_id, cache=tmp_path)
    folder = _fake_cache(tmp_path, "andyrdt/saes-qwen2.5-7b-instruct", "resid_post_layer_3/trainer_1")
    w = _dl_weights("BatchTopKSAE", 4)
    _write_dl(folder, "BatchTopKSAE", w)
    path, scale = resolve_release(release, sae_id, cache=tmp_path)
    assert path == folder and scale is None
    x = _x(10)
    with torch.no_grad():
        assert torch.allclose(load_sae(path)(x), _dl_reference("BatchTopKSAE", w, x)[1], atol=TOL)
    with pytest.raises(UserError, match="has no SAE 'layer_99'"):
        resolve_release(release, "layer_99", cache=tmp_path)
    with pytest.raises(UserError, match="release 'nosuch' is not in"):
        resolve_release("nosuch", sae_id, cache=tmp_path)


def test_cli_import_of_a_release_applies_its_norm_scale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from persona_xray.cli import app

    theirs = _saelens("topk", k=6)
    folder = _fake_cache(tmp_path / "hub", "me/saes", "layer_2")
    theirs.save_model(str(folder))
    cfg = json.loads((folder / "cfg.json").read_text())
    (folder / "cfg.json").write_text(json.dumps({**cfg, "normalize_activations": "expected_average_only_in"}))
    directory = tmp_path / "dir.yaml"
    directory.write_text(
        "my-release:\n  repo_id: me/saes\n  model: tiny\n  saes:\n"
        "  - id: l2\n    path: layer_2\n    norm_scaling_factor: 0.5\n"
    )
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    args = ["sae", "import", "my-release", "--sae-id", "l2", "--directory", str(directory)]
    res = CliRunner().invoke(app, [*args, "--out", str(tmp_path / "ours")])
    assert res.exit_code == 0, res.output
    ours, x = load_sae(tmp_path / "ours"), _x(11)
    with torch.no_grad():
        assert torch.allclose(ours(x), theirs(x * 0.5) / 0.5, atol=TOL)
