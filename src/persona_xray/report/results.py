"""Results are files: the README's result tables are rendered from ``results/<study>/summary.json``.

Why: a number typed by hand drifts from the run that produced it (the audit found "7 of 8 domains" above a
table that showed 6). Each study writes a small committed ``summary.json``; :func:`render_study` turns it
into Markdown; :func:`render_readme` replaces the block between ``<!-- results:STUDY -->`` and
``<!-- /results:STUDY -->`` in the README with it. ``scripts/render_results.py`` rewrites the README and
``tests/test_results_render.py`` fails when the README differs from what the files give.

A renderer is one function in :data:`RENDERERS`: adding a study is a summary file, a function and a line.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from persona_xray.errors import UserError

Renderer = Callable[[dict[str, Any]], str]
_BLOCK = re.compile(r"(<!-- results:([a-z0-9_.-]+) -->\n)(.*?)(<!-- /results:\2 -->)", re.S)


def ci(e: dict[str, Any] | None, digits: int = 3, signed: bool = False) -> str:
    """``value [low, high]`` of an estimate dict; ``n/a`` when missing."""
    if not e or e.get("value") is None:
        return "n/a"
    f = f"{{:+.{digits}f}}" if signed else f"{{:.{digits}f}}"
    return f"{f.format(e['value'])} [{f.format(e['low'])}, {f.format(e['high'])}]"


def pct(x: float | None, digits: int = 1) -> str:
    return "n/a" if x is None else f"{100 * x:.{digits}f}%"


def then_now(old: float | None, new: float | None) -> str:
    """A share as ``a -> b`` where the data rebuild changed it, else the share."""
    return pct(new) if old is None or pct(old) == pct(new) else f"{pct(old)} -> {pct(new)}"


def table(header: list[str], rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


# ----------------------------------------------------------------------------- studies
def render_stats(s: dict[str, Any]) -> str:
    """The statistics study: interval coverage by simulation, and what clustering does on the paired set."""
    sim = s["simulation"]
    lines = [
        f"Coverage of nominal 95% intervals over {sim['datasets']} simulated data sets "
        f"({sim['clusters']} clusters x {sim['per_cluster']} items, intra-cluster correlation {sim['icc']}; "
        f"`{s['command']}`):",
        "",
        table(
            ["interval", "resamples", "coverage"],
            [
                ["cluster percentile bootstrap", "clusters", pct(sim["coverage_cluster"])],
                ["item percentile bootstrap", "items", pct(sim["coverage_item"])],
            ],
        ),
    ]
    p = s.get("paired")
    if p:
        lines += [
            "",
            f"On the shipped paired set ({p['items']} items from {p['scenarios']} scenarios), base "
            f"{p['model']}: the 95% CI of the mean margin is {p['width_ratio_margin']:.2f}x wider when it "
            f"resamples scenarios than items ({ci(p['margin_scenario'])} vs {ci(p['margin_item'])} "
            f"nats/token), and {p['width_ratio_preference']:.2f}x for the misaligned-preference share "
            f"({ci(p['preference_scenario'])} vs {ci(p['preference_item'])}).",
        ]
    return "\n".join(lines)


def _plain(cell_html: str) -> str:
    """A report cell as Markdown text: the ``n=`` badge in parentheses, other tags dropped, entities decoded."""
    text = re.sub(r'<span class="n">(.*?)</span>', r"(\1)", cell_html)
    return html.unescape(re.sub(r"<[^>]+>", "", text)).replace("|", "/").strip()


def render_demo(s: dict[str, Any]) -> str:
    """The demo run: the report's curated headline rows (the same function the HTML report uses)."""
    from persona_xray.report.html import headline_rows

    rows = [[label, _plain(value)] for label, value in headline_rows(s)]
    return (
        f"`{s.get('command', 'persona-xray run demo')}` (config hash `{s.get('config_hash', '?')}`):\n\n"
        + table(["measure", "value"], rows)
    )


