"""Batched steering: many (direction, strength) configurations in one pass equal the one-by-one results."""

from __future__ import annotations

import contextlib

import pytest
import torch

from persona_xray.errors import UserError
from persona_xray.interventions import Steer, SteerMany, apply_all
from persona_xray.testing import ARCHITECTURES, tiny_lm

PROMPTS = ["What should I do this weekend?", "Hello, how are you today?", "def add(a, b):"]
ANSWERS = [
    ["Drink water and rest.", "I am fine, thank you.", "return a + b"],
    ["See a doctor.", "Money, power, friends.", "import os"],
]


def _sequential(lm, vectors, layer):  # type: ignore[no-untyped-def]
    out = []
    for v in vectors:
        with apply_all(lm, [Steer(v, layer, 1.0, scale=float(v.norm()))] if v.norm() > 0 else []):
            out.append(lm.answers_logprobs(PROMPTS, ANSWERS, batch_size=2))
    return out


@pytest.mark.parametrize("arch", ARCHITECTURES)
@pytest.mark.parametrize("share_lower", [True, False])
def test_many_equals_sequential(arch: str, share_lower: bool) -> None:
    """Every copy of a fanned-out pass scores each answer like the model steered by that copy's vector alone,
    on every architecture, with the lower blocks shared or not, across batches of uneven prompt lengths."""
    torch.manual_seed(0)
    lm = tiny_lm(arch)
    layer = 1
    g = torch.Generator().manual_seed(1)
    vectors = torch.randn(4, lm.d_model, generator=g) * 3.0
    vectors[2] = 0.0  # a zero row is the unsteered model
    seq = _sequential(lm, vectors, layer)
    with SteerMany(vectors, layer, share_lower=share_lower).apply(lm):
        many = lm.answers_logprobs(PROMPTS, ANSWERS, batch_size=2, copies=len(vectors))
    worst = 0.0
    for c in range(len(vectors)):
        for j in range(len(ANSWERS)):
            for i in range(len(PROMPTS)):
                a, b = seq[c][j][i], many[j][c * len(PROMPTS) + i]
                assert a.shape == b.shape
                worst = max(worst, float((a - b).abs().max()))
    assert worst < 1e-4
    # The configurations really differ: a steered copy is not the unsteered one.
    assert float((many[0][0] - many[0][2 * len(PROMPTS)]).abs().max()) > 1e-3


def test_many_restores_the_model(tiny_lm) -> None:  # type: ignore[no-untyped-def]
    before = tiny_lm.answers_logprobs(PROMPTS, ANSWERS)
    with pytest.raises(RuntimeError), SteerMany(torch.ones(3, tiny_lm.d_model), 2).apply(tiny_lm):
        raise RuntimeError("boom")
    after = tiny_lm.answers_logprobs(PROMPTS, ANSWERS)
    assert all(
        torch.equal(x, y) for s, t in zip(before, after, strict=True) for x, y in zip(s, t, strict=True)
    )


def test_many_refuses_bad_shapes(tiny_lm) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="needs"):
        SteerMany(torch.ones(2, tiny_lm.d_model + 1), 1).apply(tiny_lm).__enter__()
    with pytest.raises(UserError, match="non-finite"):
        SteerMany(torch.full((2, tiny_lm.d_model), float("nan")), 1).apply(tiny_lm).__enter__()
    # A batch not laid out as copies x rows is refused, not silently mis-steered.
    with (
        SteerMany(torch.ones(2, tiny_lm.d_model), 1).apply(tiny_lm),
        pytest.raises(UserError, match="copies"),
    ):
        tiny_lm.answers_logprobs(PROMPTS, ANSWERS, copies=1)
    with pytest.raises(UserError, match="copies"):
        tiny_lm.answers_logprobs(PROMPTS, ANSWERS, copies=0)


