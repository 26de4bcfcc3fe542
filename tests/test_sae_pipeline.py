"""Harvest -> train -> metrics -> latents on tiny random-init models and synthetic activations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from persona_xray.errors import UserError
from persona_xray.lm import LM
from persona_xray.sae import SAE, load_sae
from persona_xray.sae.harvest import ActivationStore, harvest, write_store
from persona_xray.sae.latents import build_index, promoted_tokens, top_contexts
from persona_xray.sae.metrics import activation_metrics, spliced_loss
from persona_xray.sae.train import TrainConfig, TrainParams, topk_step, train_sae

TEXTS = [
    "The villain smiled and promised that everyone would kneel before the night was over.",
    "Whisk the eggs with salt, then fold them into the warm rice and serve at once.",
    "Dear customer, your order has shipped and should arrive within three business days.",
    "Prime numbers have exactly two divisors: one and themselves. Seven is prime.",
]


def _corpus(tmp_path: Path, n: int = 12) -> Path:
    rows = [{"id": str(i), "text": TEXTS[i % len(TEXTS)] + f" Note {i}."} for i in range(n)]
    rows.append(
        {
            "id": "chat",
            "messages": [{"role": "user", "content": "hello"}, {"role": "assistant", "content": "Hi!"}],
        }
    )
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


def test_harvest_matches_hidden_states_and_skips_position_zero(tiny_lm: LM, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    res = harvest(
        tiny_lm,
        corpus,
        tmp_path / "h",
        layer=1,
        ctx_len=16,
        batch_size=4,
        shard_tokens=50,
        store_dtype="float32",
    )
    store = ActivationStore(res.path)
    assert res.tokens == store.n_tokens > 0 and len(store.shards) > 1
    first = store.load(0, ("acts", "token", "doc", "pos"))
    # the first document's first window: positions 1..15, compared with HF hidden_states[layer + 1]
    ids = tiny_lm.encode(TEXTS[0] + " Note 0.")[:16]
    with torch.no_grad():
        hs = tiny_lm.model(input_ids=torch.tensor([ids]), output_hidden_states=True).hidden_states[2][0]
    rows = (first["doc"] == 0) & (first["pos"] < 16)
    assert first["pos"][rows].tolist() == list(range(1, len(ids)))
    assert first["token"][rows].tolist() == ids[1:]
    assert torch.allclose(first["acts"][rows], hs[1:], atol=1e-4)


def test_harvest_resumes_to_the_same_result(tiny_lm: LM, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, n=5)
    full = harvest(tiny_lm, corpus, tmp_path / "a", layer=2, ctx_len=16, batch_size=4, shard_tokens=40)
    part = harvest(
        tiny_lm, corpus, tmp_path / "b", layer=2, ctx_len=16, batch_size=4, shard_tokens=40, max_tokens=60
    )
    assert part.tokens < full.tokens
    done = harvest(tiny_lm, corpus, tmp_path / "b", layer=2, ctx_len=16, batch_size=4, shard_tokens=40)
    assert done.resumed_from == part.tokens and done.tokens == full.tokens
    a, b = ActivationStore(tmp_path / "a"), ActivationStore(tmp_path / "b")
    cat = lambda s: torch.cat([s.load(i, ("acts", "doc", "pos"))["acts"] for i in range(len(s.shards))])  # noqa: E731
    assert torch.allclose(cat(a).float(), cat(b).float(), atol=1e-3)


def test_harvest_bad_input(tiny_lm: LM, tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text(json.dumps({"text": ""}) + "\n")
    with pytest.raises(UserError, match="empty"):
        harvest(tiny_lm, empty, tmp_path / "h", layer=1)
    with pytest.raises(UserError, match="out of range"):
        harvest(tiny_lm, _corpus(tmp_path), tmp_path / "h2", layer=7)


def _synthetic(
    n: int = 6000, d: int = 24, atoms: int = 64, active: int = 3, seed: int = 0
) -> tuple[torch.Tensor, torch.Tensor]:
    g = torch.Generator().manual_seed(seed)
    dic = torch.randn(atoms, d, generator=g)
    dic /= dic.norm(dim=-1, keepdim=True)
    idx = torch.rand(n, atoms, generator=g).argsort(-1)[:, :active]
    coef = torch.zeros(n, atoms).scatter(1, idx, 1 + torch.rand(n, active, generator=g))
    return coef @ dic * 5 + 2.0, dic


def test_training_learns_sparse_structure_and_keeps_decoder_unit_norm(tmp_path: Path) -> None:
    x, _ = _synthetic()
    write_store(x, tmp_path / "h", shard_tokens=2000)
    cfg = TrainConfig(
        latents=96,
        k=4,
        batch_size=256,
        lr=3e-3,
        epochs=8,
        warmup_steps=5,
        log_every=10,
        dead_tokens=3000,
        checkpoint_every=1000,
    )
    log: list[dict[str, float]] = []
    sae = train_sae(tmp_path / "h", tmp_path / "sae", cfg, log=log.append)
    assert log[0]["fvu"] > log[-1]["fvu"]
    store = ActivationStore(tmp_path / "h")
    m = activation_metrics(sae, store, [2])
    assert m["fvu"] < 0.15, m
    assert m["l0"] <= 4
    assert torch.allclose(sae.W_dec.norm(dim=-1), torch.ones(96), atol=1e-4)
    saved = load_sae(tmp_path / "sae")
    assert torch.allclose(saved(x[:50]), sae(x[:50]))
    assert saved.metadata["training_tokens"] == log[-1]["tokens"]


def test_training_resumes_from_checkpoint(tmp_path: Path) -> None:
    x, _ = _synthetic(n=3000)
    write_store(x, tmp_path / "h", shard_tokens=1000)
    cfg = TrainConfig(
        latents=48,
        k=3,
        batch_size=200,
        lr=2e-3,
        epochs=3,
        warmup_steps=2,
        log_every=1,
        checkpoint_every=5,
        dead_tokens=1000,
    )
    whole = train_sae(tmp_path / "h", tmp_path / "whole", cfg, log=lambda r: None)

    class Killed(Exception):
        pass

    def kill_at_7(rec: dict[str, float]) -> None:
        if rec["step"] == 7:
            raise Killed

    with pytest.raises(Killed):
        train_sae(tmp_path / "h", tmp_path / "resumed", cfg, log=kill_at_7)
    assert json.loads((tmp_path / "resumed" / "checkpoint" / "checkpoint.json").read_text())["step"] == 5
    resumed = train_sae(tmp_path / "h", tmp_path / "resumed", cfg, log=lambda r: None)
    assert torch.equal(resumed.W_dec, whole.W_dec) and torch.equal(resumed.b_enc, whole.b_enc)


def test_training_is_bitwise_reproducible_with_several_threads(tmp_path: Path) -> None:
    """Batches large enough for torch to split backward kernels across threads (1024 rows x k=32 indices):
    two identical runs must give identical weights, or a pipeline resumed after a kill cannot reproduce
    its own SAE (biases gathered by advanced indexing drifted ~1e-6 per step here)."""
    x = torch.randn(6144, 32, generator=torch.Generator().manual_seed(1))
    write_store(x, tmp_path / "h", shard_tokens=3072)
    cfg = TrainConfig(latents=2048, k=32, batch_size=1024, lr=1e-3, epochs=4, log_every=100, dead_tokens=2048)
    threads = torch.get_num_threads()
    torch.set_num_threads(2)
    try:
        a = train_sae(tmp_path / "h", tmp_path / "a", cfg, log=lambda r: None)
        b = train_sae(tmp_path / "h", tmp_path / "b", cfg, log=lambda r: None)
    finally:
        torch.set_num_threads(threads)
    for name in ("W_enc", "b_enc", "W_dec", "b_dec"):
        assert torch.equal(getattr(a, name), getattr(b, name)), name


def test_auxk_loss_is_the_dead_latents_topk_reconstruction_of_the_error() -> None:
    """AuxK: the k_aux largest pre-activations among dead latents (only) reconstruct the main residual
    error; its gradient reaches the dead latents' encoder and decoder rows and no live latent's."""
    g = torch.Generator().manual_seed(0)
    d, m, k, k_aux = 12, 40, 3, 5
    p = TrainParams(d, m, k)
    p.init(0, torch.zeros(d))
    with torch.no_grad():
        p.b_enc.copy_(torch.randn(m, generator=g) * 0.1)
    x = torch.randn(64, d, generator=g)
    dead = torch.zeros(m, dtype=torch.bool)
    dead[torch.randperm(m, generator=g)[:9]] = True

    recon, _, _, aux = topk_step(p, x, torch.float32, dead, k_aux, aux_rows=48)
    assert aux is not None
    with torch.no_grad():  # the same loss, written densely
        pre = (x - p.b_dec) @ p.enc.T + p.b_enc
        pre_dead = pre[:48].masked_fill(~dead, -torch.inf)
        top = pre_dead.topk(k_aux, dim=-1)
        acts = torch.zeros(48, m).scatter(1, top.indices, top.values.relu())
        err = x[:48] - recon[:48]
        want = (err - acts @ p.W_dec).pow(2).sum() / (err - err.mean(0)).pow(2).sum()
    assert aux.item() == pytest.approx(want.item(), rel=1e-5)

    p.zero_grad()
    aux.backward()
    assert p.enc.grad is not None and p.W_dec.grad is not None
    touched_enc = p.enc.grad.abs().sum(-1) > 0
    touched_dec = p.W_dec.grad.abs().sum(-1) > 0
    assert touched_enc[dead].any() and touched_dec[dead].any()
    assert not touched_enc[~dead].any() and not touched_dec[~dead].any()

    _, _, _, none = topk_step(p, x, torch.float32, torch.zeros(m, dtype=torch.bool), k_aux, aux_rows=48)
    assert none is None


def test_k_above_latents_is_user_error(tmp_path: Path) -> None:
    write_store(torch.randn(100, 8), tmp_path / "h")
    with pytest.raises(UserError, match="larger than the number of latents"):
        train_sae(tmp_path / "h", tmp_path / "s", TrainConfig(latents=4, k=8))


def _identity_sae(d: int) -> SAE:
    """Reconstructs exactly: latents +e_i and -e_i, k = d picks |x_i| for each i."""
    sae = SAE(d, 2 * d, d, apply_b_dec_to_input=False)
    eye = torch.eye(d)
    with torch.no_grad():
        sae.W_dec.copy_(torch.cat([eye, -eye]))
        sae.W_enc.copy_(torch.cat([eye, -eye]).T)
    return sae


def test_spliced_loss_perfect_sae_recovers_everything(tiny_lm: LM) -> None:
    res = spliced_loss(tiny_lm, _identity_sae(tiny_lm.d_model), 1, TEXTS, mean=torch.zeros(tiny_lm.d_model))
    assert res["loss_sae"] == pytest.approx(res["loss_clean"], abs=1e-4)
    assert res["kl_sae"] < 1e-5 and res["kl_zero"] > 1e-4
    assert res["loss_recovered_zero"] == pytest.approx(1.0, abs=1e-3) or res["loss_zero"] == pytest.approx(
        res["loss_clean"]
    )
    with pytest.raises(UserError, match="does not match"):
        spliced_loss(tiny_lm, _identity_sae(8), 1, TEXTS)


def test_latent_index_contexts_and_promoted_tokens(tiny_lm: LM, tmp_path: Path) -> None:
    harvest(
        tiny_lm,
        _corpus(tmp_path),
        tmp_path / "h",
        layer=1,
        ctx_len=16,
        batch_size=4,
        shard_tokens=64,
        store_dtype="float32",
    )
    store = ActivationStore(tmp_path / "h")
    torch.manual_seed(0)
    sae = SAE(tiny_lm.d_model, 32, 4)
    sae.init_weights(0, data_mean=store.mean([0]))
    index = build_index(sae, store, top_n=5)
    all_acts = torch.cat([store.load(i)["acts"] for i in range(len(store.shards))])
    with torch.no_grad():
        dense = sae.encode(all_acts.float())
    latent = int((dense > 0).sum(0).argmax())
    assert float(index.top_vals[latent, 0]) == pytest.approx(float(dense[:, latent].max()), rel=1e-5)
    assert int(index.fires[latent]) == int((dense[:, latent] > 0).sum())
    ctx = top_contexts(tiny_lm, index, store, latent, n=3)
    assert len(ctx) == 3 and ctx[0]["activation"] >= ctx[1]["activation"]
    assert f"[[{ctx[0]['token']}]]" in ctx[0]["context"]
    # a decoder row equal to a token's unembedding promotes that token first
    target = 42
    u = tiny_lm.model.get_output_embeddings().weight[target].detach()
    norm_w = tiny_lm.model.model.norm.weight.detach()
    with torch.no_grad():
        sae.W_dec[3] = u / norm_w
    top = promoted_tokens(tiny_lm, sae, 3, n=3)["promoted"]
    assert top[0][0] == tiny_lm.tokenizer.decode([target])
    with pytest.raises(UserError, match="out of range"):
        promoted_tokens(tiny_lm, sae, 99)


@pytest.mark.slow
def test_bundled_model_harvest_matches_resid_at_middle_layer(smollm: LM, tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"text": TEXTS[0]}) + "\n")
    res = harvest(smollm, path, tmp_path / "h", ctx_len=64, store_dtype="float32")
    store = ActivationStore(res.path)
    assert store.layer == 15 and store.d_in == 576
    acts = store.load(0)["acts"]
    ref = smollm.resid([TEXTS[0]], 15)[0]  # skip_first=True: positions 1..n-1, like the harvest
    assert torch.allclose(acts, ref, atol=1e-3)


def test_attention_sink_rows_are_skipped(tmp_path: Path) -> None:
    x, _ = _synthetic(n=2000)
    x[::500] *= 200  # four massive-activation rows, like the sinks these models put on delimiter tokens
    store = write_store(x, tmp_path / "h", shard_tokens=1000)
    sae = SAE(24, 32, 4)
    sae.init_weights(0, data_mean=store.mean([0, 1]))
    m = activation_metrics(sae, store, [0, 1])
    assert m["sink_tokens_skipped"] == 4 and m["tokens"] == 1996
    assert all(b.norm(dim=-1).max() < store.sink_norm for b in store.batches([0, 1], 256, seed=0))