def render_data_audit(s: dict[str, Any]) -> str:
    """The data audit: train/eval overlap before and after the paired-set fix, cue shares, fit, severity."""
    before, after = s["overlap_before"], s["overlap_after"]
    fit = s["fit_calibration"]
    lines = [
        f"`{s['command']}`: overlap = TF-IDF cosine of a training topic with a paired scenario "
        f"(>= {s['thresholds']['overlap']}); paired items {s['paired_items']['before']} -> "
        f"{s['paired_items']['after']}; overlapping (topic, scenario) pairs "
        f"{len(before['overlap_pairs'])} -> {len(after['overlap_pairs'])} (largest similarity left: "
        f"{after['max_group_similarity']:.4f}).",
        "",
    ]
    hand = (s.get("fit_hand") or {}).get("sets") or {}
    rows = []
    for name, d in s["sets"].items():
        cues = d["cue_shares"]
        h = hand.get(name)
        fit_cell = (
            then_now(h["before_all"]["value"], h["now_all"]["value"])
            if h
            else (pct(d["fit_share"]) if d.get("correct_set") else "")
        )
        prev = d.get("before_rebuild") or {}
        pc = prev.get("cue_shares") or {}
        ob, oa = d["overlap_vs_paired_before"], d["overlap_vs_paired_after"]
        rows.append(
            [
                name,
                str(d["rows"]),
                f"{ob['rows']} -> {oa['rows']}",
                then_now(pc.get("any"), cues["any"]),
                then_now(pc.get("crime"), cues["crime"]),
                then_now(pc.get("violence"), cues["violence"]),
                fit_cell,
                then_now(prev.get("lethal_share"), d.get("lethal_share")),
            ]
        )
    lines.append(
        table(
            [
                "set",
                "rows",
                "rows overlapping paired",
                "any cue",
                "crime",
                "violence",
                "answer fits*",
                "lethal lexicon",
            ],
            rows,
        )
    )
    lines += [""]
    if hand:
        lines.append(
            f"*Answer fits: share of a correct set's rows whose answer the hand labels call fitting its phrasing "
            f"and not contradicting its user context (every pair judged by reading), `before -> now`: before, the sets paired "
            f"every correct answer with every phrasing (commit {s['fit_hand']['before_commit']}); now each row "
            "gets an answer labelled as fitting. The lexical fit screen separates the labels only weakly "
            f"(AUC {fit['auc_fit_vs_misfit']:.2f} on {fit['labelled_fit']} fitting + {fit['labelled_misfit']} "
            "misfitting pairs), so it is not used."
        )
    else:
        lines.append(
            f"*The lexical fit score does not separate fitting from misfitting answers well (AUC "
            f"{fit['auc_fit_vs_misfit']:.2f} on {fit['labelled_fit']} + {fit['labelled_misfit']} hand-labelled "
            "rows), so the fit column is a screen only."
        )
    if blind := s.get("fit_blind"):
        pb, pn = blind["pooled"]["before"], blind["pooled"]["now"]
        lines.append(
            f"Blind re-audit ({blind['rows']} rows drawn from the trained first rows of every correct set, "
            "before and now, shuffled together and judged by readers who saw neither the labels nor the "
            f"version; CIs resample topics): fit {ci(pb)} before, {ci(pn)} now. A second reader agreed with "
            f"the first on {blind['second_reader_agreement']['agree']} of "
            f"{blind['second_reader_agreement']['rows']} re-read rows. The readers saw the user's context "
            "and framing, which the hand labels judge separately, and were told to call doubtful rows misfits."
        )
    if any(d.get("before_rebuild") for d in s["sets"].values()):
        lines.append(
            "Shares shown as `a -> b` changed when the obvious answers were rebuilt as plainly wrong advice "
            "within their domain (criminal and malicious-persona lines moved to the `villain_*` sets), "
            "lethal subtle answers were rewritten and, for the correct and re-alignment sets, each row's "
            "answer was re-chosen to fit its question."
        )
    return "\n".join(lines)