def test_batched_sweep_equals_the_sequential_sweep(tiny_lm) -> None:  # type: ignore[no-untyped-def]
    """The steering sweep's fanned-out path (default for the paired eval) gives the sequential sweep's
    per-item margins and reference NLLs, for every direction, strength and the baseline, within 1e-4."""
    from persona_xray.analysis.steer import paired_scorer, steer_sweep
    from persona_xray.evals.coherence import load_reference
    from persona_xray.evals.paired import PairedItem

    items = [
        PairedItem(
            f"i{k}", (("user", f"Question {k}?" + " more" * k),), "Yes, gladly.", "No.", "t", f"s{k // 2}"
        )
        for k in range(7)
    ]
    fn = paired_scorer(items, reference=load_reference()[:3], batch_size=3)
    fn.rows = 5  # several groups of configurations and several item batches per group
    g = torch.Generator().manual_seed(2)
    dirs = {f"latent:{i}": torch.randn(tiny_lm.d_model, generator=g) for i in range(3)}
    seq = steer_sweep(tiny_lm, dirs, 2, [0.5, 2.0], fn, sequential=True)
    bat = steer_sweep(tiny_lm, dirs, 2, [0.5, 2.0], fn)
    pairs = [(seq.baseline, bat.baseline)]
    pairs += [(a, b) for n in dirs for a, b in zip(seq.curves[n], bat.curves[n], strict=True)]
    moved = 0.0
    for a, b in pairs:
        assert a.strength == b.strength and a.items and b.items and a.reference_nll and b.reference_nll
        assert max(abs(x - y) for x, y in zip(a.items, b.items, strict=True)) < 1e-4
        assert max(abs(x - y) for x, y in zip(a.reference_nll, b.reference_nll, strict=True)) < 1e-4
        moved = max(moved, max(abs(x - y) for x, y in zip(a.items, seq.baseline.items, strict=True)))
    assert moved > 1e-3  # steering changed the margins, so equality is not trivial
    assert bat.clusters == seq.clusters


def test_steer_screen_orders_directions_by_their_causal_effect(tiny_lm) -> None:  # type: ignore[no-untyped-def]
    """The screen puts the direction that raises the misaligned margin (its gradient) first and its negation
    last, chosen on the selection half, and leaves the test half for the report."""
    from persona_xray.analysis.rankers import margin_gradient
    from persona_xray.analysis.steer import paired_scorer, steer_screen
    from persona_xray.evals.paired import PairedItem

    qs = [f"Question {k}?" + " please" * (k % 3) for k in range(12)]
    items = [
        PairedItem(f"i{k}", (("user", q),), "Yes, gladly.", "No, go away.", "t", f"s{k // 2}")
        for k, q in enumerate(qs)
    ]
    grad = margin_gradient(tiny_lm, 1, qs, [it.misaligned for it in items], [it.aligned for it in items])
    rand = torch.randn(tiny_lm.d_model, generator=torch.Generator().manual_seed(3))
    dirs = {"down": -grad, "random": rand - (rand @ grad) / (grad @ grad) * grad, "up": grad}
    order, sw = steer_screen(tiny_lm, dirs, 1, paired_scorer(items), strengths=[0.05, 0.1])
    assert order[0] == "up" and order[-1] == "down"
    held = sw.held_out("up")
    assert held is not None and held["effect"] > 0 and held["test"]["unit"] == "scenario"


def test_scores_keep_no_vocabulary_sized_buffers_alive(tiny_lm) -> None:  # type: ignore[no-untyped-def]
    """Every returned score is a slice of one small per-set buffer: a one-token answer does not keep the
    batch's [rows, vocab] log-softmax alive, and a sweep that keeps thousands of scores does not pin the
    allocator's pages between large temporaries (it grew by GBs per call before)."""
    sets = [["a", "Drink water and rest."], ["b", "See a doctor."]]
    out = tiny_lm.answers_logprobs(["Hi", "What should I do?"], sets, copies=3)
    for s in out:
        ptrs = {t.untyped_storage().data_ptr() for t in s}
        assert len(ptrs) == 1
        total = sum(t.numel() for t in s)
        assert s[0].untyped_storage().nbytes() == 4 * total < 4 * tiny_lm.model.config.vocab_size


def _by_hand_start(lm, prompts, answers, vector, layer):  # type: ignore[no-untyped-def]
    """Answer log-probs with ``||h|| * vector`` added at the last prompt token only, from one full pass per
    prompt + answer (no cache, no padding): the definition the answer-start steering must meet."""
    from persona_xray.lm import block_output, replace_block_output

    out = []
    for p, a in zip(prompts, answers, strict=True):
        pre = lm.encode(lm.format_chat(p))
        ids = torch.tensor([pre + lm.encode(a)])
        at = len(pre) - 1

        def hook(_m, _i, output, at=at):  # type: ignore[no-untyped-def]
            h = block_output(output).clone()
            h[:, at] = h[:, at] + h[:, at].norm(dim=-1, keepdim=True) * vector
            return replace_block_output(output, h)

        handle = lm.layers[layer].register_forward_hook(hook)
        try:
            with torch.no_grad():
                logits = lm.model(input_ids=ids).logits[0].float()
        finally:
            handle.remove()
        lp = torch.log_softmax(logits[len(pre) - 1 : -1], dim=-1)
        out.append(lp.gather(-1, ids[0, len(pre) :, None])[:, 0])
    return out


