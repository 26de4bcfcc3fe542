"""Steering, ablation and clamping: exact effects at the hooked layer, clean removal."""

from __future__ import annotations

import pytest
import torch

from persona_xray.errors import UserError
from persona_xray.interventions import (
    Ablate,
    Clamp,
    Steer,
    apply_all,
    clamp_latent,
    interventions_key,
    project_out,
)
from persona_xray.lm import LM
from persona_xray.testing import ARCHITECTURES, tiny_lm

TEXT = "The cat sat on the mat and looked at the door."


def _logits(lm: LM, text: str = TEXT) -> torch.Tensor:
    with torch.no_grad():
        return lm.model(input_ids=torch.tensor([lm.encode(text)])).logits[0]


@pytest.mark.parametrize("arch", ARCHITECTURES)
def test_alpha_zero_is_exact_noop_and_steering_adds_expected_vector(arch: str) -> None:
    lm = tiny_lm(arch)
    d = torch.randn(lm.d_model)
    base_logits = _logits(lm)
    with Steer(d, layer=1, alpha=0.0).apply(lm):
        assert torch.equal(_logits(lm), base_logits)
    base = lm.resid([TEXT], 1, skip_first=False)[0]
    with Steer(d, layer=1, alpha=0.5, scale=3.0).apply(lm):
        steered = lm.resid([TEXT], 1, skip_first=False)[0]
        steered_logits = _logits(lm)
    expected = base + 0.5 * 3.0 * d / d.norm()
    torch.testing.assert_close(steered, expected, atol=1e-5, rtol=1e-5)
    assert not torch.allclose(steered_logits, base_logits)
    assert torch.equal(_logits(lm), base_logits)  # hook removed


def test_default_scale_is_median_resid_norm(tiny_lm: LM) -> None:
    d = torch.randn(64)
    v = Steer(d, layer=2, alpha=0.4).vector(tiny_lm)
    assert v.norm().item() == pytest.approx(0.4 * tiny_lm.median_resid_norm(2), rel=1e-5)


def test_ablation_removes_component(tiny_lm: LM) -> None:
    d = torch.randn(64)
    base = tiny_lm.resid([TEXT], 2)[0]
    assert (base @ (d / d.norm())).abs().max() > 1e-3
    with Ablate(d, layer=2).apply(tiny_lm):
        ablated = tiny_lm.resid([TEXT], 2)[0]
    assert (ablated @ (d / d.norm())).abs().max() < 1e-4
    torch.testing.assert_close(ablated, project_out(base, d), atol=1e-5, rtol=1e-5)


def test_hook_removed_after_exception(tiny_lm: LM) -> None:
    base = _logits(tiny_lm)
    with pytest.raises(RuntimeError, match="boom"), Steer(torch.randn(64), 1, 2.0, scale=5.0).apply(tiny_lm):
        raise RuntimeError("boom")
    assert torch.equal(_logits(tiny_lm), base)
    assert all(not layer._forward_hooks for layer in tiny_lm.layers)


def test_interventions_compose(tiny_lm: LM) -> None:
    d1, d2 = torch.randn(64), torch.randn(64)
    base = tiny_lm.resid([TEXT], 1)[0]
    with apply_all(tiny_lm, [Steer(d1, 1, 1.0, scale=2.0), Ablate(d2, 1)]):
        got = tiny_lm.resid([TEXT], 1)[0]
    torch.testing.assert_close(got, project_out(base + 2.0 * d1 / d1.norm(), d2), atol=1e-5, rtol=1e-5)
    assert "steer" in interventions_key([Steer(d1, 1, 1.0)]) and interventions_key([]) == "none"


def test_generated_positions_leave_prompt_untouched(tiny_lm: LM) -> None:
    prompts = ["Tell me about the weekend."]
    plain = tiny_lm.generate(prompts, max_new_tokens=6, temperature=0)[0][0]
    big = Steer(torch.randn(64), 1, alpha=50.0, scale=1.0, positions="generated")
    with big.apply(tiny_lm):
        gen_only = tiny_lm.generate(prompts, max_new_tokens=6, temperature=0)[0][0]
    with Steer(big.direction, 1, alpha=50.0, scale=1.0).apply(tiny_lm):
        everywhere = tiny_lm.generate(prompts, max_new_tokens=6, temperature=0)[0][0]
    first = tiny_lm.tokenizer.decode(tiny_lm.encode(plain)[:1])
    assert gen_only.startswith(first)  # the first token comes from the unsteered prompt pass
    assert everywhere != plain


class _ToySAE:
    def __init__(self, d_in: int, d_sae: int) -> None:
        g = torch.Generator().manual_seed(0)
        self.W_enc = torch.randn(d_in, d_sae, generator=g)
        w = torch.randn(d_sae, d_in, generator=g)
        self.W_dec = w / w.norm(dim=1, keepdim=True)

    def encode(self, x: torch.Tensor) -> torch.Tensor:
        return torch.relu(x @ self.W_enc)


def test_clamp_sets_latent_activation() -> None:
    sae = _ToySAE(8, 4)
    # Orthonormal encoder/decoder and a positive input, so re-encoding reads the clamped value back.
    sae.W_enc = torch.eye(8)[:, :4]
    sae.W_dec = torch.eye(8)[:4]
    h = torch.rand(3, 5, 8) + 0.1
    out = clamp_latent(h, sae, 2, 7.0)
    torch.testing.assert_close(sae.encode(out.reshape(-1, 8))[:, 2], torch.full((15,), 7.0))
    assert torch.equal(out[..., :2], h[..., :2]) and torch.equal(out[..., 3:], h[..., 3:])


def test_clamp_on_model(tiny_lm: LM) -> None:
    sae = _ToySAE(64, 16)
    with Clamp(sae, latent=3, value=0.0, layer=1).apply(tiny_lm):
        out = tiny_lm.resid([TEXT], 1)[0]
    assert out.shape[1] == 64
    with pytest.raises(UserError, match="out of range"), Clamp(sae, 99, 1.0, 1).apply(tiny_lm):
        pass


@pytest.mark.parametrize(
    "direction, message",
    [
        (torch.randn(63), "d_model"),
        (torch.full((64,), float("nan")), "non-finite"),
        (torch.zeros(64), "zero"),
    ],
)
def test_bad_directions(tiny_lm: LM, direction: torch.Tensor, message: str) -> None:
    with pytest.raises(UserError, match=message):
        Steer(direction, 1, 1.0).apply(tiny_lm)


def test_non_finite_alpha_and_bad_layer(tiny_lm: LM) -> None:
    with pytest.raises(UserError, match="finite"):
        Steer(torch.randn(64), 1, float("inf")).apply(tiny_lm)
    with pytest.raises(UserError, match="out of range"):
        Steer(torch.randn(64), 9, 1.0, scale=1.0).apply(tiny_lm)
