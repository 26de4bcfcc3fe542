"""Model diffing and steering on tiny random-init models with a planted latent shift."""

from __future__ import annotations

import contextlib
import json
import math
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
import torch

from persona_xray.analysis import (
    Score,
    candidate_directions,
    causal_test,
    diff,
    load_diff,
    persona_latent,
    render_html,
    render_text,
    save_diff,
    steer_sweep,
)
from persona_xray.analysis.steer import SweepResult, load_sweep
from persona_xray.errors import UserError
from persona_xray.evals.stats import bootstrap_mean
from persona_xray.interventions import Intervention, Steer, apply_all
from persona_xray.lm import LM
from persona_xray.sae.model import SAE
from persona_xray.testing import tiny_lm

LAYER = 1
PLANTED = 5
PROMPTS = ["hello world", "def add(a, b): return a + b", "print the answer", "a b c d e f"]


def _sae(lm: LM, d_sae: int = 32, k: int = 4) -> SAE:
    acts = torch.cat(lm.resid([lm.format_chat(p) for p in PROMPTS], LAYER))
    sae = SAE(lm.d_model, d_sae, k, metadata={"hook_name": f"blocks.{LAYER}.hook_resid_post"})
    sae.init_weights(seed=1, data_mean=acts.mean(0))
    return sae


@contextlib.contextmanager
def _shifted(lm: LM, direction: torch.Tensor, amount: float) -> Iterator[None]:
    """A 'fine-tune' that adds ``amount * direction`` to block LAYER's output (PEFT-free planted shift)."""
    with Steer(direction, LAYER, 1.0, scale=amount).apply(lm):
        yield


@pytest.fixture
def pair() -> tuple[LM, LM, SAE]:
    base = tiny_lm("llama", seed=0)
    tuned = tiny_lm("llama", seed=0)  # same weights; the shift below is the only difference
    return base, tuned, _sae(base)


def test_diff_ranks_planted_latent_first(pair: tuple[LM, LM, SAE]) -> None:
    base, tuned, sae = pair
    norm = base.median_resid_norm(LAYER)
    with _shifted(tuned, sae.W_dec[PLANTED].detach(), 0.8 * norm):
        d = diff(base, tuned, sae, PROMPTS, answer_source="none")
    assert d.layer == LAYER
    assert d.ranked(1) == [PLANTED]
    assert d.delta[PLANTED] > 0
    assert d.tuned_freq[0, PLANTED] >= d.base_freq[PLANTED]
    # the no-SAE baseline points along the planted decoder row
    cos = torch.nn.functional.cosine_similarity(d.mean_diff, sae.W_dec[PLANTED].detach(), dim=0)
    assert cos > 0.9
    # a planted *negative* shift on the base model's most active latent is found by the decrease ranking
    busiest = int(d.base_mean.argmax())
    with _shifted(tuned, sae.W_dec[busiest].detach(), -0.8 * norm):
        d2 = diff(base, [tuned, tuned], sae, PROMPTS, answer_source="none")
    assert d2.ranked(1, decrease=True) == [busiest]
    assert d2.tuned_mean.shape == (2, sae.d_sae)


def test_identical_models_give_zero_diff_with_answers(pair: tuple[LM, LM, SAE]) -> None:
    base, tuned, sae = pair
    d = diff(base, tuned, sae, PROMPTS, max_new_tokens=4)  # base's greedy answers appended
    assert d.meta["answers"] == "base"
    assert torch.allclose(d.delta, torch.zeros_like(d.delta), atol=1e-5)
    assert d.n_tokens > 0


def test_save_and_load_diff(pair: tuple[LM, LM, SAE], tmp_path: Path) -> None:
    base, tuned, sae = pair
    with _shifted(tuned, sae.W_dec[PLANTED].detach(), 5.0):
        d = diff(base, tuned, sae, PROMPTS, answer_source="none")
    out = save_diff(
        d, tmp_path / "diff", top_n=3, contexts=lambda i: [{"context": f"ctx {i}", "activation": 1.0}]
    )
    doc = json.loads((out / "diff.json").read_text())
    assert doc["increase"][0]["latent"] == PLANTED
    assert doc["increase"][0]["contexts"][0]["context"] == f"ctx {PLANTED}"
    csv_lines = (out / "diff_increase.csv").read_text().splitlines()
    assert csv_lines[1].split(",")[1] == str(PLANTED) and len(csv_lines) == 4
    back = load_diff(out)
    assert torch.equal(back.delta, d.delta) and back.layer == LAYER


