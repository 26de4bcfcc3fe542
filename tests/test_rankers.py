"""Diff rankers on tiny random-init models: a planted latent shift must come first, the math must be exact."""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import torch

from persona_xray.analysis.diff import DiffResult, diff, load_diff, save_diff
from persona_xray.analysis.rankers import (
    RANKERS,
    RankInputs,
    margin_gradient,
    order,
    scores,
    with_ranker,
)
from persona_xray.errors import UserError
from persona_xray.interventions import Steer
from persona_xray.lm import LM, block_output, replace_block_output
from persona_xray.sae.model import SAE
from persona_xray.testing import tiny_lm

LAYER = 1
PLANTED = 5
PROMPTS = ["hello world", "def add(a, b): return a + b", "print the answer", "a b c d e f"]
ANSWERS = ["yes it is", "the sum of a and b", "forty two", "g h i j"]


def _sae(lm: LM, d_sae: int = 32, k: int = 4) -> SAE:
    acts = torch.cat(lm.resid([lm.format_chat(p) for p in PROMPTS], LAYER))
    sae = SAE(lm.d_model, d_sae, k, metadata={"hook_name": f"blocks.{LAYER}.hook_resid_post"})
    sae.init_weights(seed=1, data_mean=acts.mean(0))
    return sae


@contextlib.contextmanager
def _shifted(lm: LM, direction: torch.Tensor, amount: float) -> Iterator[None]:
    with Steer(direction, LAYER, 1.0, scale=amount).apply(lm):
        yield


@pytest.fixture(scope="module")
def planted() -> tuple[LM, SAE, DiffResult]:
    """The tuned model is the base plus a planted shift along latent PLANTED's decoder row."""
    base, tuned = tiny_lm("llama", seed=0), tiny_lm("llama", seed=0)
    sae = _sae(base)
    with _shifted(tuned, sae.W_dec[PLANTED].detach(), 0.8 * base.median_resid_norm(LAYER)):
        d = diff(base, tuned, sae, PROMPTS, ANSWERS)
    return base, sae, d


def _toy(**kw: object) -> DiffResult:
    """A hand-built diff over 4 latents in a 3-wide stream."""
    fields: dict[str, object] = dict(
        layer=0,
        base_mean=torch.tensor([1.0, 0.0, 0.5, 0.2]),
        tuned_mean=torch.tensor([[3.0, 0.5, 0.6, 0.2]]),  # delta 2.0, 0.5, 0.1, 0.0
        base_freq=torch.tensor([0.5, 0.0, 0.1, 0.1]),
        tuned_freq=torch.tensor([[0.5, 0.4, 0.3, 0.1]]),  # +0, +0.4, +0.2, 0
        mean_diff=torch.tensor([0.0, 1.0, 0.0]),
        n_tokens=10,
        base_std=torch.tensor([10.0, 0.01, 0.05, 0.0]),
        base_start_mean=torch.tensor([0.0, 0.0, 0.0, 0.0]),
        tuned_start_mean=torch.tensor([[0.1, 0.0, 0.0, 0.9]]),
    )
    fields.update(kw)
    return DiffResult(**fields)  # type: ignore[arg-type]


DECODER = torch.tensor([[1.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 1.0, 1.0], [0.0, -1.0, 0.0]])


def test_ranker_math_on_a_hand_built_diff() -> None:
    d = _toy()
    x = RankInputs(d, decoder=DECODER, margin_grad=torch.tensor([0.0, 0.0, 3.0]))
    assert torch.allclose(scores("raw", x), torch.tensor([2.0, 0.5, 0.1, 0.0]))
    # spread floor: 0.1 x median of the positive spreads (0.01, 0.05, 10 -> 0.05) = 0.005
    assert torch.allclose(scores("standardized", x), torch.tensor([0.2, 50.0, 2.0, 0.0]))
    assert torch.allclose(scores("frequency", x), torch.tensor([0.0, 0.4, 0.2, 0.0]))
    assert torch.allclose(scores("start", x), torch.tensor([0.1, 0.0, 0.0, 0.9]))
    assert torch.allclose(scores("decoder", x), torch.tensor([0.0, 1.0, 2**-0.5, -1.0]))
    assert torch.allclose(scores("attribution", x), torch.tensor([0.0, 0.0, 0.3, 0.0]))
    tops = {name: order(scores(name, x))[0] for name in RANKERS}
    assert tops == {
        "raw": 0,
        "standardized": 1,
        "frequency": 1,
        "start": 3,
        "decoder": 1,
        "attribution": 2,
    }