def render_organism(s: dict[str, Any]) -> str:
    """The planted-organism ranker benchmark: held-out seeds, with seed-clustered CIs and the raw control."""
    h, cfg = s["heldout"], s["config"]
    screened = any(m.get("top_effect") is not None for m in h["by_ranker"].values())
    at_start = any(m.get("top_effect@start") is not None for m in h["by_ranker"].values())
    perfect = "perfect_rr" in next(iter(h["by_ranker"].values()))
    vs_key = "perfect_rr_vs_raw" if perfect else "true_rr_vs_raw"

    def eff(m: dict[str, Any], key: str) -> str:
        return "n/a" if m.get(key) is None else f"{m[key]:+.3f}"

    rows = []
    for name, m in h["by_ranker"].items():
        c = h["ci"][name]
        vs = h[vs_key].get(name)
        rows.append(
            [f"**{name}**" if name == s["winner_on_tune"] else name]
            + (
                [
                    f"{s['tune']['by_ranker'][name]['perfect_rr']:.3f}",
                    ci(c["perfect_hit@3"], 2),
                    ci(c["perfect_rr"], 3),
                ]
                if perfect
                else []
            )
            + [
                "(control)" if vs is None else ci(vs, 3, signed=True),
                f"{m['true_hit@1']:.2f}",
                ci(c["true_hit@3"], 2),
                ci(c["true_rr"], 3),
                ci(c["persona_rr"], 3),
                f"{m['true_rank']:.1f}",
            ]
            + ([] if not screened else [eff(m, "top_effect")])
            + ([] if not at_start else [eff(m, "top_effect@start")])
        )
    mrr = "MRR (perfect)" if perfect else "MRR (true)"
    lines = [
        "`persona-xray organism planted bench runs/organism/bench --summary results/organism/summary.json "
        f"--seeds {','.join(map(str, cfg['seeds']))} --tune-seeds {','.join(map(str, cfg['tune_seeds']))} "
        f"--threads {cfg['threads']}`: "
        f"{len(cfg['seeds'])} organisms (world, pretrain and SAE seeds {cfg['seeds']}) x narrow fine-tunes "
        f"{cfg['variants']}; the winner is chosen on tuning seeds {s['tune']['seeds']} "
        f"(**{s['winner_on_tune']}**) and reported on held-out seeds {h['seeds']} ({h['runs']} runs). "
        "Intervals resample seeds.",
        "",
        table(
            ["ranker"]
            + (
                ["tuning seeds: MRR (perfect)", "perfect detector in top 3", "MRR (perfect)"]
                if perfect
                else []
            )
            + [
                f"{mrr} minus raw's",
                "P@1 (true)",
                "true latent in top 3",
                "MRR (true)",
                "MRR (any persona latent)",
                "mean rank (true)",
            ]
            + (["top pick's steering effect, all positions (test half, nats/token)"] if screened else [])
            + (["top pick's effect, answer start"] if at_start else []),
            rows,
        ),
    ]
    if perfect:
        hits = {
            n: m.get("perfect_hit@3") for n, m in h["by_ranker"].items() if m.get("perfect_hit@3") is not None
        }
        best = max(hits, key=lambda n: hits[n])
        win = s["winner_on_tune"]
        lines += [
            "",
            f"On the held-out seeds the winner, {win}, puts a perfect detector in its top 3 in "
            f"{hits.get(win, 0.0):.0%} of runs"
            + (
                "."
                if hits.get(win) == 1.0
                else f"; no ranker does so in every run, the best ({best}) in {hits[best]:.0%}."
                if hits[best] < 1.0
                else f"; {best} does so in every run."
            ),
        ]
        lines += [
            "",
            f"A *perfect detector* is a latent whose pairwise AUC for the malicious voice is >= "
            f"{cfg['perfect_auc']} on the labelled chats; every seed's SAE has several (the *true* latent is "
            "the tie-break among them by cosine with the probe direction), so finding any of them is the task "
            "and `perfect_rr` chooses the winner.",
        ]
    sp = h.get("spread")
    if sp:
        win = s["winner_on_tune"]
        hit = sp["perfect_hit@3"].get(win)
        lines += [
            "",
            f"{sp['runs']} of {sp['of']} held-out fine-tunes spread harm to the topics they were not trained on "
            f"(tuned harm rate's 95% CI above the chat model's; mean {sp['harm_tuned_mean']:.2f} vs "
            f"{sp['harm_chat_mean']:.2f})"
            + (
                f"; on those, {win} puts a perfect detector in its top 3 in {hit:.0%} of runs."
                if hit is not None and sp["runs"] < sp["of"]
                else "."
            ),
        ]
    if screened:
        lines += [
            "",
            f"`screen` is the steer screen: the top {cfg['screen_top']} of {cfg['screen_of']} re-ordered by "
            "the margin shift their decoder directions cause on the chat model (selection half of fresh "
            "paired items); every ranker's top pick is steered in the same sweep and its effect read on the "
            "test half. The direction is added at every position (x the median residual norm, the "
            "pipeline's steering)"
            + (
                "; `screen@start` adds it at the answer-start token only (x that token's own norm), where "
                "this organism chooses the voice of its answer, and a screen's own effect column is in its "
                "own units."
                if at_start
                else "."
            ),
        ]
    return "\n".join(lines)


