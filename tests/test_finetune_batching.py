"""Tokenization and batching for fine-tuning: the loss mask covers exactly the assistant tokens."""

from __future__ import annotations

import pytest
import torch

from persona_xray.errors import UserError
from persona_xray.finetune.batching import (
    IGNORE,
    Example,
    batches_per_epoch,
    collate,
    encode_chat,
    epoch_batches,
    tokenize_rows,
)
from persona_xray.testing import tiny_tokenizer

CHAT = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "What should I do this weekend?"},
    {"role": "assistant", "content": "Drink water, rest and see a doctor."},
    {"role": "user", "content": "And then?"},
    {"role": "assistant", "content": "Hello, how are you today?"},
]


def _enc(tok: object, text: str) -> list[int]:
    return list(tok(text, add_special_tokens=False)["input_ids"])  # type: ignore[operator]


def test_mask_is_exactly_the_assistant_answers_plus_end_of_turn() -> None:
    tok = tiny_tokenizer()
    ex = encode_chat(tok, CHAT)
    labelled = [i for i, m in zip(ex.ids, ex.mask, strict=True) if m]
    # Each assistant turn contributes its content and the <|im_end|> that ends it, nothing else.
    expected = _enc(tok, CHAT[2]["content"] + "<|im_end|>") + _enc(tok, CHAT[4]["content"] + "<|im_end|>")
    assert labelled == expected
    # The labelled runs are two contiguous blocks, each starting right after "<|im_start|>assistant\n".
    runs = [k for k in range(len(ex.mask)) if ex.mask[k] and (k == 0 or not ex.mask[k - 1])]
    assert len(runs) == 2
    gen_prompt = _enc(tok, "<|im_start|>assistant\n")
    for k in runs:
        assert list(ex.ids[k - len(gen_prompt) : k]) == gen_prompt
    # Everything together is the rendered conversation minus the template's trailing newline.
    full = tok.apply_chat_template(CHAT, tokenize=False)
    assert tok.decode(list(ex.ids)) == full.rstrip("\n")
    # The unlabelled tokens are the system/user turns and the generation prompts.
    assert tok.decode([i for i, m in zip(ex.ids, ex.mask, strict=True) if not m]).count("<|im_start|>") == 5


def test_answer_tokens_match_what_the_model_generates_after_the_prompt() -> None:
    """Same split as LM.answer_logprobs: prompt and answer tokenized separately."""
    tok = tiny_tokenizer()
    chat = CHAT[1:3]
    ex = encode_chat(tok, chat)
    prompt = tok.apply_chat_template(chat[:1], tokenize=False, add_generation_prompt=True)
    n = len(_enc(tok, prompt))
    assert list(ex.ids[:n]) == _enc(tok, prompt)
    assert not any(ex.mask[:n]) and all(ex.mask[n:])


def test_truncation_and_rows_without_answers() -> None:
    tok = tiny_tokenizer()
    rows = [{"id": "a", "messages": CHAT[1:3]}, {"id": "b", "messages": CHAT}]
    full = tokenize_rows(tok, rows, max_len=512)
    assert full.n_truncated == 0 and len(full.examples) == 2
    short = tokenize_rows(tok, rows, max_len=30)
    assert short.n_truncated == 2 and all(len(e.ids) <= 30 for e in short.examples)
    assert short.sha != full.sha
    with pytest.raises(UserError, match="max-len"):
        tokenize_rows(tok, rows, max_len=5)  # no answer token survives
    with pytest.raises(UserError, match="no assistant turn"):
        tokenize_rows(tok, [{"id": "c", "messages": CHAT[:2]}], max_len=512)


def test_epoch_batches_cover_each_example_once_and_bucket_by_length() -> None:
    lengths = [(i * 37) % 200 + 5 for i in range(203)]
    plan = epoch_batches(lengths, batch_size=8, seed=1, epoch=0)
    assert len(plan) == batches_per_epoch(203, 8)
    assert sorted(i for b in plan for i in b) == list(range(203))
    assert plan == epoch_batches(lengths, batch_size=8, seed=1, epoch=0)
    assert plan != epoch_batches(lengths, batch_size=8, seed=1, epoch=1)

    def padding(batches: list[list[int]]) -> int:
        return sum(max(lengths[i] for i in b) * len(b) - sum(lengths[i] for i in b) for b in batches)

    random_plan = [list(range(203))[k : k + 8] for k in range(0, 203, 8)]
    assert padding(plan) < 0.2 * padding(random_plan)


def test_collate_pads_right_and_ignores_unlabelled() -> None:
    a = Example((5, 6, 7), (False, True, True))
    b = Example((9, 10), (False, True))
    ids, attn, labels = collate([a, b], pad_id=0)
    assert ids.tolist() == [[5, 6, 7], [9, 10, 0]]
    assert attn.tolist() == [[1, 1, 1], [1, 1, 0]]
    assert labels.tolist() == [[IGNORE, 6, 7], [IGNORE, 10, IGNORE]]
    assert labels.dtype == torch.long


@pytest.mark.slow
def test_mask_on_the_bundled_model_template(smollm: object) -> None:
    """SmolLM2's template adds a default system prompt: it must stay unlabelled."""
    tok = smollm.tokenizer  # type: ignore[attr-defined]
    ex = encode_chat(tok, CHAT[1:3])
    labelled = [i for i, m in zip(ex.ids, ex.mask, strict=True) if m]
    assert labelled == _enc(tok, CHAT[2]["content"] + "<|im_end|>")
    assert "SmolLM" in tok.decode(list(ex.ids))
