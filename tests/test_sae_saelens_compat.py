"""Round trip with the real SAELens package (pinned in the dev extra, so CI runs it; not a runtime
dependency). The importorskip only spares a user who installed the package without the dev extra."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from persona_xray.sae import SAE, load_sae, save_sae

sae_lens = pytest.importorskip("sae_lens")


def test_saelens_reads_our_folder_and_we_read_its(tmp_path: Path) -> None:
    torch.manual_seed(0)
    ours = SAE(16, 64, 6, metadata={"model_name": "tiny", "hook_name": "blocks.1.hook_resid_post"})
    ours.init_weights(0, data_mean=torch.randn(16))
    with torch.no_grad():
        ours.b_enc.normal_(0, 0.2)
    save_sae(ours, tmp_path / "ours")
    theirs = sae_lens.SAE.load_from_disk(str(tmp_path / "ours"), device="cpu")
    x = torch.randn(40, 16) * 3
    with torch.no_grad():
        assert torch.allclose(theirs.encode(x), ours.encode(x), atol=1e-5)
        assert torch.allclose(theirs(x), ours(x), atol=1e-5)
    theirs.save_model(str(tmp_path / "theirs"))
    back = load_sae(tmp_path / "theirs")
    with torch.no_grad():
        assert torch.allclose(back(x), ours(x), atol=1e-5)