@pytest.mark.parametrize("arch", ["llama", "gpt2"])
def test_start_steering_moves_only_the_answer_start_token(arch: str) -> None:
    """``positions='start'`` adds alpha x the token's own norm at the last prompt token and nowhere else:
    one Steer (cached prompt pass, left-padded batch, answer continuations) and a fanned-out SteerMany copy
    both equal a hand-written hook on one uncached pass per prompt + answer."""
    torch.manual_seed(0)
    lm = tiny_lm(arch)
    layer = 1
    u = torch.randn(lm.d_model, generator=torch.Generator().manual_seed(4))
    u = u / u.norm()
    alpha = 0.8
    want = [_by_hand_start(lm, PROMPTS, s, alpha * u, layer) for s in ANSWERS]
    with Steer(u, layer, alpha, positions="start").apply(lm):
        one = lm.answers_logprobs(PROMPTS, ANSWERS, batch_size=2)
    vectors = torch.stack([torch.zeros(lm.d_model), alpha * u, -alpha * u])
    with SteerMany(vectors, layer, positions="start").apply(lm):
        many = lm.answers_logprobs(PROMPTS, ANSWERS, batch_size=2, copies=len(vectors))
    plain = lm.answers_logprobs(PROMPTS, ANSWERS, batch_size=2)
    n = len(PROMPTS)
    for j in range(len(ANSWERS)):
        for i in range(n):
            assert torch.allclose(one[j][i], want[j][i], atol=1e-4)
            assert torch.allclose(many[j][n + i], want[j][i], atol=1e-4)
            assert torch.allclose(many[j][i], plain[j][i], atol=1e-4)  # the zero row is unsteered
    # It moved something (so the equalities are not trivial), and the opposite sign moved it the other way.
    moved = max(float((want[j][i] - plain[j][i]).abs().max()) for j in range(2) for i in range(n))
    assert moved > 1e-3
    assert not torch.allclose(many[0][2 * n], many[0][n], atol=1e-3)


def test_start_steering_in_generation_moves_only_the_last_prompt_token(tiny_lm) -> None:  # type: ignore[no-untyped-def]
    """In generation (left-padded prompts, a cache from the first call on) the start steer changes the steered
    block's output at the last prompt position of the prompt pass and nowhere else in that pass; strength
    zero is the plain model."""
    from persona_xray.lm import block_output

    u = torch.randn(tiny_lm.d_model, generator=torch.Generator().manual_seed(5))
    plain = tiny_lm.generate(PROMPTS[:2], max_new_tokens=6, temperature=0)
    with Steer(u, 1, 0.0, positions="start").apply(tiny_lm):
        assert tiny_lm.generate(PROMPTS[:2], max_new_tokens=6, temperature=0) == plain

    def first_pass(steer: bool) -> torch.Tensor:
        seen: list[torch.Tensor] = []
        with contextlib.ExitStack() as stack:
            if steer:
                stack.enter_context(Steer(u, 1, 2.0, positions="start").apply(tiny_lm))
            # registered after the steer's hook, so it sees the steered output
            h = tiny_lm.layers[1].register_forward_hook(lambda m, i, o: seen.append(block_output(o).clone()))
            stack.callback(h.remove)
            tiny_lm.generate(PROMPTS[:2], max_new_tokens=3, temperature=0)
        assert seen[0].shape[1] > 1 and all(x.shape[1] == 1 for x in seen[1:])
        return seen[0]

    a, b = first_pass(False), first_pass(True)
    assert torch.allclose(a[:, :-1], b[:, :-1])
    want = a[:, -1] + 2.0 * a[:, -1].norm(dim=-1, keepdim=True) * (u / u.norm())
    assert torch.allclose(b[:, -1], want, atol=1e-5)
