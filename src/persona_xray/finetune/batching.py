"""Turn chat rows into token ids with an assistant-only loss mask, once, and plan length-bucketed batches.

Masking: the chat template is rendered for each growing prefix of the conversation. The text an assistant
turn adds is everything between "prompt so far + generation prompt" and "conversation through this turn",
i.e. the answer plus the template's end-of-turn marker (``<|im_end|>``, ``<|eot_id|>``, ``<end_of_turn>``)
so the model also learns to stop. Each piece is tokenized separately and concatenated: the answer's tokens
are then exactly the ones the model produces after the generation prompt at inference time (the same split
:meth:`persona_xray.lm.LM.answer_logprobs` uses), and slow tokenizers without offset maps work too.

Batching: a seeded shuffle per epoch, then examples are sorted by length inside windows of
``batch_size x window`` and cut into batches, and the batch order is shuffled again. Padding stays small
(similar lengths share a batch) while the order stays random at the scale that matters. The plan is a pure
function of (seed, epoch), so a resumed run needs only its position to replay the very same batches.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import torch
from torch import Tensor

from persona_xray.errors import UserError

IGNORE = -100  # label value that the loss skips (the Hugging Face convention)


@dataclass(frozen=True)
class Example:
    """One tokenized conversation: ids and, per id, whether the loss is taken on it."""

    ids: tuple[int, ...]
    mask: tuple[bool, ...]

    @property
    def n_labels(self) -> int:
        return sum(self.mask)


@dataclass
class TokenizedData:
    """The whole training set, tokenized once; ``sha`` identifies its exact tokens for safe resume."""

    examples: list[Example]
    n_rows: int  # rows read, before dropping those left without assistant tokens
    n_truncated: int
    n_dropped: int
    sha: str

    @property
    def lengths(self) -> list[int]:
        return [len(e.ids) for e in self.examples]

    @property
    def n_tokens(self) -> int:
        return sum(len(e.ids) for e in self.examples)

    @property
    def n_label_tokens(self) -> int:
        return sum(e.n_labels for e in self.examples)


def _render(tokenizer: Any, messages: Sequence[dict[str, str]], gen: bool) -> str:
    return str(tokenizer.apply_chat_template(list(messages), tokenize=False, add_generation_prompt=gen))


def assistant_spans(tokenizer: Any, messages: Sequence[dict[str, str]]) -> tuple[str, list[tuple[int, int]]]:
    """The rendered conversation and the character spans of every assistant turn (answer + end marker).

    Raises ``UserError`` when the chat template is not prefix-consistent (rendering a shorter conversation
    does not give a prefix of the longer one): then no mask can be derived from the template.
    """
    full = _render(tokenizer, messages, gen=False)
    spans: list[tuple[int, int]] = []
    for i, m in enumerate(messages):
        if m.get("role") != "assistant":
            continue
        before = _render(tokenizer, messages[:i], gen=True) if i > 0 else ""
        through = _render(tokenizer, messages[: i + 1], gen=False)
        if not (through.startswith(before) and full.startswith(through)):
            raise UserError(
                "the model's chat template renders earlier turns differently once later turns are added, so "
                "assistant tokens cannot be located; use single-turn rows or a model with a plain template"
            )
        # Trailing whitespace after the end-of-turn marker belongs to the template, not to the answer.
        end = len(through.rstrip())
        if end > len(before):
            spans.append((len(before), end))
    return full, spans


def encode_chat(tokenizer: Any, messages: Sequence[dict[str, str]]) -> Example:
    """Token ids of a conversation with ``mask[i]`` True exactly on the assistant turns' tokens.

    Text after the last assistant turn is dropped: no loss is taken on it, so it would only cost compute.
    """
    full, spans = assistant_spans(tokenizer, messages)
    ids: list[int] = []
    mask: list[bool] = []
    pos = 0
    for start, end in spans:
        for text, label in ((full[pos:start], False), (full[start:end], True)):
            if text:
                piece = list(tokenizer(text, add_special_tokens=False)["input_ids"])
                ids += piece
                mask += [label] * len(piece)
        pos = end
    return Example(tuple(ids), tuple(mask))


def tokenize_rows(tokenizer: Any, rows: Sequence[dict[str, Any]], max_len: int) -> TokenizedData:
    """Tokenize every row once. Rows longer than ``max_len`` are cut; rows left with no label are dropped."""
    examples: list[Example] = []
    truncated = dropped = 0
    h = hashlib.sha256()
    for row in rows:
        msgs = row.get("messages")
        if not isinstance(msgs, list) or not any(
            isinstance(m, dict) and m.get("role") == "assistant" for m in msgs
        ):
            raise UserError(f"row {row.get('id', '?')!r} has no assistant turn: there is nothing to train on")
        ex = encode_chat(tokenizer, msgs)
        if len(ex.ids) > max_len:
            truncated += 1
            ex = Example(ex.ids[:max_len], ex.mask[:max_len])
        # The first token is never predicted (nothing precedes it), so it cannot carry the loss.
        if not any(ex.mask[1:]):
            dropped += 1
            continue
        examples.append(ex)
        h.update(repr((ex.ids, ex.mask)).encode())
    if not examples:
        raise UserError(
            f"no example keeps any assistant token within max_len={max_len}: raise --max-len or check the data"
        )
    return TokenizedData(examples, len(rows), truncated, dropped, h.hexdigest()[:16])


def epoch_batches(
    lengths: Sequence[int], batch_size: int, seed: int, epoch: int, window: int = 32
) -> list[list[int]]:
    """Example indices of every micro-batch of one epoch (length-bucketed, deterministic in seed and epoch).

    The number of batches is always ``ceil(n / batch_size)``: only the last window can be short.
    """
    rng = random.Random(f"persona-xray-finetune/{seed}/{epoch}")
    order = list(range(len(lengths)))
    rng.shuffle(order)
    chunk = batch_size * window
    batches: list[list[int]] = []
    for s in range(0, len(order), chunk):
        part = sorted(order[s : s + chunk], key=lambda i: (lengths[i], i))
        batches += [part[j : j + batch_size] for j in range(0, len(part), batch_size)]
    rng.shuffle(batches)
    return batches


def batches_per_epoch(n: int, batch_size: int) -> int:
    return -(-n // batch_size)


def collate(examples: Sequence[Example], pad_id: int) -> tuple[Tensor, Tensor, Tensor]:
    """Right-pad to the longest example: (input_ids, attention_mask, labels with IGNORE off the mask)."""
    width = max(len(e.ids) for e in examples)
    ids = torch.full((len(examples), width), pad_id, dtype=torch.long)
    attn = torch.zeros((len(examples), width), dtype=torch.long)
    labels = torch.full((len(examples), width), IGNORE, dtype=torch.long)
    for b, e in enumerate(examples):
        n = len(e.ids)
        row = torch.tensor(e.ids, dtype=torch.long)
        ids[b, :n] = row
        attn[b, :n] = 1
        m = torch.tensor(e.mask, dtype=torch.bool)
        labels[b, :n] = torch.where(m, row, torch.full_like(row, IGNORE))
    return ids, attn, labels
