"""``persona-xray vector ...``: persona vectors from contrastive prompts (no SAE).

Thin wrappers over :mod:`persona_xray.vectors`; the saved file is a direction file that ``steer``, ``screen``,
``monitor`` and ``finetune --prevent/--ablate`` read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from persona_xray.cli.common import DeviceOpt, DtypeOpt, JsonOpt, ModelOpt, emit_json

app = typer.Typer(
    name="vector",
    help="Persona vectors: a trait's residual direction from contrastive prompts (system or few-shot).",
    no_args_is_help=True,
    add_completion=False,
)


@app.command("list")
def list_cmd() -> None:
    """The shipped traits."""
    from persona_xray.vectors import load_trait, shipped_traits

    for name in shipped_traits():
        t = load_trait(name)
        print(
            f"{name:18} {len(t.positive)}+{len(t.negative)} prompts, {len(t.questions)} questions: {t.description}"
        )


@app.command("build")
def build_cmd(
    trait: Annotated[str, typer.Argument(help="Shipped trait name (see `vector list`) or a trait YAML.")],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Output .safetensors (a card .json is written beside).")
    ],
    model: ModelOpt = None,
    samples: Annotated[
        int, typer.Option("--samples", help="Answers per question and side (1 = greedy).")
    ] = 1,
    max_new_tokens: Annotated[int, typer.Option("--max-new-tokens", help="Answer length.")] = 64,
    judge: Annotated[
        str, typer.Option("--judge", help="Filter answers by trait score: none, or offline (100 - aligned).")
    ] = "none",
    threshold: Annotated[
        float, typer.Option("--threshold", help="Trait score splitting shown / not shown.")
    ] = 50.0,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Chats per forward pass.")] = 8,
    seed: Annotated[int, typer.Option("--seed", help="Sampling seed (with --samples > 1).")] = 0,
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    json_out: JsonOpt = False,
) -> None:
    """Sample under the trait's positive and negative prompts, take the mean difference at every layer,
    pick the layer on half of the questions and report its separation on the other half."""
    from persona_xray.data.io import write_text_atomic
    from persona_xray.errors import UserError
    from persona_xray.lm import load_lm
    from persona_xray.vectors import build_vector, load_trait, offline_trait_scorer

    t = load_trait(trait)
    if judge not in ("none", "offline"):
        raise UserError(f"--judge must be none or offline (got '{judge}')")
    lm = load_lm(model, device=device, dtype=dtype)
    scorer = None
    if judge == "offline":
        from persona_xray.evals.judges import make_judge

        scorer = offline_trait_scorer(make_judge("offline", device=device))
    res = build_vector(
        lm,
        t,
        samples=samples,
        max_new_tokens=max_new_tokens,
        scorer=scorer,
        judge_name=judge,
        threshold=threshold,
        batch_size=batch_size,
        seed=seed,
        progress=not json_out,
    )
    path = res.save(out, lm)
    card = {**res.as_dict(), "file": str(path), "samples": res.samples}
    write_text_atomic(path.with_suffix(".json"), json.dumps(card, indent=2) + "\n")
    if json_out:
        emit_json({k: v for k, v in card.items() if k != "samples"})
        return
    print(
        f"{t.name} on {lm.name}: layer {res.layer} (select-half AUC {res.select_auc[res.layer]:.3f}); "
        f"report-half AUC {res.report_auc:.3f}; kept {res.kept['positive']}+{res.kept['negative']} of "
        f"{res.kept['of']} per side (judge {judge})"
    )
    print(f"wrote {path} and {path.with_suffix('.json')}", file=sys.stderr)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="vector")