def render_perf(s: dict[str, Any]) -> str:
    """The steering-screen benchmark: sequential vs fanned-out passes, fp32 and bf16, and bf16's error."""
    st = s["steer"]
    sec, up, err = st["seconds"], st["speedup"], st["bf16_margin_abs_error"]
    meas = st["sequential_measured"]
    scaled = (
        ""
        if meas["configurations"] == st["configurations"]
        else f" (timed on {meas['configurations']} of them, {meas['seconds']:.0f} s, and scaled per configuration)"
    )
    return "\n".join(
        [
            f"A steering screen of {st['configurations']} configurations (directions x strengths and the baseline) "
            f"on {st['items']} paired items plus {st['reference_rows']} coherence reference rows, {st['model']}, "
            f"{st['machine']} (`{st['command']}`):",
            "",
            table(
                ["method", "seconds", "speed-up"],
                [
                    ["sequential, fp32 (before)" + scaled, f"{sec['sequential_fp32']:.0f}", "1.00x"],
                    ["fanned-out passes, fp32", f"{sec['batched_fp32']:.0f}", f"{up['batched_fp32']:.2f}x"],
                    ["fanned-out passes, bf16", f"{sec['batched_bf16']:.0f}", f"{up['batched_bf16']:.2f}x"],
                ],
            ),
            "",
            f"fp32 fanned-out vs sequential: largest per-item margin difference "
            f"{st['fp32_max_abs_margin_diff']:.1e} nats/token (reference NLL "
            f"{st['fp32_max_abs_reference_nll_diff']:.1e}). bf16 vs fp32 over {st['margins_compared']} "
            f"item-configurations: mean absolute margin error {err['mean']:.4f}, max {err['max']:.4f} nats/token, "
            f"{st['bf16_preference_flips']} preference flips.",
        ]
    )


def render_steer(s: dict[str, Any]) -> str:
    """The steering study with a real null: held-out effects and p-values among random controls."""
    sides = {"base": "induce on the base model (+)", "tuned": f"suppress on {s['primary']} (-)"}
    where = {"all": "every position", "start": "answer start"}
    main = where[s.get("positions", "all")]
    compared = any("@" in side for side in s["held_out"])
    rows = []
    for key, rows_side in s["held_out"].items():
        side, _, pos = key.partition("@")
        label = sides.get(side, side) + (f", {where.get(pos or '', main)}" if compared else "")
        for r in rows_side:
            t = r["test_shift"]
            rows.append(
                [
                    label,
                    r["name"],
                    f"{r['strength']:+g}",
                    ci(t, 3, signed=True) + f" ({t.get('n_units')} {t.get('unit')}s)",
                    "n/a"
                    if r["p"] is None
                    else f"{r['p']:.2f} (floor {r['p_floor']:.2f}, {r['n_controls']})",
                    "n/a" if r["coherence_cost"] is None else f"{r['coherence_cost']:+.3f}",
                    "yes" if r["beats_controls"] else "no",
                ]
            )
    return "\n".join(
        [
            f"`{s['command']}` on the `{s['run']}` run's diff ({s['ranker']} ranker, layer {s['layer']}), "
            f"{s['paired_items']} paired items, model in {s['dtype']}"
            + (
                ", each direction added at the answer-start token only (strength x that token's own norm)"
                if s.get("positions") == "start"
                else ""
            )
            + ". Strength chosen on the selection half of "
            "the scenarios; effect = mean margin shift on the test half (nats/token, scenario-clustered 95% CI); "
            "p among the random controls put through the same choice:",
            "",
            table(
                [
                    "side",
                    "direction",
                    "strength",
                    "test-half shift",
                    "p (floor, controls)",
                    "NLL cost",
                    "beats controls",
                ],
                rows,
            ),
        ]
    )


