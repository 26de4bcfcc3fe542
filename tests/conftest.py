"""Shared fixtures: tiny random-init models (fast, offline) and the bundled model (marked slow)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import torch

from persona_xray.lm import LM
from persona_xray.testing import tiny_lm as make_tiny_lm


@pytest.fixture
def tiny_lm() -> LM:
    torch.manual_seed(0)
    return make_tiny_lm("llama")


@pytest.fixture(scope="session")
def smollm() -> Iterator[LM]:
    from persona_xray.lm import load_lm

    yield load_lm(None, device="cpu", dtype="float32")
