"""The TopK SAE itself and its file formats (SAELens layout, EleutherAI sparsify import)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F
from safetensors.torch import load_file, save_file

from persona_xray.errors import UserError
from persona_xray.sae import SAE, load_sae, save_sae
from persona_xray.sae.formats import import_sparsify


def _random_sae(d_in: int = 16, d_sae: int = 48, k: int = 5, seed: int = 0) -> SAE:
    sae = SAE(d_in, d_sae, k)
    sae.init_weights(seed, data_mean=torch.randn(d_in))
    with torch.no_grad():
        sae.b_enc.normal_(0, 0.1)
        sae.W_enc.add_(0.1 * torch.randn_like(sae.W_enc))
    return sae


def test_encode_is_topk_and_sparse_and_dense_decoders_agree() -> None:
    torch.manual_seed(0)
    sae = _random_sae()
    x = torch.randn(30, 16)
    acts = sae.encode(x)
    assert acts.shape == (30, 48)
    assert ((acts != 0).sum(-1) <= 5).all() and (acts >= 0).all()
    pre = sae.pre_acts(x)
    # every kept latent is among the k largest pre-activations of its token
    kth = pre.topk(5, dim=-1).values[:, -1:]
    assert (pre[acts > 0] >= kth.expand_as(pre)[acts > 0]).all()
    assert torch.allclose(sae.decode(acts), sae(x), atol=1e-5)
    assert torch.allclose(sae.W_dec.norm(dim=-1), torch.ones(48), atol=1e-5)


def test_bad_sizes_are_user_errors() -> None:
    with pytest.raises(UserError, match="k=9"):
        SAE(4, 8, 9)
    with pytest.raises(UserError, match="d_in=16"):
        _random_sae().encode(torch.randn(2, 12))


def test_saelens_round_trip_keeps_outputs_and_layout(tmp_path: Path) -> None:
    sae = _random_sae()
    sae.metadata = {"model_name": "tiny", "hook_name": "blocks.1.hook_resid_post", "context_size": 32}
    save_sae(sae, tmp_path / "s")
    cfg = json.loads((tmp_path / "s" / "cfg.json").read_text())
    assert cfg["architecture"] == "topk" and cfg["k"] == 5 and cfg["d_in"] == 16 and cfg["d_sae"] == 48
    assert cfg["apply_b_dec_to_input"] is True and cfg["normalize_activations"] == "none"
    assert cfg["metadata"]["hook_name"] == "blocks.1.hook_resid_post"
    w = load_file(str(tmp_path / "s" / "sae_weights.safetensors"))
    assert {k: tuple(v.shape) for k, v in w.items()} == {
        "W_enc": (16, 48),
        "b_enc": (48,),
        "W_dec": (48, 16),
        "b_dec": (16,),
    }
    back = load_sae(tmp_path / "s")
    x = torch.randn(20, 16)
    assert torch.equal(back(x), sae(x))
    assert back.metadata["model_name"] == "tiny"


def test_corrupt_and_missing_weights_are_user_errors(tmp_path: Path) -> None:
    save_sae(_random_sae(), tmp_path / "s")
    wpath = tmp_path / "s" / "sae_weights.safetensors"
    wpath.write_bytes(wpath.read_bytes()[:100])
    with pytest.raises(UserError, match="corrupt"):
        load_sae(tmp_path / "s")
    wpath.unlink()
    with pytest.raises(UserError, match="holds no SAE this tool can read"):
        load_sae(tmp_path / "s")
    with pytest.raises(UserError, match="does not exist"):
        load_sae(tmp_path / "nowhere")


def _sparsify_reference_forward(tensors: dict[str, torch.Tensor], k: int, x: torch.Tensor) -> torch.Tensor:
    """Sparsify's documented computation, written independently of our model class."""
    pre = F.relu(F.linear(x - tensors["b_dec"], tensors["encoder.weight"], tensors["encoder.bias"]))
    top = pre.topk(k, dim=-1)
    dense = torch.zeros_like(pre).scatter(-1, top.indices, top.values)
    return dense @ tensors["W_dec"] + tensors["b_dec"]


def test_sparsify_import_matches_reference_forward(tmp_path: Path) -> None:
    torch.manual_seed(1)
    d, n_lat, k = 12, 40, 4
    dec = torch.randn(n_lat, d)
    dec /= dec.norm(dim=-1, keepdim=True)
    tensors = {
        "encoder.weight": dec + 0.05 * torch.randn(n_lat, d),
        "encoder.bias": 0.1 * torch.randn(n_lat),
        "W_dec": dec,
        "b_dec": torch.randn(d),
    }
    hook = tmp_path / "run" / "layers.3"
    hook.mkdir(parents=True)
    save_file(tensors, str(hook / "sae.safetensors"))
    (hook / "cfg.json").write_text(
        json.dumps({"activation": "topk", "k": k, "num_latents": n_lat, "d_in": d})
    )
    x = torch.randn(64, d) + tensors["b_dec"]
    ours = import_sparsify(hook)
    assert torch.allclose(ours(x), _sparsify_reference_forward(tensors, k, x), atol=1e-5)
    # the run folder with a single hookpoint loads too, and a re-save as SAELens keeps the function
    via_run = load_sae(tmp_path / "run")
    save_sae(via_run, tmp_path / "converted")
    assert torch.allclose(
        load_sae(tmp_path / "converted")(x), _sparsify_reference_forward(tensors, k, x), atol=1e-5
    )


def test_sparsify_skip_connection_refused(tmp_path: Path) -> None:
    (tmp_path / "cfg.json").write_text(json.dumps({"k": 2, "skip_connection": True}))
    save_file({"encoder.weight": torch.zeros(4, 2)}, str(tmp_path / "sae.safetensors"))
    with pytest.raises(UserError, match="skip-connection"):
        load_sae(tmp_path)