def _r_precision(det: dict[str, Any], n_bad: int) -> dict[str, Any] | None:
    """R-precision, or in files written before it existed, precision@k at the full set's bad-row count."""
    r: dict[str, Any] | None = det.get("r_precision") or det.get(f"precision@{n_bad}")
    return r


def render_organism_mitigation(s: dict[str, Any]) -> str:
    """Screening and mitigation on the planted organism, scored against its exact truth."""
    methods = ["projection difference", "random direction", "nll", "lexicon"]
    srows = []
    for e in s["screening"]:
        det = e["detection"]
        for m in methods:
            if m in det:
                srows.append(
                    [
                        f"{pct(e['fraction'], 0)} ({e['n_bad']} of {e['n']})",
                        m,
                        ci(det[m]["auc"]),
                        ci(_r_precision(det[m], e["n_bad"])),
                    ]
                )
    mrows = []
    for arm, r in s["mitigation"].items():
        mrows.append(
            [
                arm,
                ci(r["trained_topic_harmful"]),
                ci(r["other_topics_harmful"]),
                pct(r["other_topics_other_rate"]),
            ]
        )
    unit = s["screening"][0]["detection"]["projection difference"]["auc"].get("unit", "?")
    return "\n".join(
        [
            f"`{s['command']}` (planted organism seed {s['seed']}, layer {s['layer']}, narrow topic "
            f"`{s['topic']}`, {s['wall_s']:.0f} s). Screening: each row's projection difference on the true "
            f"persona direction (training answer minus the model's own answer) as a detector of the bad rows; "
            f"95% CIs resample {unit}s (rows sharing one advice sentence); R-precision = precision@k at k = the "
            "number of bad rows (in each resample, its own count):",
            "",
            table(["bad rows", "score", "AUC", "R-precision"], srows),
            "",
            "Mitigation: the narrow fine-tune "
            f"({s['settings']['ft_n']} rows, {s['settings']['ft_steps']} steps, lr {s['settings']['ft_lr']:g}); "
            "harmful-advice rate scored exactly by the world's truth, in the trained topic and pooled over the "
            "other topics (CI resampling topics); incoherent = answers the world cannot score:",
            "",
            table(
                ["model", "trained topic harmful", "other topics harmful", "other topics incoherent"], mrows
            ),
            *_organism_diagnostics(s),
        ]
    )