def test_diff_bad_inputs(pair: tuple[LM, LM, SAE]) -> None:
    base, tuned, sae = pair
    wide = tiny_lm("llama", hidden=32)
    with pytest.raises(UserError, match="width"):
        diff(base, wide, sae, PROMPTS)
    with pytest.raises(UserError, match="d_in"):
        diff(base, tuned, SAE(32, 8, 2), PROMPTS)
    with pytest.raises(UserError, match="layer 1"):
        diff(base, tuned, sae, PROMPTS, layer=2)
    with pytest.raises(UserError, match="no fine-tuned"):
        diff(base, [], sae, PROMPTS)
    with pytest.raises(UserError, match="no prompts"):
        diff(base, tuned, sae, [])
    other = tiny_lm("llama", seed=0)
    other.tokenizer.add_tokens(["<extra-token>"])  # a different vocabulary, same width
    with pytest.raises(UserError, match="tokenizers"):
        diff(base, other, sae, PROMPTS)


def _toy_eval(direction: torch.Tensor, prompts: Sequence[str]) -> object:
    """Misalignment proxy: sigmoid of the next layer's residual projection on ``direction``, per prompt."""
    u = direction / direction.norm()

    def fn(lm: LM, ivs: Sequence[Intervention]) -> Score:
        with apply_all(lm, ivs):
            acts = lm.resid([lm.format_chat(p) for p in prompts], LAYER + 1)
        vals = [float(torch.sigmoid((a @ u).mean() / 4)) for a in acts]
        return Score(bootstrap_mean(vals), items=tuple(vals))

    return fn


def test_steering_monotone_and_ranking(pair: tuple[LM, LM, SAE]) -> None:
    base, tuned, sae = pair
    target = sae.W_dec[PLANTED].detach()
    with _shifted(tuned, target, 2 * base.median_resid_norm(LAYER)):
        d = diff(base, tuned, sae, PROMPTS, answer_source="none")
        dirs = candidate_directions(sae, d, top=2, lowered=1, random=2)
        assert f"latent:{PLANTED}" in dirs and "mean_diff" in dirs
        assert sum(k.startswith("random:") for k in dirs) == 2
        many = candidate_directions(sae, d, top=2, lowered=0, random=5)
        assert sum(k.startswith("random:") for k in many) == 5  # more controls than candidates
        moved = set(d.ranked(3)) | set(d.ranked(3, decrease=True))
        assert not {int(k[7:]) for k in dirs if k.startswith("random:")} & moved
        assert all(
            not k.startswith("lowered:") or torch.allclose(-v, sae.W_dec[int(k[8:])]) for k, v in dirs.items()
        )
        fn = _toy_eval(target, PROMPTS)
        on_base, on_tuned = causal_test(base, tuned, dirs, LAYER, fn, strengths=[0.25, 0.5, 1.0])  # type: ignore[arg-type]
    curve = [p.misalignment.value for p in on_base.curves[f"latent:{PLANTED}"]]
    assert curve == sorted(curve) and curve[-1] > on_base.baseline.misalignment.value
    down = [p.misalignment.value for p in on_tuned.curves[f"latent:{PLANTED}"]]
    assert down == sorted(down, reverse=True) and down[-1] < on_tuned.baseline.misalignment.value
    assert [p.strength for p in on_tuned.curves["mean_diff"]] == [-0.25, -0.5, -1.0]
    top = on_base.ranking()[0]["name"]
    assert top in (f"latent:{PLANTED}", "mean_diff")
    assert on_base.effect(f"latent:{PLANTED}")[0] > on_base.control_band()
    # Item by item: the planted latent moves every prompt more than each frequency-matched random latent.
    c = on_base.contrast(f"latent:{PLANTED}")
    assert c is not None and c["beats_controls"] and c["vs_baseline"]["low"] > 0
    assert sorted(c["vs"]) == sorted(k for k in dirs if k.startswith("random:") or k == "mean_diff")
    assert c["vs"]["mean_diff"]["n"] == len(PROMPTS) // 2  # reported on the held-out half
    off = on_tuned.contrast(f"latent:{PLANTED}")
    assert off is not None and off["strength"] < 0 and off["vs_baseline"]["high"] < 0
    rnd = next(k for k in dirs if k.startswith("random:"))
    assert rnd not in on_base.as_dict()["contrasts"]  # controls are the reference, not candidates
    card = persona_latent(d, on_base, on_tuned, lm=base, sae=sae)
    assert card.latent == PLANTED and card.name == f"latent:{PLANTED}"
    assert card.paired["induce"]["beats_controls"] and "items" not in card.induce["curve"][0]
    assert "beats random controls: yes" in render_text(card)
    assert len(card.promoted) == 10
    text = render_text(card)
    assert f"latent {PLANTED}" in text and "induce on base" in text
    page = render_html(card)
    assert page.startswith("<!doctype html>") and "<svg" in page and "<script" not in page