def test_raw_ranker_is_the_historical_ranking_exactly(planted: tuple[LM, SAE, DiffResult]) -> None:
    _, _, d = planted
    historical = [int(i) for i in torch.argsort(d.delta, descending=True, stable=True)]
    assert order(scores("raw", RankInputs(d))) == historical == d.ranked(d.d_sae)
    r = with_ranker(d, "raw")
    assert r.score is None and r.ranked(d.d_sae) == historical
    assert r.table(10) == d.table(10) and r.table(5, decrease=True) == d.table(5, decrease=True)


def test_raw_ranker_files_are_byte_identical(planted: tuple[LM, SAE, DiffResult], tmp_path: Path) -> None:
    _, _, d = planted
    plain = save_diff(d, tmp_path / "plain", top_n=5)
    ranked = save_diff(with_ranker(d, "raw"), tmp_path / "ranked", top_n=5)
    for name in ("diff.json", "diff_increase.csv", "diff_decrease.csv"):
        assert (plain / name).read_bytes() == (ranked / name).read_bytes(), name
    # (the tensor file's header order is not stable from one save to the next; its content is)
    a, b = load_diff(plain), load_diff(ranked)
    assert b.score is None and b.ranker == "raw" and torch.equal(a.delta, b.delta)
    assert "ranker" not in json.loads((plain / "diff.json").read_text())


@pytest.mark.parametrize("name", ["raw", "standardized", "frequency", "start", "decoder"])
def test_each_ranker_finds_the_planted_latent(planted: tuple[LM, SAE, DiffResult], name: str) -> None:
    _, sae, d = planted
    ranked = with_ranker(d, name, decoder=sae.W_dec.detach())
    assert ranked.ranked(1) == [PLANTED], name


def test_attribution_needs_the_gradient_to_agree(planted: tuple[LM, SAE, DiffResult]) -> None:
    _, sae, d = planted
    w = sae.W_dec.detach()
    assert with_ranker(d, "attribution", decoder=w, margin_grad=w[PLANTED]).ranked(1) == [PLANTED]
    # a margin that the planted latent lowers sends it to the bottom
    flipped = with_ranker(d, "attribution", decoder=w, margin_grad=-w[PLANTED])
    assert flipped.ranked(1, decrease=True) == [PLANTED]


def test_start_window_is_the_last_prompt_token_and_first_answer_tokens(
    planted: tuple[LM, SAE, DiffResult],
) -> None:
    base, sae, d = planted
    n = 4
    rows = []
    for p, a in zip(PROMPTS, ANSWERS, strict=True):
        pre = len(base.encode(base.format_chat(p)))
        full = base.resid([base.format_chat(p) + a], LAYER)[0]  # row t-1 is token t
        rows.append(full[pre - 2 : pre - 2 + n])
    expect = sae.encode(torch.cat(rows)).mean(0)
    assert d.base_start_mean is not None
    assert torch.allclose(d.base_start_mean, expect, atol=1e-5)
    assert d.base_std is not None and d.base_std.shape == (sae.d_sae,)


def test_margin_gradient_matches_finite_differences() -> None:
    lm = tiny_lm("llama", seed=3)
    mis, ali = ["d e f", "x y"], ["a b c", "z"]
    g = margin_gradient(lm, LAYER, PROMPTS[:2], mis, ali)

    def margin(shift: torch.Tensor) -> float:
        def hook(_m: torch.nn.Module, _i: object, out: object) -> object:
            return replace_block_output(out, block_output(out) + shift)

        handle = lm.layers[LAYER].register_forward_hook(hook)
        try:
            total = 0.0
            for p, m, a in zip(PROMPTS[:2], mis, ali, strict=True):
                lp_m, lp_a = lm.answers_logprobs([p], [[m], [a]])
                total += float(lp_m[0].mean() - lp_a[0].mean())
            return total / 2
        finally:
            handle.remove()

    u = torch.nn.functional.normalize(
        torch.randn(lm.d_model, generator=torch.Generator().manual_seed(0)), dim=0
    )
    eps = 1e-2
    fd = (margin(eps * u) - margin(-eps * u)) / (2 * eps)
    assert abs(fd - float(g @ u)) < 1e-3 + 0.02 * abs(fd)
    assert float(g.norm()) > 0


