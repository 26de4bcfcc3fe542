"""CLI for model diffing and steering: ``persona-xray diff``, ``persona-xray steer``, ``persona-xray latents show``.

Thin wrappers over :mod:`persona_xray.analysis`; the three commands pass results through one folder
(``--out``): ``diff`` writes the diff tables there, ``steer`` reads them and adds the sweeps, ``latents show``
reads both and builds a latent's card. Wire into the app with ``register(app)``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from persona_xray.cli.common import DeviceOpt, DtypeOpt, JsonOpt, LayerOpt, emit_json
from persona_xray.errors import UserError

if TYPE_CHECKING:
    from persona_xray.interventions import ManyPositions
    from persona_xray.lm import LM
    from persona_xray.sae.model import SAE

latents_app = typer.Typer(help="Inspect persona latents found by diff + steer.", no_args_is_help=True)

BaseOpt = Annotated[
    str | None,
    typer.Option(
        "--base-model", "--model", "-m", help="Base model: short name, HF id or folder (default bundled)."
    ),
]
AdaptersOpt = Annotated[
    list[str] | None, typer.Option("--adapter", help="Fine-tune adapter folder on the base (repeatable).")
]
TunedOpt = Annotated[
    list[str] | None, typer.Option("--tuned-model", help="Fully fine-tuned model folder/id (repeatable).")
]
SaeOpt = Annotated[
    str | None, typer.Option("--sae", help="SAE folder; default: the base model's default SAE.")
]
OutOpt = Annotated[Path, typer.Option("--out", "-o", help="Analysis folder (diff tables, sweeps, cards).")]
HarvestOpt = Annotated[
    str | None, typer.Option("--harvest", help="Harvest folder, for each latent's top corpus contexts.")
]


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _floats(text: str, what: str) -> list[float]:
    from persona_xray.analysis.diff import check_finite

    try:
        vals = [float(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise UserError(f"{what} must be comma-separated numbers, e.g. 0.1,0.2,0.4 (got '{text}')") from None
    return check_finite(vals, what)


def _ints(text: str, what: str) -> list[int]:
    try:
        vals = [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise UserError(f"{what} must be comma-separated latent ids, e.g. 12,40 (got '{text}')") from None
    if not vals:
        raise UserError(f"{what} is empty: give at least one latent id")
    return vals


def _load_sae(path: str | None, model: str | None, layer: int | None) -> tuple[SAE, Path]:
    from persona_xray.sae import default_sae_path, load_default_sae, load_sae

    if path:
        return load_sae(path), Path(path)
    sae = load_default_sae(model, layer)
    return sae, default_sae_path(model, sae_layer_or(sae, layer))


def sae_layer_or(sae: SAE, layer: int | None) -> int:
    from persona_xray.analysis.diff import sae_layer

    found = sae_layer(sae)
    if found is not None:
        return found
    if layer is None:
        raise UserError("the SAE does not say its layer: pass --layer")
    return layer


def _tuned(
    model: str | None, adapters: list[str] | None, tuned: list[str] | None, device: str, dtype: str
) -> list[LM]:
    from persona_xray.lm import load_lm

    out = [load_lm(model, adapter=a, device=device, dtype=dtype) for a in adapters or []]
    out += [load_lm(t, device=device, dtype=dtype) for t in tuned or []]
    return out


def _contexts(lm: LM, sae: SAE, sae_dir: Path, harvest: str | None, n: int = 5) -> Any:
    if harvest is None:
        return None
    from persona_xray.analysis.diff import corpus_contexts

    return corpus_contexts(lm, sae, sae_dir, harvest, n=n)


def diff_cmd(
    model: BaseOpt = None,
    adapter: AdaptersOpt = None,
    tuned_model: TunedOpt = None,
    sae: SaeOpt = None,
    layer: LayerOpt = None,
    prompts: Annotated[str, typer.Option("--prompts", help="Prompt set name or JSONL file.")] = "core",
    limit: Annotated[int | None, typer.Option(help="Use only the first N prompts.")] = None,
    answers: Annotated[
        str, typer.Option("--answers", help="Whose greedy answers to append: base, tuned, both or none.")
    ] = "base",
    max_new_tokens: Annotated[int, typer.Option("--max-new-tokens")] = 64,
    top: Annotated[int, typer.Option("--top", help="Rows in the up/down tables.")] = 20,
    harvest: HarvestOpt = None,
    ranker: Annotated[
        str,
        typer.Option(
            "--ranker",
            help="Ranking key: standardized (default: the increase in units of the base model's spread, the "
            "organism benchmark's winner), raw (mean increase), frequency, start, decoder, attribution.",
        ),
    ] = "standardized",
    paired: Annotated[
        str, typer.Option("--paired", help="Paired set (name or JSONL) for --ranker attribution.")
    ] = "paired",
    paired_limit: Annotated[
        int | None, typer.Option("--paired-limit", help="Use N paired items for the attribution gradient.")
    ] = 64,
    out: OutOpt = Path("runs/analysis"),
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    json_out: JsonOpt = False,
) -> None:
    """Which SAE latents did fine-tuning raise (and lower)? Mean activation base vs tuned on the same tokens.

    ``--ranker`` picks the ranking key (see ``persona_xray.analysis.rankers``); every later stage
    (``steer``'s candidates, ``latents show``) reads the ranking saved here.
    """
    from persona_xray.analysis.diff import diff, save_diff
    from persona_xray.analysis.rankers import check_ranker, margin_gradient, with_ranker
    from persona_xray.evals.freeform import load_prompts
    from persona_xray.lm import load_lm

    if answers not in ("base", "tuned", "both", "none"):
        raise UserError(f"--answers must be base, tuned, both or none (got '{answers}')")
    check_ranker(ranker)
    if not adapter and not tuned_model:
        raise UserError("give the fine-tuned model: --adapter FOLDER or --tuned-model NAME (repeatable)")
    s, sae_dir = _load_sae(sae, model, layer)
    ps = [p.chat() for p in load_prompts(prompts, limit=limit)]
    base = load_lm(model, device=device, dtype=dtype)
    tuned = _tuned(model, adapter, tuned_model, device, dtype)
    t0 = time.perf_counter()
    res = diff(base, tuned, s, ps, layer=layer, answer_source=answers, max_new_tokens=max_new_tokens)  # type: ignore[arg-type]
    grad = None
    if ranker == "attribution":
        from persona_xray.evals.paired import load_paired

        items = load_paired(paired, limit=paired_limit)
        grad = margin_gradient(
            base,
            res.layer,
            [it.chat() for it in items],
            [it.misaligned for it in items],
            [it.aligned for it in items],
        )
    res = with_ranker(res, ranker, decoder=s.W_dec.detach(), margin_grad=grad)
    wall = time.perf_counter() - t0
    res.meta["wall_s"] = round(wall, 1)
    save_diff(res, out, top_n=top, contexts=_contexts(base, s, sae_dir, harvest))
    if json_out:
        emit_json(
            {
                "out": str(out),
                "wall_s": round(wall, 1),
                "increase": res.table(top),
                "decrease": res.table(top, decrease=True),
            }
        )
        return
    print(
        f"diff at layer {res.layer} over {res.n_tokens} tokens ({len(ps)} prompts), {len(tuned)} tuned model(s)"
        + ("" if res.score is None else f", ranked by {res.ranker}")
    )
    print(f"{'rank':>4} {'latent':>7} {'delta':>9} {'base':>9} {'tuned':>9} {'freq b->t':>15}")
    for r, row in enumerate(res.table(top), 1):
        print(
            f"{r:>4} {row['latent']:>7} {row['delta']:>+9.4f} {row['base_mean']:>9.4f} {row['tuned_mean']:>9.4f}"
            f" {row['base_freq']:>7.3f}->{row['tuned_freq']:.3f}"
            + (f"  score {row['score']:+.4f}" if "score" in row else "")
        )
    print(f"mean-difference direction norm {float(res.mean_diff.norm()):.4f}; wrote {out}; wall {wall:.1f} s")


def steer_cmd(
    model: BaseOpt = None,
    adapter: Annotated[
        str | None, typer.Option("--adapter", help="Fine-tuned adapter: run the suppress side.")
    ] = None,
    tuned_model: Annotated[
        str | None, typer.Option("--tuned-model", help="Fully fine-tuned model instead.")
    ] = None,
    sae: SaeOpt = None,
    layer: LayerOpt = None,
    out: OutOpt = Path("runs/analysis"),
    latents: Annotated[
        str | None, typer.Option("--latents", help="Comma-separated ids; default: diff's top.")
    ] = None,
    top: Annotated[int, typer.Option("--top", help="Raised latents to test.")] = 10,
    lowered: Annotated[
        int, typer.Option("--lowered", help="Lowered latents to test (assistant persona).")
    ] = 3,
    random: Annotated[int, typer.Option("--random", help="Frequency-matched random control latents.")] = 3,
    strengths: Annotated[
        str, typer.Option("--strengths", help="Multiples of the median residual norm.")
    ] = "0.05,0.1,0.2,0.3,0.4,0.5,0.75",
    paired: Annotated[str, typer.Option("--paired", help="Paired set name or JSONL file.")] = "paired",
    limit: Annotated[int | None, typer.Option(help="Use N paired items (evenly spaced).")] = None,
    budget: Annotated[float, typer.Option("--budget", help="Max incoherent share for the ranking.")] = 0.1,
    nll_budget: Annotated[
        float | None,
        typer.Option("--nll-budget", help="Max NLL rise on the neutral reference set for a chosen point."),
    ] = None,
    split_seed: Annotated[int, typer.Option("--split-seed", help="Seed of the selection/test split.")] = 0,
    freeform_best: Annotated[
        int, typer.Option("--freeform-best", help="Re-score the K best directions with the free-form eval.")
    ] = 0,
    freeform_prompts: Annotated[str, typer.Option("--freeform-prompts", help="Prompt set for it.")] = "core",
    freeform_n: Annotated[int, typer.Option("--freeform-n", help="Samples per prompt.")] = 4,
    judge: Annotated[str, typer.Option("--judge", help="offline (default), local or api.")] = "offline",
    positions: Annotated[
        str,
        typer.Option(
            "--positions",
            help="all: every position, strengths x the median residual norm; start: the answer-start token "
            "only, strengths x that token's own norm.",
        ),
    ] = "all",
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    json_out: JsonOpt = False,
) -> None:
    """Steer the base model along candidate latents (+) and the tuned one (-); rank by causal effect."""
    from persona_xray.analysis.diff import load_diff
    from persona_xray.analysis.steer import candidate_directions, causal_test, paired_scorer, steer_sweep
    from persona_xray.evals.paired import load_paired
    from persona_xray.lm import load_lm

    mags = [abs(x) for x in _floats(strengths, "--strengths")]
    if not mags:
        raise UserError("--strengths is empty: give e.g. 0.1,0.2,0.4")
    if positions not in ("all", "start"):
        raise UserError(f"--positions must be all or start (got '{positions}')")
    where: ManyPositions = "start" if positions == "start" else "all"
    chosen = _ints(latents, "--latents") if latents is not None else None
    if freeform_best < 0 or freeform_n < 1:
        raise UserError("--freeform-best must be >= 0 and --freeform-n >= 1")
    d = load_diff(out)
    s, _ = _load_sae(sae, model, layer if layer is not None else d.layer)
    if sae_layer_or(s, d.layer) != d.layer:
        raise UserError(
            f"the SAE is for layer {sae_layer_or(s, d.layer)} but the diff for {d.layer}: use the diff's SAE"
        )
    dirs = candidate_directions(s, d, top=top, lowered=lowered, random=random, latents=chosen)
    from persona_xray.evals.coherence import load_reference

    if nll_budget is not None and not nll_budget > 0:
        raise UserError("--nll-budget must be positive")
    scorer = paired_scorer(load_paired(paired, limit=limit), reference=load_reference())
    base = load_lm(model, device=device, dtype=dtype)
    t0 = time.perf_counter()
    opts: dict[str, Any] = {
        "split_seed": split_seed,
        "nll_budget": nll_budget,
        "progress": not json_out,
        "positions": where,
    }
    loaded: list[LM] = []

    def tuned_lm() -> LM:
        if not loaded:
            loaded.append(load_lm(tuned_model or model, adapter=adapter, device=device, dtype=dtype))
        return loaded[0]

    on_base, on_tuned = causal_test(
        base,
        tuned_lm if adapter or tuned_model else None,
        dirs,
        d.layer,
        scorer,
        mags,
        save_dir=out,
        budget=budget,
        **opts,
    )
    result: dict[str, Any] = {"base": on_base.ranking(budget), "held_out": {"base": on_base.report(budget)}}
    if on_tuned is not None:
        result["tuned"] = on_tuned.ranking(budget)
        result["held_out"]["tuned"] = on_tuned.report(budget)
    if freeform_best:
        from persona_xray.analysis.steer import best_names, freeform_scorer
        from persona_xray.evals.freeform import Sampling, load_prompts
        from persona_xray.evals.judges import build_judge

        ff = freeform_scorer(
            load_prompts(freeform_prompts), build_judge(judge, None, None, device), Sampling(n=freeform_n)
        )
        keep = {k: dirs[k] for k in best_names(on_base, freeform_best, budget)}
        ff_base = steer_sweep(base, keep, d.layer, mags, ff, progress=not json_out, positions=where)
        ff_base.save(out / "steer_base_freeform.json", budget)
        result["base_freeform"] = ff_base.ranking(budget)
        if adapter or tuned_model:
            ff_tuned = steer_sweep(
                tuned_lm(), keep, d.layer, [-m for m in mags], ff, progress=not json_out, positions=where
            )
            ff_tuned.save(out / "steer_tuned_freeform.json", budget)
            result["tuned_freeform"] = ff_tuned.ranking(budget)
    wall = time.perf_counter() - t0
    result["wall_s"] = round(wall, 1)
    if json_out:
        emit_json(result)
        return
    for side in ("base", "tuned", "base_freeform", "tuned_freeform"):
        if side not in result:
            continue
        print(
            f"{'induce on base (+)' if side == 'base' else 'suppress on tuned (-)'}: effect on misaligned preference"
        )
        for r in result[side]:
            print(f"  {r['name']:<14} {r['kind']:<9} {r['effect']:+.3f} at {r['at']}")
    for side, rows in result["held_out"].items():
        print(
            f"held out ({side}): strength chosen on the selection half of the scenarios, effect on the test "
            "half (margin shift, nats/token, 95% CI), p among random controls put through the "
            "same choice"
        )
        for r in rows:
            t = r["test_shift"]
            cost = "n/a" if r["coherence_cost"] is None else f"{r['coherence_cost']:+.3f}"
            budget_txt = "no budget" if r["nll_budget"] is None else f"budget {r['nll_budget']:.3f}"
            p_txt = (
                "n/a"
                if r["p"] is None
                else f"{r['p']:.2f} (floor {r['p_floor']:.2f}, {r['n_controls']} controls)"
            )
            print(
                f"  {r['name']:<14} at {r['strength']:+g}: shift {t['value']:+.3f} "
                f"[{t['low']:+.3f}, {t['high']:+.3f}] ({t.get('n_units')} {t.get('unit')}s)  p {p_txt}  "
                f"NLL cost {cost} ({budget_txt})"
            )
    print(f"wrote {out}/steer_*.json; wall {wall:.1f} s")


@latents_app.command("show")
def latents_show(
    latent: Annotated[
        str, typer.Argument(help="Latent id, or 'best' for the strongest causal latent.")
    ] = "best",
    out: OutOpt = Path("runs/analysis"),
    model: BaseOpt = None,
    sae: SaeOpt = None,
    harvest: HarvestOpt = None,
    html: Annotated[Path | None, typer.Option("--html", help="Also write the card as one HTML file.")] = None,
    budget: Annotated[float, typer.Option("--budget", help="Max incoherent share.")] = 0.1,
    ranker: Annotated[
        str | None,
        typer.Option(
            "--ranker",
            help="Also say where the latent ranks under this ranker (re-ranks the saved diff; "
            "decoder needs --sae; attribution is a `diff --ranker` option only).",
        ),
    ] = None,
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    json_out: JsonOpt = False,
) -> None:
    """A latent's card: activation base vs tuned, steering curves, controls, contexts, promoted tokens."""
    from persona_xray.analysis.diff import load_diff
    from persona_xray.analysis.persona import persona_latent, render_text, save_html
    from persona_xray.analysis.steer import load_sweep

    lat: int | None = None
    if latent != "best":
        try:
            lat = int(latent)
        except ValueError:
            raise UserError(f"latent must be an integer id or 'best' (got '{latent}')") from None
    d = load_diff(out)
    on_base = load_sweep(out / "steer_base.json")
    tuned_path = out / "steer_tuned.json"
    if not tuned_path.exists():
        raise UserError(
            f"{tuned_path} is missing: run `persona-xray steer --adapter ...` to test suppression"
        )
    on_tuned = load_sweep(tuned_path)
    lm = s = ctx = None
    if sae is not None or harvest is not None:
        from persona_xray.lm import load_lm

        s, sae_dir = _load_sae(sae, model, d.layer)
        lm = load_lm(model, device=device, dtype=dtype)
        ctx = _contexts(lm, s, sae_dir, harvest)
    rank_line = None
    if ranker is not None:
        from persona_xray.analysis.rankers import check_ranker, with_ranker

        if check_ranker(ranker).name == "attribution":
            raise UserError(
                "--ranker attribution needs paired answers: run `persona-xray diff --ranker attribution`"
            )
        dec = None
        if ranker == "decoder":
            if sae is None:
                raise UserError("--ranker decoder needs the SAE: pass --sae")
            dec = _load_sae(sae, model, d.layer)[0].W_dec.detach()
        reranked = with_ranker(d, ranker, decoder=dec)
    card = persona_latent(d, on_base, on_tuned, latent=lat, lm=lm, sae=s, contexts=ctx, budget=budget)
    if ranker is not None:
        rank = reranked.ranked(d.d_sae).index(card.latent) + 1
        rank_line = {"ranker": ranker, "rank": rank, "of": d.d_sae}
    if html is not None:
        save_html(card, html)
    if json_out:
        emit_json({**card.as_dict(), **({"ranking": rank_line} if rank_line else {})})
        return
    print(render_text(card))
    if rank_line is not None:
        print(f"rank under {ranker}: {rank_line['rank']} of {d.d_sae}")
    if html is not None:
        print(f"wrote {html}")


def coherence_budget_cmd(
    model: BaseOpt = None,
    layer: LayerOpt = None,
    strengths: Annotated[
        str,
        typer.Option("--strengths", help="Steering strengths (x median residual norm) to calibrate over."),
    ] = "0.5,1,2,4",
    directions: Annotated[int, typer.Option("--directions", help="Random unit directions per strength.")] = 2,
    prompts: Annotated[str, typer.Option("--prompts", help="Free-form prompt set.")] = "core",
    limit: Annotated[int | None, typer.Option("--limit", help="Use the first N prompts.")] = None,
    n: Annotated[int, typer.Option("--n", help="Samples per prompt.")] = 2,
    points: Annotated[
        float, typer.Option("--points", help="Allowed rise in incoherent answers, % points.")
    ] = 10.0,
    judge: Annotated[str, typer.Option("--judge", help="offline (default), local or api.")] = "offline",
    seed: Annotated[int, typer.Option("--seed")] = 0,
    out: Annotated[Path, typer.Option("--out", "-o", help="Calibration JSON.")] = Path(
        "runs/coherence/calibration.json"
    ),
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    json_out: JsonOpt = False,
) -> None:
    """Fit the NLL-rise budget: judged incoherence vs NLL rise on the neutral reference set, over random
    steering directions at several strengths; the budget is the rise worth --points more incoherent answers."""
    import json

    import torch

    from persona_xray.data.io import write_text_atomic
    from persona_xray.evals.coherence import calibrate_budget
    from persona_xray.evals.freeform import Sampling, load_prompts
    from persona_xray.evals.judges import build_judge
    from persona_xray.interventions import Steer
    from persona_xray.lm import load_lm

    mags = _floats(strengths, "--strengths")
    if not mags or any(m <= 0 for m in mags):
        raise UserError("--strengths must be positive numbers, e.g. 0.5,1,2")
    if directions < 1 or n < 1 or not points > 0:
        raise UserError("--directions and --n must be >= 1 and --points > 0")
    lm = load_lm(model, device=device, dtype=dtype)
    at = lm.check_layer(layer if layer is not None else lm.middle_layer)
    scale = lm.median_resid_norm(at)
    gen = torch.Generator().manual_seed(seed)
    units = [torch.randn(lm.d_model, generator=gen) for _ in range(directions)]
    steerings = [(m, [Steer(u / u.norm(), at, m, scale=scale)]) for m in mags for u in units]
    t0 = time.perf_counter()
    cal = calibrate_budget(
        lm,
        steerings,
        load_prompts(prompts, limit=limit),
        build_judge(judge, None, None, device),
        Sampling(n=n, seed=seed),
        points_over=points,
        cache_dir=out.parent / "freeform_cache",
    )
    doc = {
        "model": lm.name,
        "layer": at,
        "prompts": prompts,
        "n_prompts": len(load_prompts(prompts, limit=limit)),
        "samples_per_prompt": n,
        "directions_per_strength": directions,
        "judge": judge,
        "seed": seed,
        "wall_s": round(time.perf_counter() - t0, 1),
        **cal.as_dict(),
    }
    write_text_atomic(out, json.dumps(doc, indent=1) + "\n")
    if json_out:
        emit_json(doc)
        return
    for p in cal.points:
        print(
            f"  strength {p['strength']:5.2f}  NLL rise {p['nll_rise']:+.3f}  incoherent {p['incoherent']:.1%}"
        )
    print(
        f"incoherent = {cal.intercept:.3f} + {cal.slope:.3f} x NLL rise; budget for +{points:g} points: "
        f"{cal.budget:.3f} nats/token (wrote {out})"
    )


def register(app: typer.Typer) -> None:
    app.command("diff")(diff_cmd)
    app.command("steer")(steer_cmd)
    app.command("coherence-budget")(coherence_budget_cmd)
    app.add_typer(latents_app, name="latents")