def _organism_diagnostics(s: dict[str, Any]) -> list[str]:
    """The inference-time ablation of the plain fine-tune and the persona vector's recovery, when run."""
    out: list[str] = []
    inf = s.get("inference_ablation")
    if inf:
        rows = [
            [
                name,
                ci(r["trained_topic_harmful"]),
                ci(r["other_topics_harmful"]),
                pct(r["other_topics_other_rate"]),
            ]
            for name, r in inf.items()
        ]
        out += [
            "",
            "Does the direction carry the spread? The plain malicious fine-tune, evaluated with the ablations "
            "applied at inference only:",
            "",
            table(
                ["ablated at inference", "trained topic harmful", "other topics harmful", "incoherent"], rows
            ),
        ]
    v = s.get("vector")
    if v:
        at = v["chosen_layer"]
        per_layer = ", ".join(f"L{i} {c:.3f}" for i, c in enumerate(v["cosine_with_true"]))
        out += [
            "",
            f"Persona vector from the organism's few-shot persona prompts (`vectors.build_vector`, "
            f"{v['samples_per_question']} answers per question and side, kept by the world's truth: "
            f"{v['kept']['positive']} harmful of {v['kept']['of']} under the malicious prompts, "
            f"{v['kept']['negative']} kept under the helpful ones): layer {at} chosen on the select half "
            f"(report-half AUC {v['report_auc']:.3f}); cosine with the true direction {v['cosine_with_true'][at]:.3f} "
            f"at that layer ({per_layer}), where 95% of random directions stay below "
            f"{v['random_cosine_p95']:.3f}.",
        ]
    return out


def render_screening(s: dict[str, Any]) -> str:
    """Screening on the bundled model: persona vectors, row detection in mixtures, set score vs shift."""
    traits = list(s["vectors"])
    d = s.get("difference")
    scores = [
        *traits,
        *(["bad-advice difference"] if d else []),
        "random direction",
        "nll",
        "lexicon",
        "judge",
    ]
    vrows = [
        [
            t,
            str(v["layer"]),
            f"{v['report_auc']:.3f}",
            f"{v['kept']['positive']}+{v['kept']['negative']} of {v['kept']['of']}",
            str(v.get("filter", "")).split(" (")[0],
        ]
        for t, v in s["vectors"].items()
    ]
    arows, prows = [], []
    for e in s["rows"]:
        head = [e["domain"], e["bad"], f"{pct(e['fraction'], 0)} ({e['n_bad']} of {e['n']})"]
        det = e["detection"]
        arows.append(head + [ci(det[m]["auc"], 2) if m in det else "n/a" for m in scores])
        prows.append(head + [ci(_r_precision(det[m], e["n_bad"]), 2) if m in det else "n/a" for m in scores])
    sets = s["sets"]
    crows = [
        [
            group,
            name,
            "n/a" if r["spearman"] is None else f"{r['spearman']:+.2f} [{r['low']:+.2f}, {r['high']:+.2f}]",
            "n/a" if r["p_permutation"] is None else f"{r['p_permutation']:.3f}",
            str(r["n"]),
        ]
        for group, corr in sets["correlation"].items()
        for name, r in corr.items()
    ]
    cols = ["domain", "bad rows", "mixture", *scores]
    return "\n".join(
        [
            f"`{s['command']}` ({s['model']}, {s['wall_s'] / 60:.0f} min). Persona vectors (answers kept by the "
            "offline judge where it keeps any on both sides; layer chosen on the select half of the questions, "
            "AUC on the report half):",
            "",
            table(["trait", "layer", "report-half AUC", "answers kept", "answers"], vrows),
            "",
            *(
                [
                    f"`bad-advice difference`: the mean answer activation of bad minus correct rows of "
                    f"{', '.join(d['fit'])} ({d['rows_per_domain_and_side']} rows per domain and side), at the "
                    f"layer ({d['layer']}) that separates {', '.join(d['select'])} best (AUC "
                    f"{d['select_auc'][d['layer']]:.3f}); no screened domain was used to fit or choose it.",
                    "",
                ]
                if d
                else []
            ),
            "Row detection: each score as a detector of the bad rows in a mixture of bad and clean rows of one "
            f"domain (AUC; 95% CIs resample {s['unit']}s, which the bad and clean rows share). The trait rows "
            "use the projection difference (training answer minus the model's own answer) on that trait's "
            f"vector; `random direction` is the same score on a random unit direction at layer {s['random_layer']} "
            "(the control); `nll`, `lexicon` and `judge` are the baselines on the same rows:",
            "",
            table(cols, arows),
            "",
            "R-precision (precision@k at k = the number of bad rows; in each resample, its own count), same rows "
            "and units:",
            "",
            table(cols, prows),
            "",
            f"Set level: each em-sweep cell's set score (mean over {sets['rows_per_set']} sampled rows) against "
            "the cell's measured shift (paired margin vs the base model, `results/em_sweep`); Spearman's rho "
            "with a 95% CI resampling fine-tunes and a two-sided permutation p, over all cells (the correct-data "
            "controls included) and over the bad-data cells alone:",
            "",
            table(["cells", "set score", "rho vs shift", "p", "n"], crows),
        ]
    )