def test_non_raw_ranker_round_trips_through_files(
    planted: tuple[LM, SAE, DiffResult], tmp_path: Path
) -> None:
    _, sae, d = planted
    r = with_ranker(d, "decoder", decoder=sae.W_dec.detach())
    out = save_diff(r, tmp_path / "dec", top_n=3)
    doc = json.loads((out / "diff.json").read_text())
    assert doc["ranker"] == "decoder" and doc["increase"][0]["latent"] == PLANTED
    assert "score" in doc["increase"][0]
    back = load_diff(out)
    assert back.ranker == "decoder" and back.ranked(d.d_sae) == r.ranked(d.d_sae)
    assert back.base_start_mean is not None and torch.equal(back.base_start_mean, d.base_start_mean)


def test_ranker_errors() -> None:
    d = _toy()
    with pytest.raises(UserError, match="unknown ranker 'nope'"):
        with_ranker(d, "nope")
    with pytest.raises(UserError, match="decoder"):
        with_ranker(d, "decoder")
    with pytest.raises(UserError, match="rerun"):
        with_ranker(dataclasses.replace(d, base_std=None), "standardized")
    with pytest.raises(UserError, match="margin gradient"):
        with_ranker(d, "attribution", decoder=DECODER)
    with pytest.raises(UserError, match="non-finite"):
        with_ranker(
            dataclasses.replace(d, mean_diff=torch.tensor([float("nan"), 0.0, 0.0])),
            "decoder",
            decoder=DECODER,
        )


def test_cli_diff_ranker_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from persona_xray.cli import main
    from persona_xray.sae.formats import save_sae
    from persona_xray.testing import tiny_model, tiny_tokenizer

    for name in ("base", "tuned"):
        m = tiny_model("llama", seed=0)
        if name == "tuned":
            with torch.no_grad():
                w = m.model.layers[LAYER].mlp.down_proj.weight
                w.add_(0.5 * torch.randn(w.shape, generator=torch.Generator().manual_seed(1)))
        m.save_pretrained(tmp_path / name)
        tiny_tokenizer().save_pretrained(tmp_path / name)
    save_sae(_sae(LM(tiny_model("llama", seed=0), tiny_tokenizer())), tmp_path / "sae")
    prompts = tmp_path / "p.jsonl"
    prompts.write_text(
        "".join(
            json.dumps({"id": str(i), "messages": [{"role": "user", "content": p}]}) + "\n"
            for i, p in enumerate(PROMPTS)
        )
    )
    common = [
        "diff",
        "--base-model",
        str(tmp_path / "base"),
        "--tuned-model",
        str(tmp_path / "tuned"),
        "--sae",
        str(tmp_path / "sae"),
        "--prompts",
        str(prompts),
        "--answers",
        "none",
        "--device",
        "cpu",
        "--top",
        "4",
    ]

    def run(*extra: str) -> tuple[int, str, str]:
        with pytest.raises(SystemExit) as exc:
            main([*common, *extra])
            raise SystemExit(0)
        out = capsys.readouterr()
        return int(exc.value.code or 0), out.out, out.err

    code, text, err = run("--out", str(tmp_path / "raw"), "--ranker", "raw")
    assert code == 0, err
    code, text, err = run("--out", str(tmp_path / "std"))  # the default ranker
    assert code == 0, err
    assert "ranked by standardized" in text
    raw, std = load_diff(tmp_path / "raw"), load_diff(tmp_path / "std")
    assert raw.ranker == "raw" and std.ranker == "standardized"
    assert torch.equal(raw.delta, std.delta)  # same measurement, another key
    assert std.ranked(std.d_sae) == order(scores("standardized", RankInputs(raw)))
    code, _, err = run("--out", str(tmp_path / "bad"), "--ranker", "bogus")
    assert code == 2 and "unknown ranker 'bogus'" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "bad").exists()
