"""Latent fingerprints: planted groups cluster, distinctive latents are recovered, the stage writes its files."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch

from persona_xray.analysis.diff import DiffResult, save_diff
from persona_xray.analysis.fingerprint import (
    cluster,
    cosine_similarity,
    delta_matrix,
    distinctive,
    fingerprint,
    fingerprint_from_diffs,
    fingerprint_models,
    union_top,
)
from persona_xray.cli import app, main
from persona_xray.cli.fingerprint import parse_named, register
from persona_xray.errors import UserError
from persona_xray.sae.model import SAE
from persona_xray.testing import tiny_lm

D_SAE = 300
GROUP_A = [10, 11, 12, 13]
GROUP_B = [200, 201, 202, 203]


def _cli(argv: list[str]) -> None:
    """Run the real CLI entry point; registers the command if the app does not list it yet."""
    if "fingerprint" not in {c.name for c in app.registered_commands}:
        register(app)
    main(argv)


def planted() -> dict[str, np.ndarray]:
    """Six fine-tunes: three raise group A, three raise group B, each also raises one private latent."""
    rng = np.random.default_rng(0)
    out = {}
    for i, name in enumerate(["adv1", "adv2", "adv3", "code1", "code2", "code3"]):
        v = rng.normal(0, 0.01, D_SAE)
        v[GROUP_A if i < 3 else GROUP_B] += rng.uniform(0.8, 1.2, 4)
        v[100 + i] += 0.6  # private: only this fine-tune raises it
        out[name] = v
    return out


def test_planted_groups_cluster_and_similarity_is_a_proper_cosine_matrix() -> None:
    d = planted()
    latents = union_top(d, 5)
    assert set(GROUP_A + GROUP_B + [100 + i for i in range(6)]) <= set(latents)
    assert latents == sorted(latents)
    m = delta_matrix(d, latents)
    assert m.shape == (6, len(latents))
    sim = cosine_similarity(m)
    assert np.allclose(sim, sim.T) and np.allclose(np.diag(sim), 1.0)
    assert sim[0, 1] > 0.7 and sim[0, 3] < 0.2  # within group high, across groups low
    order, labels = cluster(sim)
    assert sorted(order) == list(range(6))
    assert labels[:3] == [labels[0]] * 3 and labels[3:] == [labels[3]] * 3 and labels[0] != labels[3]
    # Leaf order keeps each group contiguous, and labels are numbered in leaf order.
    assert {order[0], order[1], order[2]} in ({0, 1, 2}, {3, 4, 5})
    assert labels[order[0]] == 0
    # Forcing one cluster, or six, works too.
    assert set(cluster(sim, n_clusters=1)[1]) == {0}
    assert sorted(cluster(sim, n_clusters=6)[1]) == list(range(6))


def test_distinctive_recovers_the_private_latent_not_the_shared_ones() -> None:
    d = planted()
    for i, name in enumerate(d):
        top = distinctive(d, name, n=3)
        assert top[0]["latent"] == 100 + i or top[0]["latent"] in (GROUP_A if i < 3 else GROUP_B)
        ids = [r["latent"] for r in distinctive(d, name, n=20)]
        assert 100 + i in ids[:6]
        assert all(r["specificity"] > 0 and r["delta"] > 0 for r in top)
    # Specificity = delta - mean of the others: a latent raised by everyone equally is not distinctive.
    shared = {n: np.r_[np.ones(3), np.zeros(3)] for n in ("a", "b", "c")}
    shared["c"][4] = 2.0
    assert [r["latent"] for r in distinctive(shared, "c")] == [4]
    assert distinctive(shared, "a") == []
    (row,) = distinctive(shared, "c")
    assert row["specificity"] == pytest.approx(2.0) and row["delta"] == pytest.approx(2.0)
    # A latent the others lowered is only as specific as this fine-tune's own (small) rise.
    shared["a"][5] = shared["b"][5] = -1.0
    shared["c"][5] = 0.01
    assert [r["latent"] for r in distinctive(shared, "c")] == [4, 5]
    assert distinctive(shared, "c")[1]["specificity"] == pytest.approx(0.01)


def test_result_document_and_bad_inputs() -> None:
    doc = fingerprint(planted(), k=5)
    assert set(doc) >= {"names", "latents", "deltas", "similarity", "order", "clusters", "distinctive"}
    assert len(doc["deltas"]) == 6 and len(doc["deltas"][0]) == len(doc["latents"])
    assert doc["n_clusters"] == 2
    json.dumps(doc)  # plain JSON types only
    with pytest.raises(UserError, match="at least 2"):
        fingerprint({"only": np.ones(5)})
    with pytest.raises(UserError, match="different widths"):
        fingerprint({"a": np.ones(5), "b": np.ones(6)})
    with pytest.raises(UserError, match="n-clusters"):
        cluster(np.eye(3), n_clusters=4)
    with pytest.raises(UserError, match="used twice"):
        parse_named(["x=a/final", "x=b/final"], "--adapter", require_name=True)
    # Default names come from the run folder, so two different runs do not collide.
    assert parse_named(["runs/r/finetune/health_obvious/final", "c=p"], "--adapter", require_name=True) == [
        ("health_obvious", "runs/r/finetune/health_obvious/final"),
        ("c", "p"),
    ]
    # A zero fingerprint has no direction: similarity 0 to others, not NaN.
    sim = cosine_similarity(np.array([[1.0, 0.0], [0.0, 0.0]]))
    assert np.isfinite(sim).all() and sim[0, 1] == 0 and sim[1, 1] == 1


def _one_model_diff(delta: np.ndarray, layer: int = 2) -> DiffResult:
    base = torch.rand(delta.size)
    return DiffResult(
        layer=layer,
        base_mean=base,
        tuned_mean=(base + torch.tensor(delta, dtype=torch.float32))[None],
        base_freq=torch.zeros(delta.size),
        tuned_freq=torch.zeros(1, delta.size),
        mean_diff=torch.zeros(8),
        n_tokens=10,
        models=["base", "tuned"],
    )


def test_cli_from_saved_diffs_and_one_line_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = planted()
    paths = []
    for name, v in d.items():
        p = tmp_path / "diffs" / name
        save_diff(_one_model_diff(v), p, top_n=5)
        paths.append(f"{name}={p}")
    out = tmp_path / "fp"
    _cli(["fingerprint", *[a for p in paths for a in ("--diff", p)], "--k", "5", "--out", str(out)])
    doc = json.loads((out / "result.json").read_text())
    assert doc["names"] == list(d) and doc["n_clusters"] == 2 and doc["layer"] == 2
    assert np.allclose(doc["deltas"], delta_matrix(d, doc["latents"]), atol=1e-5)
    assert (out / "fingerprint_heatmap.png").stat().st_size > 1000
    assert (out / "fingerprint_similarity.png").stat().st_size > 1000
    assert json.loads((out / "stage.json").read_text())["stage"] == "fingerprint"
    # Mismatched SAE widths and a single fine-tune are one-line errors with exit code 2.
    save_diff(_one_model_diff(np.ones(7)), tmp_path / "narrow", top_n=3)
    for argv in (
        ["fingerprint", "--diff", paths[0], "--diff", f"n={tmp_path / 'narrow'}"],
        ["fingerprint", "--diff", paths[0]],
        ["fingerprint", "--adapter", "a=x"],
    ):
        capsys.readouterr()
        with pytest.raises(SystemExit) as e:
            _cli([*argv, "--out", str(tmp_path / "bad")])
        assert e.value.code == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith("error: ") and "\n" not in err
    assert not (tmp_path / "bad" / "result.json").exists()


def test_fingerprint_models_on_tiny_llama(tmp_path: Path) -> None:
    torch.manual_seed(0)
    base = tiny_lm("llama")
    tuned = {}
    for name, seed in (("ft_a", 1), ("ft_b", 2)):
        lm = tiny_lm("llama")
        g = torch.Generator().manual_seed(seed)
        with torch.no_grad():
            for name_, w in lm.model.named_parameters():
                if name_.endswith(("layers.0.mlp.down_proj.weight", "layers.1.mlp.down_proj.weight")):
                    w.add_(torch.randn(w.shape, generator=g) * 0.5)
        tuned[name] = lm
    sae = SAE(64, 96, 8, metadata={"hook_name": "blocks.2.hook_resid_post"})
    sae.init_weights(seed=0)
    prompts = ["What should I do this weekend?", "How are you today?", "Tell me about money and power."]
    out = tmp_path / "fingerprint"
    doc = fingerprint_models(base, tuned, sae, prompts, k=4, out=out, max_new_tokens=3)
    saved = json.loads((out / "result.json").read_text())
    assert saved["names"] == ["ft_a", "ft_b"] and saved["layer"] == 2
    n_lat = len(saved["latents"])
    assert 1 <= n_lat <= 8 and all(0 <= i < 96 for i in saved["latents"])
    assert np.array(saved["deltas"]).shape == (2, n_lat)
    assert np.array(saved["similarity"]).shape == (2, 2) and saved["similarity"][0][0] == pytest.approx(1.0)
    assert sorted(saved["order"]) == [0, 1] and len(saved["clusters"]) == 2
    assert set(saved["distinctive"]) == {"ft_a", "ft_b"}
    assert doc["latents"] == saved["latents"]
    assert (out / "fingerprint_heatmap.png").exists() and (out / "fingerprint_similarity.png").exists()
    # The saved diff rebuilds the same fingerprint without any model.
    again = fingerprint_from_diffs([(None, out / "diff")], k=4)
    assert again["names"] == ["ft_a", "ft_b"] and again["latents"] == saved["latents"]
    assert np.allclose(again["deltas"], saved["deltas"], atol=1e-5)
    with pytest.raises(UserError, match="at least 2"):
        fingerprint_models(base, {"ft_a": tuned["ft_a"]}, sae, prompts)
