"""The model layer on tiny random-init models of every supported architecture."""

from __future__ import annotations

import pytest
import torch

from persona_xray.errors import UserError
from persona_xray.lm import LM, find_layers
from persona_xray.testing import ARCHITECTURES, tiny_lm, tiny_model, tiny_tokenizer


@pytest.mark.parametrize("arch", ARCHITECTURES)
def test_capture_is_hidden_states_plus_one(arch: str) -> None:
    """'Layer i' is the output of block i, which HF reports as hidden_states[i + 1]."""
    lm = tiny_lm(arch)
    ids = torch.tensor([lm.encode("Hello there, how are you today?")])
    with torch.no_grad():
        ref = lm.model(input_ids=ids, output_hidden_states=True).hidden_states
    for layer in range(lm.n_layers - 1):  # the last entry has the final norm applied in some models
        got = lm.resid(["Hello there, how are you today?"], layer, skip_first=False)[0]
        assert got.shape == (ids.shape[1], lm.d_model)
        torch.testing.assert_close(got, ref[layer + 1][0].float())


def test_layers_found_through_peft_wrapper() -> None:
    from peft import LoraConfig, get_peft_model

    model = tiny_model("llama")
    plain = find_layers(model)
    wrapped = get_peft_model(model, LoraConfig(r=1, target_modules=["q_proj"]))
    assert find_layers(wrapped) is plain
    lm = LM(model=wrapped, tokenizer=tiny_tokenizer())
    assert lm.n_layers == 4 and lm.d_model == 64


def test_resid_drops_padding_and_is_batch_invariant(tiny_lm: LM) -> None:
    texts = ["a short one", "a much longer text with many more tokens in it than the first"]
    batched = tiny_lm.resid(texts, 1, batch_size=2)
    single = [tiny_lm.resid([t], 1)[0] for t in texts]
    for b, s, t in zip(batched, single, texts, strict=True):
        assert b.shape == (len(tiny_lm.encode(t)) - 1, 64)  # position 0 dropped
        torch.testing.assert_close(b, s, atol=1e-5, rtol=1e-4)


def test_resid_chat_answer_only(tiny_lm: LM) -> None:
    full = tiny_lm.resid_chat(["Hi"], ["Hello friend"], 2)[0]
    ans = tiny_lm.resid_chat(["Hi"], ["Hello friend"], 2, answer_only=True)[0]
    n_answer = len(tiny_lm.encode(tiny_lm.format_chat("Hi") + "Hello friend")) - len(
        tiny_lm.encode(tiny_lm.format_chat("Hi"))
    )
    assert ans.shape[0] == n_answer
    torch.testing.assert_close(ans, full[-n_answer:])


def test_answer_logprobs_match_direct_computation(tiny_lm: LM) -> None:
    prompts = ["What is up?", "Tell me a story about a dog."]
    answers = ["Not much.", "Once upon a time a dog ran home."]
    got = tiny_lm.answer_logprobs(prompts, answers, batch_size=2)
    for p, a, g in zip(prompts, answers, got, strict=True):
        pre = tiny_lm.encode(tiny_lm.format_chat(p))
        ans = tiny_lm.encode(a)
        ids = torch.tensor([pre + ans])
        with torch.no_grad():
            lp = torch.log_softmax(tiny_lm.model(input_ids=ids).logits[0].float(), -1)
        want = torch.stack([lp[len(pre) - 1 + j, t] for j, t in enumerate(ans)])
        torch.testing.assert_close(g, want, atol=1e-5, rtol=1e-4)


def _direct_answer_logprobs(lm: LM, prompt: str, answer: str) -> torch.Tensor:
    pre, ans = lm.encode(lm.format_chat(prompt)), lm.encode(answer)
    with torch.no_grad():
        lp = torch.log_softmax(lm.model(input_ids=torch.tensor([pre + ans])).logits[0].float(), -1)
    return torch.stack([lp[len(pre) - 1 + j, t] for j, t in enumerate(ans)])