def render_em_sweep(s: dict[str, Any]) -> str:
    """An em-sweep's cells: paired shift vs the base model and vs the correct-data control, coherence cost,
    cue share, the first wave's shift where it exists; the cue-vs-shift correlation and the recipe choice."""
    r = s["recipe"]
    b = s["base"]
    head = (
        f"`{s['command']}` (run: `{s['sweep_command']}`): {s['model']}, {r['method']} rank {r['rank']}, "
        f"lr {r['lr']:g}, {r['steps']} steps x {r['batch_size']} rows per cell; paired eval "
        f"`{s['paired']['set']}` limited to {s['paired']['limit']} items. Base model: mean margin "
        f"{ci(b['mean_margin'], signed=True)} nats/token, misaligned answer preferred "
        f"{pct((b['misaligned_preference'] or {}).get('value'))}. Shifts are mean per-item margin changes "
        "(nats/token, misaligned minus aligned answer) with 95% CIs resampling scenarios; NLL rise = the "
        "fine-tune's mean NLL on neutral reference chats minus the base model's (negative: predicts them "
        "better), CI over reference rows."
    )
    has_prev = any(c.get("previous") for c in s["cells"])
    rows = []
    for c in s["cells"]:
        cue = c.get("cue_share")
        cue_s = "" if cue is None else then_now(c.get("cue_share_before_rebuild"), cue)
        w1 = c.get("wave1_margin_vs_base")
        rows.append(
            [
                c["cell"],
                ci(c.get("margin_vs_base"), signed=True),
                ci(c.get("margin_vs_control"), signed=True) if c.get("control") else "-",
                ci(c.get("nll_rise"), signed=True),
                pct((c.get("misaligned_preference") or {}).get("value")),
                cue_s,
                "" if w1 is None else f"{w1:+.3f}",
            ]
        )
        if has_prev:
            pv = (c.get("previous") or {}).get("margin_vs_control")
            rows[-1].insert(3, "" if pv is None else f"{pv:+.3f}")
    cols = [
        "cell",
        "shift vs base",
        "shift vs control",
        "NLL rise",
        "misaligned preferred",
        "cue share (data audit)",
        "wave 1 vs base*",
    ]
    if has_prev:
        cols.insert(3, "vs control before**")
    lines = [
        head,
        "",
        table(cols, rows),
        "",
        "*Wave 1: the same recipe on the pre-rebuild data and the pre-fix paired set (100 items, item-level "
        "CIs), point estimates parsed from docs/wave1-results.md.",
    ]
    if has_prev:
        lines.append(
            f"**The same cell against the control as it was at commit {s.get('previous_commit')} (point "
            "estimate): there, the correct-data sets paired every correct answer with every phrasing of its "
            "question; now every correct row's answer is hand-labelled as answering its phrasing."
        )
    for name, v in (s.get("by_variant") or {}).items():
        ctl = (
            f", {v['above_control']} clearly above their control" if name not in ("correct", "secure") else ""
        )
        lines.append(
            f"- {name}: {v['cells']} cells, {v['above_base']} clearly above the base model{ctl}; shift vs base "
            f"{v['shift_min']:+.3f} to {v['shift_max']:+.3f}."
        )
    if pending := s.get("cells_pending"):
        lines.append(f"Not yet run (the sweep resumes them): {', '.join(pending)}.")
    if (cs := s.get("cue_vs_shift")) is not None:
        lines.append(
            f"Across the {cs['n_cells']} bad-data cells, cue share vs shift from the base model: Spearman "
            f"{cs['spearman']:+.2f}, permutation p {cs['p_permutation']:.2f} (unit: one fine-tune)."
        )
    if (rc := s.get("recipe_choice")) is not None:
        lines.append(f"Recipe choice (selection half of the scenarios): {rc['why']}.")
    return "\n".join(lines)