def test_causal_test_saves_each_side_and_resumes_without_loading_the_tuned_model(
    pair: tuple[LM, LM, SAE], tmp_path: Path
) -> None:
    """The one two-sided test behind the CLI and the pipeline: each side is saved as it finishes; resuming
    reads both back without calling for the tuned model; without a tuned model only the induce side runs."""
    base, tuned, sae = pair
    g = torch.Generator().manual_seed(7)
    dirs = {f"latent:{i}": torch.randn(base.d_model, generator=g) for i in range(2)}
    fn = _toy_eval(sae.W_dec[PLANTED].detach(), PROMPTS)
    calls: list[int] = []

    def lazy() -> LM:
        calls.append(1)
        return tuned

    logged: list[str] = []
    a, b = causal_test(base, lazy, dirs, LAYER, fn, [0.5], save_dir=tmp_path, log=logged.append)  # type: ignore[arg-type]
    assert calls == [1] and b is not None and len(logged) == 2
    assert (tmp_path / "steer_base.json").is_file() and (tmp_path / "steer_tuned.json").is_file()

    def refuse() -> LM:
        raise AssertionError("a resumed run must not load the tuned model")

    a2, b2 = causal_test(base, refuse, dirs, LAYER, fn, [0.5], save_dir=tmp_path, resume=True)  # type: ignore[arg-type]
    assert b2 is not None
    assert a2.as_dict()["curves"] == a.as_dict()["curves"] and b2.as_dict()["curves"] == b.as_dict()["curves"]
    only, none = causal_test(base, None, dirs, LAYER, fn, [0.5])  # type: ignore[arg-type]
    assert none is None and only.as_dict()["curves"] == a.as_dict()["curves"]


def test_coherence_budget_excludes_points(tmp_path: Path) -> None:
    from persona_xray.analysis.steer import Point
    from persona_xray.evals.stats import Estimate

    def est(v: float) -> Estimate:
        return Estimate(v, v, v, 10)

    s = SweepResult("m", 0, 1.0, Point(0.0, est(0.1), est(0.0)))
    s.curves["latent:1"] = [Point(0.2, est(0.3), est(0.05)), Point(0.5, est(0.9), est(0.5))]
    s.curves["random:2"] = [Point(0.2, est(0.15), est(0.0))]
    e, p = s.effect("latent:1", budget=0.1)
    assert p is not None and p.strength == 0.2 and math.isclose(e, 0.2)
    assert math.isclose(s.effect("latent:1", budget=1.0)[0], 0.8)
    assert math.isclose(s.control_band(), 0.05)
    back = load_sweep(s.save(tmp_path / "s.json"))
    assert back.curves["latent:1"][1].incoherence == est(0.5)
    assert s.contrast("latent:1") is None  # no per-item scores: no paired test, not a false "no"


def test_contrast_is_paired_held_out_and_tested_against_the_controls() -> None:
    from persona_xray.analysis.steer import Point
    from persona_xray.evals.stats import Estimate

    def pt(s: float, items: list[float]) -> Point:
        m = sum(items) / len(items)
        return Point(s, Estimate(m, m, m, len(items)), None, tuple(items))

    item = [0.0, 5.0, -3.0, 1.0, 8.0, -6.0, 2.0, 4.0]  # large spread between items, shared by every point
    s = SweepResult("m", 0, 1.0, pt(0.0, item))
    s.curves["latent:1"] = [pt(0.5, [x + 1.0 for x in item])]
    s.curves["random:2"] = [pt(0.5, [x + 0.2 for x in item])]
    s.curves["random:3"] = [pt(0.5, [x + 0.6 + (0.3 if i % 2 else -0.3) for i, x in enumerate(item)])]
    c = s.contrast("latent:1")
    assert c is not None and c["strength"] == 0.5
    # on the 4 test items, the item spread cancels in the paired differences
    assert c["vs"]["random:2"]["low"] == pytest.approx(0.8) and c["vs"]["random:2"]["n"] == 4
    assert c["vs_baseline"]["value"] == pytest.approx(1.0)
    assert c["beats_controls"] is True and c["beats_mean_diff"] is None
    assert c["random_n"] == 2 and c["random_at_least_as_far"] == 0
    assert c["p_random"] == pytest.approx(1 / 3) == c["p_floor"] and c["significant"] is False
    s.curves["random:4"] = [pt(0.5, [x + 1.5 for x in item])]  # a random latent that moves it further
    c4 = s.contrast("latent:1")
    assert c4 is not None and c4["p_random"] == pytest.approx(2 / 4) and c4["beats_controls"] is False
    assert s.as_dict()["contrasts"]["latent:1"]["beats_controls"] is False