@pytest.mark.parametrize("arch", ARCHITECTURES)
def test_shared_prompt_scoring_equals_one_unpadded_pass_per_answer(arch: str) -> None:
    """Prompt once + key/value cache per answer (left-padded prompts of different lengths in one batch,
    answers of 1 to many tokens) gives the log-probs of a plain unpadded pass, also under steering."""
    from persona_xray.interventions import Steer

    lm = tiny_lm(arch)
    prompts = ["Hi", "What should I do this weekend with my friends and family?", "Money tips?"]
    sets = [
        ["Yes", "Go hiking in the hills with them.", "Save."],
        ["No no no.", "Stay home", "Spend it all now."],
    ]
    got = lm.answers_logprobs(prompts, sets, batch_size=2)
    for j, s in enumerate(sets):
        for i, (p, a) in enumerate(zip(prompts, s, strict=True)):
            torch.testing.assert_close(got[j][i], _direct_answer_logprobs(lm, p, a), atol=1e-4, rtol=1e-4)
    steer = Steer(layer=1, direction=torch.randn(lm.d_model), alpha=4.0, scale=1.0)
    with steer.apply(lm):
        got = lm.answers_logprobs(prompts, sets, batch_size=3)
        want = [[_direct_answer_logprobs(lm, p, a) for p, a in zip(prompts, s, strict=True)] for s in sets]
    for j in range(2):
        for i in range(3):
            torch.testing.assert_close(got[j][i], want[j][i], atol=1e-4, rtol=1e-4)


@pytest.mark.parametrize("arch", ["llama", "qwen2", "gpt2"])
def test_batched_greedy_equals_unbatched(arch: str) -> None:
    lm = tiny_lm(arch)
    prompts = ["Hi", "What should I do this weekend with my friends?", "Tell me about money."]
    batched = lm.generate(prompts, max_new_tokens=8, temperature=0, batch_size=3)
    single = [lm.generate([p], max_new_tokens=8, temperature=0)[0] for p in prompts]
    assert batched == single


def test_sampling_is_seeded(tiny_lm: LM) -> None:
    a = tiny_lm.generate(["Hi"], max_new_tokens=6, temperature=1.0, n=3, seed=7)
    b = tiny_lm.generate(["Hi"], max_new_tokens=6, temperature=1.0, n=3, seed=7)
    c = tiny_lm.generate(["Hi"], max_new_tokens=6, temperature=1.0, n=3, seed=8)
    assert a == b and len(a[0]) == 3
    assert a != c


def test_median_resid_norm_is_cached_and_positive(tiny_lm: LM, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PERSONA_XRAY_CACHE", str(tmp_path))
    v = tiny_lm.median_resid_norm(2)
    assert v > 0
    assert list((tmp_path / "norms").glob("*.json"))
    fresh = LM(model=tiny_lm.model, tokenizer=tiny_lm.tokenizer, name=tiny_lm.name)
    assert fresh.median_resid_norm(2) == v


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda lm: lm.resid(["hi"], 4), "out of range"),
        (lambda lm: lm.resid(["hi"], -5), "out of range"),
        (lambda lm: lm.generate([]), "no prompts"),
        (lambda lm: lm.generate(["hi"], n=0), "n must be"),
        (lambda lm: lm.resid(["word " * 2100], 1), "longer than"),
        (lambda lm: lm.answer_logprobs(["a"], ["b", "c"]), "prompts but"),
        (lambda lm: lm.format_chat([{"role": "robot", "content": "x"}]), "bad chat message"),
    ],
)
def test_bad_input_is_a_user_error(tiny_lm: LM, call, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match=message):
        call(tiny_lm)


def test_negative_layer_counts_from_the_end(tiny_lm: LM) -> None:
    torch.testing.assert_close(tiny_lm.resid(["hello"], -1)[0], tiny_lm.resid(["hello"], 3)[0])
