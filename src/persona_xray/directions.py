"""Directions in the residual stream that need no SAE: mean differences between two sets of activations.

Two uses: the study's no-SAE baseline for model diffing (mean activation of the fine-tuned minus the base
model on the same prompts), and contrastive persona directions in the style of Persona Vectors (mean
activation under a persona system prompt minus under a neutral one). Both reduce to :func:`mean_difference`.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import Tensor

from persona_xray.data.io import atomic_target
from persona_xray.errors import UserError
from persona_xray.lm import LM


def token_mean(acts: Sequence[Tensor]) -> Tensor:
    """Mean over all tokens of a list of ``[tokens, d]`` tensors (each token weighs the same)."""
    rows = [a for a in acts if a.shape[0] > 0]
    if not rows:
        raise UserError("no tokens to average: the inputs are empty after dropping position 0")
    return torch.cat(rows).float().mean(dim=0)


def mean_difference(positive: Sequence[Tensor], negative: Sequence[Tensor]) -> Tensor:
    """``mean(positive) - mean(negative)`` over tokens; the raw, un-normalised difference vector."""
    return token_mean(positive) - token_mean(negative)


def system_prompt_direction(
    lm: LM,
    layer: int,
    persona_system: str,
    neutral_system: str,
    questions: Sequence[str],
    answers: Sequence[str] | None = None,
) -> Tensor:
    """Mean residual difference between chats run under a persona system prompt and a neutral one.

    With ``answers`` the average is over answer tokens only (the Persona Vectors recipe); without, over
    the user turn and generation prompt, which is cheaper and already separates strong personas.
    """
    if not questions:
        raise UserError("no questions given for the contrast")

    def chats(system: str) -> list[list[dict[str, str]]]:
        return [[{"role": "system", "content": system}, {"role": "user", "content": q}] for q in questions]

    if answers is not None:
        pos = lm.resid_chat(chats(persona_system), answers, layer, answer_only=True)
        neg = lm.resid_chat(chats(neutral_system), answers, layer, answer_only=True)
        return mean_difference(pos, neg)

    def after_system(system: str) -> list[Tensor]:
        # Skip the system turn itself: its tokens differ between the two sides by construction.
        head = lm.format_chat([{"role": "system", "content": system}], add_generation_prompt=False)
        n_head = len(lm.encode(head))
        texts = [lm.format_chat(c) for c in chats(system)]
        return lm.resid(texts, layer, prefix_lengths=[n_head] * len(texts))

    return mean_difference(after_system(persona_system), after_system(neutral_system))


def save_direction(path: str, direction: Tensor, **meta: str) -> None:
    """Write a direction as safetensors (key ``direction``) with string metadata (model, layer, how made)."""

    from safetensors.torch import save_file

    with atomic_target(path) as tmp:
        save_file({"direction": direction.detach().float().cpu().contiguous()}, str(tmp), metadata=meta)


def load_direction(path: str) -> Tensor:
    """Read a direction from ``.safetensors`` (key ``direction`` or a single tensor) or ``.npy``."""
    from pathlib import Path

    from safetensors import SafetensorError

    p = Path(path)
    if not p.exists():
        raise UserError(f"direction file '{path}' does not exist")
    try:
        if p.suffix == ".npy":
            import numpy as np

            t = torch.from_numpy(np.load(p, allow_pickle=False))
        else:
            from safetensors.torch import load_file

            tensors = load_file(str(p))
            if "direction" in tensors:
                t = tensors["direction"]
            elif len(tensors) == 1:
                t = next(iter(tensors.values()))
            else:
                raise UserError(f"'{path}' holds {len(tensors)} tensors and none is named 'direction'")
    except (OSError, ValueError, SafetensorError) as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise UserError(f"cannot read direction file '{path}' (corrupt or truncated?): {first}") from None
    if not (t.is_floating_point() or t.dtype in (torch.int32, torch.int64)):
        raise UserError(f"direction in '{path}' has dtype {t.dtype}: expected floating-point numbers")
    t = t.float().squeeze()
    if t.ndim != 1:
        raise UserError(f"direction in '{path}' has shape {tuple(t.shape)}: expected one vector")
    if not bool(torch.isfinite(t).all()):
        raise UserError(f"direction in '{path}' has non-finite values (nan or inf): the file is corrupt")
    return t