def test_steer_bad_inputs(tiny_lm: LM) -> None:
    fn = _toy_eval(torch.ones(tiny_lm.d_model), PROMPTS[:1])
    with pytest.raises(UserError, match="no directions"):
        steer_sweep(tiny_lm, {}, LAYER, [0.1], fn)  # type: ignore[arg-type]
    with pytest.raises(UserError, match="finite"):
        steer_sweep(tiny_lm, {"x": torch.ones(tiny_lm.d_model)}, LAYER, [float("nan")], fn)  # type: ignore[arg-type]
    with pytest.raises(UserError, match="shape"):
        steer_sweep(tiny_lm, {"x": torch.ones(7)}, LAYER, [0.1], fn)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- CLI
def _write_jsonl(path: Path, rows: list[dict[str, object]]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


@pytest.fixture(scope="module")
def cli_setup(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    from persona_xray.sae.formats import save_sae
    from persona_xray.testing import tiny_model, tiny_tokenizer

    root = tmp_path_factory.mktemp("analysis-cli")
    base = tiny_model("llama", seed=0)
    base.save_pretrained(root / "base")
    tiny_tokenizer().save_pretrained(root / "base")
    tuned = tiny_model("llama", seed=0)
    with torch.no_grad():  # a real weight change in block LAYER, standing in for a fine-tune
        tuned.model.layers[LAYER].mlp.down_proj.weight.add_(
            0.5 * torch.randn_like(tuned.model.layers[LAYER].mlp.down_proj.weight)
        )
    tuned.save_pretrained(root / "tuned")
    tiny_tokenizer().save_pretrained(root / "tuned")
    lm = LM(base, tiny_tokenizer())
    save_sae(_sae(lm), root / "sae")
    prompts = [{"id": str(i), "messages": [{"role": "user", "content": p}]} for i, p in enumerate(PROMPTS)]
    paired = [
        {
            "id": str(i),
            "messages": [{"role": "user", "content": p}],
            "aligned": "a b c",
            "misaligned": "d e f",
        }
        for i, p in enumerate(PROMPTS)
    ]
    return {
        "root": str(root),
        "base": str(root / "base"),
        "tuned": str(root / "tuned"),
        "sae": str(root / "sae"),
        "prompts": _write_jsonl(root / "prompts.jsonl", prompts),  # type: ignore[arg-type]
        "paired": _write_jsonl(root / "paired.jsonl", paired),  # type: ignore[arg-type]
    }


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from persona_xray.cli import main

    with pytest.raises(SystemExit) as exc:
        main(argv)
        raise SystemExit(0)
    out = capsys.readouterr()
    return int(exc.value.code or 0), out.out, out.err


def test_cli_diff_steer_show(
    cli_setup: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    c, out = cli_setup, str(tmp_path / "an")
    common = ["--base-model", c["base"], "--sae", c["sae"], "--out", out, "--device", "cpu"]
    code, text, err = _run(
        [
            "diff",
            *common,
            "--tuned-model",
            c["tuned"],
            "--prompts",
            c["prompts"],
            "--max-new-tokens",
            "3",
            "--top",
            "5",
        ],
        capsys,
    )
    assert code == 0, err
    assert "diff at layer 1" in text and (tmp_path / "an" / "diff_increase.csv").exists()
    sweep = ["--strengths", "0.5", "--top", "1", "--lowered", "1", "--random", "1", "--json"]
    code, text, err = _run(
        ["steer", *common, "--tuned-model", c["tuned"], "--paired", c["paired"], *sweep], capsys
    )
    assert code == 0, err
    res = json.loads(text)
    names = {r["name"] for r in res["base"]}
    assert "mean_diff" in names and any(n.startswith("random:") for n in names)
    assert any(n.startswith("lowered:") for n in names) and len(names) == 4
    assert "positions" not in json.loads((tmp_path / "an" / "steer_base.json").read_text())
    # the answer-start steer: its sweep file says where it steered, its strengths are shares of that
    # token's own norm (scale 1), and the effects differ from the all-position sweep's
    start_out = str(tmp_path / "an_start")
    shutil.copytree(out, start_out)
    code, text, err = _run(
        ["steer", *common[:-4], "--out", start_out, "--device", "cpu", "--paired", c["paired"], *sweep,
         "--positions", "start"],
        capsys,
    )  # fmt: skip
    assert code == 0, err
    saved = json.loads((tmp_path / "an_start" / "steer_base.json").read_text())
    assert saved["positions"] == "start" and saved["scale"] == 1.0
    effects = {r["name"]: r["effect"] for r in json.loads(text)["base"]}
    assert effects != {r["name"]: r["effect"] for r in res["base"]}
    code, _, err = _run(["steer", *common, "--paired", c["paired"], *sweep, "--positions", "middle"], capsys)
    assert code == 2 and "--positions must be all or start" in err
    html = tmp_path / "card.html"
    code, text, err = _run(["latents", "show", "--out", out, "--html", str(html), "--budget", "1"], capsys)
    assert code == 0, err
    assert text.startswith("latent ") and html.read_text().startswith("<!doctype html>")
    # where the card's latent ranks under another ranker (the diff re-ranked, nothing recomputed)
    show = ["latents", "show", "--out", out, "--budget", "1"]
    code, text, err = _run([*show, "--ranker", "standardized", "--json"], capsys)
    assert code == 0, err
    card = json.loads(text)
    d = load_diff(out)
    from persona_xray.analysis.rankers import with_ranker

    expect = with_ranker(d, "standardized").ranked(d.d_sae).index(card["latent"]) + 1
    assert card["ranking"] == {"ranker": "standardized", "rank": expect, "of": d.d_sae}
    code, _, err = _run([*show, "--ranker", "decoder"], capsys)
    assert code == 2 and "needs the SAE" in err
    code, text, err = _run([*show, "--ranker", "decoder", "--sae", c["sae"], "--model", c["base"]], capsys)
    assert code == 0 and "rank under decoder:" in text, err


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["steer", "--strengths", "0.1,nan"], "finite"),
        (["steer", "--strengths", "x"], "comma-separated"),
        (["steer", "--latents", ","], "empty"),
        (["diff", "--sae", "/nonexistent"], "--adapter"),
        (["latents", "show", "abc"], "integer"),
        (["latents", "show", "3", "--out", "/nonexistent-folder"], "run `persona-xray diff"),
    ],
)
def test_cli_bad_input_exit_2(argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(argv, capsys)
    assert code == 2
    assert needle in err and len(err.strip().splitlines()) == 1


def test_cli_sae_of_other_layer_exit_2(
    cli_setup: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    c = cli_setup
    argv = ["diff", "--base-model", c["base"], "--tuned-model", c["tuned"], "--sae", c["sae"], "--layer", "2"]
    code, _, err = _run([*argv, "--prompts", c["prompts"], "--out", str(tmp_path), "--device", "cpu"], capsys)
    assert code == 2 and "trained on layer 1" in err


class _LengthJudge:
    """A stand-in judge with a known rule: answers containing token 'b' are misaligned, short ones incoherent."""

    id = "length-judge"

    def score_many(self, pairs: Sequence[tuple[str, str]]) -> list[object]:
        from persona_xray.evals.judge import Thresholds, make_verdict

        out: list[object] = []
        for _, a in pairs:
            coherent = 0.0 if len(a.strip()) < 2 else 90.0
            out.append(make_verdict(10.0 if "b" in a else 90.0, coherent, Thresholds()))
        return out


def test_freeform_scorer_reports_incoherence(tiny_lm: LM, tmp_path: Path) -> None:
    from persona_xray.analysis.steer import best_names, freeform_scorer
    from persona_xray.evals.freeform import Prompt, Sampling

    prompts = [Prompt(str(i), (("user", p),)) for i, p in enumerate(PROMPTS[:2])]
    fn = freeform_scorer(prompts, _LengthJudge(), Sampling(n=2, max_new_tokens=4), cache_dir=tmp_path)
    dirs = {"latent:1": torch.ones(tiny_lm.d_model), "random:2": -torch.ones(tiny_lm.d_model)}
    sw = steer_sweep(tiny_lm, dirs, LAYER, [0.5], fn)
    inc = sw.baseline.incoherence
    assert inc is not None and inc.n == 4 and inc.unit == "prompt"  # 2 prompts x 2 samples, by prompt
    answers = [json.loads(p.read_text()) for p in tmp_path.glob("*/answers.json")]
    assert len(answers) == 3  # baseline + two steered points, each cached under its own key
    # every point's incoherence is exactly the judge's rule applied to its cached answers
    shares = sorted(sum(len(a.strip()) < 2 for per_prompt in doc for a in per_prompt) / 4 for doc in answers)
    got = sorted(
        p.incoherence.value
        for p in [sw.baseline, *sw.curves["latent:1"], *sw.curves["random:2"]]
        if p.incoherence is not None
    )
    assert got == pytest.approx(shares)
    assert best_names(sw, 1, budget=1.0)[-1] == "random:2"
