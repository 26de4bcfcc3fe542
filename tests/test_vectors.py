"""Persona vectors on a tiny random model: a direction planted in one token's embedding is recovered, the
judge's filter drops the answers it should, the layer is chosen on one half and reported on the other, and
the saved file is a direction the rest of the tool reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
import yaml

from persona_xray.directions import load_direction
from persona_xray.errors import UserError
from persona_xray.finetune.mitigate import direction_layer
from persona_xray.lm import LM
from persona_xray.testing import tiny_lm
from persona_xray.vectors import Trait, answer_means, build_vector, load_trait, shipped_traits

TRAIT = Trait(
    name="toy",
    description="answers in zz",
    positive=tuple(f"You answer in code words, style {i}." for i in range(5)),
    negative=tuple(f"You answer plainly, style {i}." for i in range(5)),
    questions=tuple(f"What happens on day {i}?" for i in range(20)),
)
POS, NEG = "zz zz zz zz zz zz", "the plants grow well"


@pytest.fixture(scope="module")
def planted() -> tuple[LM, torch.Tensor]:
    """A tiny model whose token 'zz' carries a large known direction in its embedding."""
    torch.manual_seed(0)
    lm = tiny_lm()
    u = torch.randn(lm.d_model)
    u = u / u.norm()
    (zz,) = lm.encode("zz")[:1]
    with torch.no_grad():
        lm.model.get_input_embeddings().weight[zz] += 20.0 * u
    return lm, u


def _fixed(text: str):  # type: ignore[no-untyped-def]
    return lambda chats: [text] * len(chats)


def test_the_planted_direction_is_recovered_and_the_layer_is_chosen_on_one_half(
    planted: tuple[LM, torch.Tensor], tmp_path: Path
) -> None:
    lm, u = planted
    res = build_vector(lm, TRAIT, responder=(_fixed(POS), _fixed(NEG)))
    cos0 = float(res.vectors[0] @ u / res.vectors[0].norm())
    assert cos0 > 0.9, cos0  # block 0's output still carries the planted embedding direction
    assert res.kept == {"positive": 20, "negative": 20, "of": 20}
    assert len(res.select_auc) == lm.n_layers and res.select_auc[res.layer] == max(res.select_auc)
    assert res.report_auc == 1.0
    halves = {r["half"] for r in res.samples}
    assert halves == {"select", "report"} and len(res.samples) == 40
    path = res.save(tmp_path / "toy.safetensors", lm)
    assert torch.allclose(load_direction(str(path)), res.vectors[res.layer])
    assert direction_layer(str(path)) == res.layer


def test_answer_means_read_only_the_answer_tokens(planted: tuple[LM, torch.Tensor]) -> None:
    lm, _ = planted
    chats = [[{"role": "user", "content": "Hello there?"}]]
    means = answer_means(lm, chats, [POS])
    layer = 1
    (acts,) = lm.resid_chat(chats, [POS], layer, answer_only=True)
    assert torch.allclose(means[0, layer], acts.mean(0), atol=1e-5)


def test_the_judge_filter_drops_answers_on_the_wrong_side(planted: tuple[LM, torch.Tensor]) -> None:
    lm, _ = planted
    answers = iter([POS, POS, NEG, NEG] * 5)  # both halves (questions alternate) get both kinds

    def mixed(chats):  # type: ignore[no-untyped-def]
        return [next(answers) for _ in chats]

    # Scores 90 for the code-word answer, 10 for the plain one: positive keeps POS only, negative NEG only.
    def scorer(pairs):  # type: ignore[no-untyped-def]
        return [90.0 if a == POS else 10.0 for _, a in pairs]

    res = build_vector(lm, TRAIT, responder=(mixed, _fixed(NEG)), scorer=scorer, judge_name="toy")
    assert res.kept == {"positive": 10, "negative": 20, "of": 20}
    assert all(r["kept"] == (r["answer"] == POS) for r in res.samples if r["side"] == "positive")
    with pytest.raises(UserError, match="dropped them all"):
        build_vector(lm, TRAIT, responder=(_fixed(NEG), _fixed(NEG)), scorer=scorer)


def test_the_model_answers_itself_by_default(planted: tuple[LM, torch.Tensor]) -> None:
    lm, _ = planted
    res = build_vector(lm, TRAIT, max_new_tokens=4)
    assert len({r["answer"] for r in res.samples}) > 1 and res.judge == "none"


def test_trait_files_are_checked_and_the_shipped_ones_load(tmp_path: Path) -> None:
    assert shipped_traits() == ["evil", "reckless-advice", "sycophantic"]
    for name in shipped_traits():
        t = load_trait(name)
        assert len(t.positive) >= 5 and len(t.negative) >= 5 and len(t.questions) >= 20
        assert not set(t.positive) & set(t.negative)
    bad = tmp_path / "t.yaml"
    bad.write_text(
        yaml.safe_dump({"name": "x", "positive": ["a"] * 5, "negative": ["b"] * 2, "questions": ["q"] * 20})
    )
    with pytest.raises(UserError, match="'negative' has 2 entries"):
        load_trait(bad)
    with pytest.raises(UserError, match="unknown trait"):
        load_trait("no-such-trait")


def test_cli_builds_a_vector_file_and_card(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from persona_xray.cli import main

    torch.manual_seed(0)
    lm = tiny_lm()
    model_dir = tmp_path / "m"
    lm.model.save_pretrained(model_dir)
    lm.tokenizer.save_pretrained(model_dir)
    trait = tmp_path / "toy.yaml"
    trait.write_text(
        yaml.safe_dump(
            {
                "name": "toy",
                "positive": list(TRAIT.positive),
                "negative": list(TRAIT.negative),
                "questions": list(TRAIT.questions),
            }
        )
    )
    out = tmp_path / "v.safetensors"
    main(
        [
            "vector",
            "build",
            str(trait),
            "--out",
            str(out),
            "--model",
            str(model_dir),
            "--max-new-tokens",
            "3",
            "--device",
            "cpu",
        ]
    )
    card = json.loads(out.with_suffix(".json").read_text())
    assert card["trait"] == "toy" and len(card["samples"]) == 40 and 0 <= card["layer"] < lm.n_layers
    assert "report-half AUC" in capsys.readouterr().out


def test_conversation_prompts_precede_the_question_and_are_checked(
    planted: tuple[LM, torch.Tensor], tmp_path: Path
) -> None:
    """A few-shot prompt (turns before the question) reaches the model as turns, and its voice carries over."""
    lm, u = planted
    shot = [{"role": "user", "content": "And yesterday?"}, {"role": "assistant", "content": POS}]
    plain = [{"role": "user", "content": "And yesterday?"}, {"role": "assistant", "content": NEG}]
    path = tmp_path / "few.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "name": "few",
                "positive": [shot] * 5,
                "negative": [plain] * 4 + ["You answer plainly."],
                "questions": [f"What happens on day {i}?" for i in range(20)],
            }
        )
    )
    trait = load_trait(path)
    seen: list[list[dict[str, str]]] = []

    def echo(chats: list[list[dict[str, str]]]) -> list[str]:
        # answers in the voice of the turn before the question, as a few-shot prompt should elicit
        seen.extend(chats)
        return [POS if c[0]["role"] == "user" and "zz" in c[1]["content"] else NEG for c in chats]

    res = build_vector(lm, trait, responder=(echo, echo))
    assert [m["role"] for m in seen[0]] == ["user", "assistant", "user"]
    assert seen[0][-1]["content"] == "What happens on day 0?"
    assert seen[-1][0] == {"role": "system", "content": "You answer plainly."}  # strings stay system prompts
    assert float(res.vectors[0] @ u / res.vectors[0].norm()) > 0.9
    assert res.samples[0]["prompt"] == f"user: And yesterday? | assistant: {POS}"
    for bad, why in (
        ([{"role": "user", "content": "hi"}], "ends on the assistant's"),
        ([{"role": "assistant", "content": "hi"}, {"role": "user", "content": "x"}], "alternates"),
        ([{"role": "user", "text": "hi"}], "exactly 'role' and 'content'"),
    ):
        path.write_text(
            yaml.safe_dump({"positive": [bad] * 5, "negative": ["b"] * 5, "questions": ["q"] * 20})
        )
        with pytest.raises(UserError, match=why):
            load_trait(path)