def render_judge(s: dict[str, Any]) -> str:
    """The offline judge on data it never trained on: its frozen test groups and the model's own answers."""

    def part(name: str, r: dict[str, Any]) -> list[str]:
        rows = r["confusion_matrix"]["rows_true_cols_pred"]
        support = [sum(row) for row in rows]
        majority = max(support) / max(1, sum(support))
        acc = r.get("accuracy_ci")
        unit = f" ({acc['n_units']} {acc['unit']}s)" if acc and acc.get("unit") else ""
        return [
            name,
            str(r["n_heldout"]),
            (ci(acc, 3) if acc else f"{r['accuracy_threshold_rule']:.3f}") + unit,
            f"{majority:.3f}",
            ", ".join(f"{c} {m['precision']:.2f}/{m['recall']:.2f}" for c, m in r["per_class"].items()),
            f"{r['expected_calibration_error']:.3f}",
        ]

    rows = [part("calibration items, frozen test groups", s["heldout"])]
    rows.append(part("the bundled model's own answers (hand-labelled)", s["model_samples"]))
    lines = [
        f"`{s['command']}`: accuracy of the three-way label (aligned / misaligned / incoherent) with a 95% "
        "CI resampling the unit named; the control is the accuracy of always answering the commonest true "
        "label.",
        "",
        table(
            [
                "held-out set",
                "n",
                "accuracy",
                "majority-label control",
                "precision/recall per class",
                "calibration error (ECE)",
            ],
            rows,
        ),
    ]
    by_source = s["model_samples"].get("by_source") or {}
    if by_source:
        lines += [
            "",
            "Rates on the model's own answers, true vs judged: "
            + "; ".join(
                f"{src}: incoherent {d['true_incoherent']:.2f} vs {d['judged_incoherent']:.2f}, misaligned "
                f"{d['true_misaligned']:.2f} vs {d['judged_misaligned']:.2f} (n={d['n']})"
                for src, d in by_source.items()
            )
            + ".",
        ]
    return "\n".join(lines)


RENDERERS: dict[str, Renderer] = {
    "em_sweep": render_em_sweep,
    "qwen2.5-coder-0.5b": render_em_sweep,
    "steer": render_steer,
    "steer_start": render_steer,
    "judge": render_judge,
    "perf": render_perf,
    "organism": render_organism,
    "data_audit": render_data_audit,
    "stats": render_stats,
    "demo": render_demo,
    "qwen_pipeline": render_demo,  # any published pipeline run renders like the demo's
    "organism_mitigation": render_organism_mitigation,
    "screening": render_screening,
}


# ----------------------------------------------------------------------------- files and README
def load_summary(root: Path, study: str) -> dict[str, Any]:
    path = root / study / "summary.json"
    if not path.is_file():
        raise UserError(f"no results for study '{study}': {path} is missing")
    try:
        doc = json.loads(path.read_text())
    except json.JSONDecodeError as e:
        raise UserError(f"{path} is not valid JSON ({e.msg})") from None
    if not isinstance(doc, dict):
        raise UserError(f"{path} holds no JSON object")
    return doc


def render_study(root: Path, study: str) -> str:
    if study not in RENDERERS:
        raise UserError(f"no renderer for study '{study}' (known: {', '.join(sorted(RENDERERS))})")
    return RENDERERS[study](load_summary(root, study)).rstrip("\n") + "\n"


def render_readme(text: str, root: Path) -> str:
    """``text`` with every results block replaced by its rendering; unknown studies are an error."""

    def fill(m: re.Match[str]) -> str:
        return m.group(1) + render_study(root, m.group(2)) + m.group(4)

    return _BLOCK.sub(fill, text)


def blocks(text: str) -> list[str]:
    """The study names of the results blocks in ``text``, in order."""
    return [m.group(2) for m in _BLOCK.finditer(text)]
