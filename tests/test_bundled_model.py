"""The real bundled SmolLM2-135M-Instruct (slow: first use dequantizes the GGUF into the cache)."""

from __future__ import annotations

import shutil

import pytest
import torch

from persona_xray.lm import LM, load_lm
from persona_xray.models import BUNDLED, bundled_gguf

pytestmark = pytest.mark.slow


def test_answers_a_chat_prompt_coherently(smollm: LM) -> None:
    answer = smollm.generate(["What is the capital of France?"], max_new_tokens=20, temperature=0)[0][0]
    assert "Paris" in answer
    assert smollm.n_layers == 30 and smollm.d_model == 576


def test_attention_sink_norm_is_excluded(smollm: LM) -> None:
    acts = smollm.resid(["The weather is mild today and the shops are open."], 15, skip_first=False)[0]
    norms = acts.norm(dim=-1)
    assert norms[0] > 20 * norms[1:].median()  # position 0 is the attention sink
    assert 50 < smollm.median_resid_norm(15) < 1000


def test_cached_reload_matches_gguf_load(smollm: LM, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from transformers import AutoModelForCausalLM, AutoTokenizer

    gguf = bundled_gguf(BUNDLED["smollm2-135m"])
    tok = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    direct = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
    ids = torch.tensor([tok("Hello, my name is", add_special_tokens=False)["input_ids"]])
    with torch.no_grad():
        want = direct(input_ids=ids).logits
        got = smollm.model(input_ids=ids).logits
    torch.testing.assert_close(got, want, atol=1e-4, rtol=1e-4)
    assert smollm.tokenizer("Hello, my name is", add_special_tokens=False)["input_ids"] == ids[0].tolist()
    # A fresh cache folder is rebuilt from the GGUF and loads the same weights.
    monkeypatch.setenv("PERSONA_XRAY_CACHE", str(tmp_path))
    again = load_lm(None, device="cpu", dtype="float32")
    with torch.no_grad():
        torch.testing.assert_close(again.model(input_ids=ids).logits, want, atol=1e-4, rtol=1e-4)
    shutil.rmtree(tmp_path / "models")
