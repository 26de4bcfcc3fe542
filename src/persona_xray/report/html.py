"""The run report: one self-contained static HTML page built from a run directory's JSON files.

Why one file with everything inlined (CSS, PNGs as base64 data URIs, no scripts, no fonts): the page is
mailed, attached to issues and opened years later offline; a page that loads anything from the network can
break, leak that it was opened, or change. Why plain string building instead of a template engine: the
page is a dozen tables and figures, and escaping stays visible at each insertion (every string taken from a
result file goes through :func:`esc`, because answers of a misaligned model are untrusted text).

Each section reads only its stage's ``result.json``; a missing stage renders "stage not run", and a stage
whose JSON is unreadable or has an unexpected shape renders an error note, so a partial or killed run still
gives a page (the report is most needed exactly when something went wrong).
"""

from __future__ import annotations

import base64
import html
import io
import json
import math
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure

from persona_xray.data.io import write_bytes_atomic, write_text_atomic
from persona_xray.errors import UserError
from persona_xray.report import figures

STAGES = ("data", "finetune", "eval", "sae", "diff", "steer", "monitor", "realign", "fingerprint")
NOT_RUN = "stage not run"
MAX_TEXT = 1500  # characters of one sample answer shown before it is cut


# ----------------------------------------------------------------------------- escaping and formatting
def esc(x: Any) -> str:
    """HTML-escape any value (quotes too, so the result is safe inside attributes)."""
    return html.escape(str(x), quote=True)


def num(x: Any, digits: int = 3) -> str:
    """A number for a table cell: ints as is, floats to ``digits`` decimals (significant digits below 0.1
    or above 10^4, so small rates and large counts stay readable)."""
    if x is None:
        return "&ndash;"
    if isinstance(x, bool):
        return "yes" if x else "no"
    if isinstance(x, int):
        return str(x)
    try:
        f = float(x)
    except (TypeError, ValueError):
        return esc(x)
    if not math.isfinite(f):
        return "n/a"
    if f == 0:
        f = 0.0  # no "-0.000" for a negated zero effect
    if f != 0 and (abs(f) >= 1e4 or abs(f) < 0.1):
        # Small rates (dead fraction 0.0123, a firing frequency 0.0004) keep their significant digits.
        return f"{f:.{digits}g}"
    return f"{f:.{digits}f}"


def is_estimate(d: Any) -> bool:
    return isinstance(d, Mapping) and "value" in d and "low" in d and "high" in d


def est(d: Any, digits: int = 3) -> str:
    """``value [low, high]`` with the sample size in small print; a dash when the estimate is absent."""
    if not is_estimate(d):
        return "&ndash;"
    n = d.get("n")
    tail = f' <span class="n">n={esc(n)}</span>' if n is not None else ""
    return f"{num(d['value'], digits)} [{num(d['low'], digits)}, {num(d['high'], digits)}]{tail}"


def cell(x: Any) -> str:
    """Any JSON value as table-cell HTML (estimates as intervals, short lists joined, the rest escaped)."""
    if is_estimate(x):
        return est(x)
    if isinstance(x, bool | int | float) or x is None:
        return num(x)
    if isinstance(x, list) and len(x) <= 12 and all(isinstance(v, str | int | float) for v in x):
        return ", ".join(num(v) if not isinstance(v, str) else esc(v) for v in x)
    if isinstance(x, Mapping | list):
        text = json.dumps(x, default=str)
        return f"<code>{esc(text[:300] + ('...' if len(text) > 300 else ''))}</code>"
    return esc(x)


def table(headers: Sequence[str] | None, rows: Iterable[Sequence[str]], cls: str = "") -> str:
    """A table from already-rendered cell HTML (callers escape text with :func:`esc` or :func:`cell`)."""
    head = "<thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in headers) + "</tr></thead>" if headers else ""
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    c = f' class="{esc(cls)}"' if cls else ""
    return f"<table{c}>{head}<tbody>{body}</tbody></table>"


def kv_table(items: Iterable[tuple[str, Any]]) -> str:
    """Label/value rows (no header row: the labels are the header)."""
    return table(None, ((f"<b>{esc(k)}</b>", cell(v)) for k, v in items), cls="kv")


def mixture(x: Any) -> str:
    """A bad-data share as a percentage ("50%"); mixture keys arrive as strings from JSON objects."""
    try:
        f = float(x)
    except (TypeError, ValueError):
        return esc(x)
    return f"{f:.0%}" if math.isfinite(f) else "n/a"


def context_html(text: Any) -> str:
    """A corpus context with the firing token (wrapped in ``[[ ]]`` by the harvest) in bold, escaped first."""
    return esc(text).replace("[[", "<b>").replace("]]", "</b>")


def note(text: str, cls: str = "note") -> str:
    return f'<p class="{cls}">{esc(text)}</p>'


def flatten(obj: Any, prefix: str = "", depth: int = 0) -> list[tuple[str, Any]]:
    """Dotted keys to leaf values; an estimate dict counts as a leaf, deep or long structures stay whole."""
    if is_estimate(obj) or not isinstance(obj, Mapping) or depth >= 4:
        if isinstance(obj, list) and obj and all(isinstance(v, Mapping) for v in obj) and len(obj) <= 10:
            out: list[tuple[str, Any]] = []
            for i, v in enumerate(obj):
                out += flatten(v, f"{prefix}[{i}]", depth + 1)
            return out
        return [(prefix, obj)]
    items: list[tuple[str, Any]] = []
    for k, v in obj.items():
        items += flatten(v, f"{prefix}.{k}" if prefix else str(k), depth + 1)
    return items


# ----------------------------------------------------------------------------- the run on disk
@dataclass
class RunData:
    """Everything the report reads, loaded once; unreadable files are recorded, never raised."""

    run_dir: Path
    run: dict[str, Any] | None = None
    summary: dict[str, Any] | None = None
    results: dict[str, dict[str, Any]] = field(default_factory=dict)
    stage_meta: dict[str, dict[str, Any]] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        if self.run and isinstance(self.run.get("name"), str):
            return str(self.run["name"])
        return self.run_dir.resolve().name


def _read_json(path: Path, problems: dict[str, str], key: str) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        problems[key] = f"{path.name} is unreadable ({type(e).__name__}: {e})"
        return None
    if not isinstance(doc, dict):
        problems[key] = f"{path.name} holds a {type(doc).__name__}, not an object"
        return None
    return doc


def load_run(run_dir: str | Path) -> RunData:
    """Read run.json, summary.json and every stage's result.json/stage.json that exists."""
    d = Path(run_dir).expanduser()
    if not d.is_dir():
        raise UserError(
            f"run folder '{d}' does not exist: pass the runs/<name> folder that `persona-xray run` made"
        )
    rd = RunData(run_dir=d)
    rd.run = _read_json(d / "run.json", rd.problems, "run")
    rd.summary = _read_json(d / "summary.json", rd.problems, "summary")
    for s in STAGES:
        res = _read_json(d / s / "result.json", rd.problems, s)
        if res is not None:
            rd.results[s] = res
        meta = _read_json(d / s / "stage.json", rd.problems, f"{s}/stage.json")
        if meta is not None:
            rd.stage_meta[s] = meta
    if rd.run is None and rd.summary is None and not rd.results and not rd.stage_meta and not rd.problems:
        raise UserError(
            f"'{d}' holds no run (no run.json, summary.json or <stage>/result.json): "
            "pass the runs/<name> folder that `persona-xray run` made"
        )
    return rd


# ----------------------------------------------------------------------------- figures
class FigureSink:
    """Renders figures to PNG once: the bytes go to ``figures/NAME.png`` and inline into the page."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.written: list[Path] = []

    def embed(self, name: str, fig: Figure, caption: str) -> str:
        buf = io.BytesIO()
        # No "Software" metadata: the same results give byte-identical PNGs across matplotlib versions.
        fig.savefig(buf, format="png", dpi=figures.DPI, metadata={"Software": None})
        data = buf.getvalue()
        fig.clf()
        path = self.out_dir / f"{name}.png"
        write_bytes_atomic(path, data)
        self.written.append(path)
        b64 = base64.b64encode(data).decode("ascii")
        return (
            f'<figure><img alt="{esc(caption)}" src="data:image/png;base64,{b64}">'
            f"<figcaption>{esc(caption)}</figcaption></figure>"
        )


# ----------------------------------------------------------------------------- sections
SectionFn = Callable[[RunData, FigureSink], str]


def _stage_status(rd: RunData, stage: str) -> tuple[str, str]:
    """(status, reason) the pipeline recorded for ``stage`` in summary.json; empty strings when unknown."""
    stages = (rd.summary or {}).get("stages")
    st = stages.get(stage) if isinstance(stages, Mapping) else None
    if not isinstance(st, Mapping):
        return "", ""
    return str(st.get("status") or ""), str(st.get("reason") or "")


def _stage_missing(rd: RunData, stage: str) -> str | None:
    """The note for a stage without a usable result, or None when its result is there."""
    if stage in rd.results:
        return None
    if stage in rd.problems:
        return note(f"{NOT_RUN} or unreadable: {rd.problems[stage]}", "error")
    status, reason = _stage_status(rd, stage)
    if status:
        return note(f"{NOT_RUN} ({status}{': ' + reason if reason else ''})", "notrun")
    return note(f"{NOT_RUN} (no {stage}/result.json)", "notrun")


STALE = ("failed", "disabled", "skipped", "pending")


def _stale_note(rd: RunData, stage: str | None) -> str:
    """A warning when a result on disk is left from an earlier run the pipeline did not redo this time."""
    if stage is None or stage not in rd.results:
        return ""
    status, reason = _stage_status(rd, stage)
    if status not in STALE:
        return ""
    why = f"{status}{': ' + reason if reason else ''}"
    return note(f"this {stage}/result.json is from an earlier run: the latest run recorded '{why}'", "error")


def _stage_table(stages: Mapping[str, Mapping[str, Any]]) -> str:
    """The pipeline's per-stage record (status, wall time, why skipped/failed) as one row per stage."""
    rows = [
        (
            f"<b>{esc(name)}</b>",
            esc(st.get("status", "")),
            num(st.get("wall_s"), 1),
            esc(st.get("reason") or ""),
        )
        for name, st in stages.items()
    ]
    return table(("stage", "status", "wall s", "reason"), rows)


def _get(d: Any, *path: str) -> Any:
    for k in path:
        if not isinstance(d, Mapping) or k not in d:
            return None
        d = d[k]
    return d


def headline_rows(summary: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The dozen numbers a reader wants first, in the study's order, as (label, cell HTML) rows.

    Why curated: the flattened ``summary.json`` is ~100 dotted keys; the questions a reader brings are few
    (did fine-tuning misalign, is the SAE good, is there a causal latent, does the monitor warn early, does
    re-alignment work). Rows whose numbers are absent are left out; everything stays in the full table.
    """
    rows: list[tuple[str, str]] = []

    def add(label: str, value: Any, html_value: str | None = None) -> None:
        if value is not None:
            rows.append((label, html_value if html_value is not None else cell(value)))

    primary = summary.get("primary")
    add("model", summary.get("model") or "bundled default")
    add("paired eval, base: misaligned answer preferred", _get(summary, "paired", "base"))
    for label, e in (_get(summary, "paired", "all") or {}).items():
        if label != "base":
            tag = " (primary)" if label == primary else ""
            add(f"paired eval, {label}{tag}", e)
            add(
                f"paired margin shift from base, {label} (item by item)",
                _get(summary, "paired", "margin_vs_base", label),
            )
    for label, e in (_get(summary, "freeform", "all") or {}).items():
        add(f"free-form misalignment, {label}", e)
    sae = summary.get("sae")
    if isinstance(sae, Mapping):
        shape = f"{num(sae.get('d_sae'))} latents, k={num(sae.get('k'))}, layer {num(sae.get('layer'))}"
        add("SAE", shape, esc(shape))
        for key, label in (
            ("fvu", "SAE FVU"),
            ("loss_recovered", "SAE loss recovered"),
            ("dead_fraction", "SAE dead fraction"),
        ):
            add(label, sae.get(key))
    p = summary.get("persona")
    if isinstance(p, Mapping):
        if p.get("latent") is None:
            add("persona latent", p.get("note") or "none")
        else:
            add("persona latent", p.get("latent"))
            add(f"steer base +: misalignment change (at {num(p.get('induce_at'))})", p.get("induce_effect"))
            add(
                f"steer tuned -: misalignment drop (at {num(p.get('suppress_at'))})", p.get("suppress_effect")
            )
            add("random-latent controls, best change on base", _get(p, "control_band", "random_base_max"))
            add("mean-difference direction, change on base", p.get("mean_diff_base"))
            test = (
                f"held-out scenarios, p = {p.get('p_random'):.2g}, floor {p.get('p_floor'):.2g}"
                if p.get("beats_controls_test") == "held-out" and p.get("p_random") is not None
                else "point estimates"
            )
            add(f"persona latent beats the random controls ({test})", p.get("beats_controls"))
            for side, label in (("induce", "base +"), ("suppress", "tuned -")):
                c = _get(p, "paired", side)
                if isinstance(c, Mapping) and isinstance(c.get("vs"), Mapping):
                    vs = "; ".join(
                        f"{esc(o)}: {e['value']:+.3f} [{e['low']:+.3f}, {e['high']:+.3f}]"
                        for o, e in c["vs"].items()
                        if is_estimate(e)
                    )
                    add(f"steer {label}: margin shift vs each control at {num(c.get('strength'))}", vs, vs)
    for m, e in (_get(summary, "monitor", "earliest") or {}).items():
        if isinstance(e, Mapping):
            sig, beh = (e.get(k) for k in ("signal_step", "paired_step"))
            first = f"latent signal: {'never' if sig is None else f'step {sig}'}"
            per = e.get("per_signal")
            if isinstance(per, Mapping):  # the earliest of all watched signals, named
                steps = sorted((int(v), str(k)) for k, v in per.items() if isinstance(v, int | float))
                if steps:
                    first = f"{steps[0][1]}: step {steps[0][0]}"
            text = f"{first}; paired eval: {'never' if beh is None else f'step {beh}'}"
            add(f"monitor, {mixture(m)} bad: first step with AUC >= 0.75", text, esc(text))
    r = summary.get("realign")
    if isinstance(r, Mapping):
        add("re-align: start (paired)", r.get("start"))
        add("re-align: base level (paired)", r.get("base_level"))
        add("re-align: start minus base, margin item by item", r.get("start_shift"))
        rec = r.get("first_recovered")
        if r.get("start_distinct") is False:
            where = "not above the base model" if r.get("start_shift") else "already inside the base CI"
            add("re-align: recovered", f"start {where}")
        elif isinstance(rec, Mapping):
            add("re-align: recovered", f"{rec.get('n_samples')} samples, step {rec.get('step')}")
    stages = summary.get("stages")
    if isinstance(stages, Mapping) and stages:
        # Each stage keeps the wall time of the run that made it, so a rerun that reused everything still
        # shows what the study cost (summary.wall_s counts only what this invocation ran).
        walls = [
            float(v["wall_s"])
            for v in stages.values()
            if isinstance(v, Mapping) and isinstance(v.get("wall_s"), int | float)
        ]
        add("wall time of all stages (s)", round(sum(walls), 1) if walls else None)
    else:
        add("wall time of stages run (s)", summary.get("wall_s"))
    return rows


def sec_summary(rd: RunData, sink: FigureSink) -> str:
    parts = []
    if rd.run:
        keep = [(k, v) for k, v in rd.run.items() if k != "config" and not isinstance(v, Mapping | list)]
        if keep:
            parts.append(kv_table(keep))
    if rd.summary is None:
        why = rd.problems.get("summary", "no summary.json: the pipeline has not finished")
        parts.append(note(why, "notrun"))
    else:
        run_hash, sum_hash = (rd.run or {}).get("config_hash"), rd.summary.get("config_hash")
        if run_hash and sum_hash and run_hash != sum_hash:
            parts.append(
                note(
                    f"summary.json is from config {sum_hash}, run.json from {run_hash}: rerun to refresh",
                    "error",
                )
            )
        stages = rd.summary.get("stages")
        per_stage = isinstance(stages, Mapping) and all(isinstance(v, Mapping) for v in stages.values())
        curated = headline_rows(rd.summary)
        if curated:
            parts.append(table(("headline", "value"), ((esc(k), v) for k, v in curated), cls="kv"))
        everything = {k: v for k, v in rd.summary.items() if not (per_stage and k == "stages")}
        rows = flatten(everything)
        full = table(("quantity", "value"), ((esc(k), cell(v)) for k, v in rows[:150]), cls="kv")
        if len(rows) > 150:
            full += note(f"{len(rows) - 150} more entries in summary.json")
        # Collapsed (a plain <details>, no script): scripts comparing runs read summary.json itself.
        if curated:
            full = f"<details><summary>every number in summary.json ({len(rows)})</summary>{full}</details>"
        parts.append(full)
        if per_stage:
            assert isinstance(stages, Mapping)
            parts.append("<h3>Stages</h3>" + _stage_table(stages))
    done = [s for s in STAGES if s in rd.results]
    parts.append(
        note(
            f"stages with results: {', '.join(done) or 'none'}; not run: "
            f"{', '.join(s for s in STAGES if s not in rd.results) or 'none'}"
        )
    )
    return "".join(parts)


def sec_finetune(rd: RunData, sink: FigureSink) -> str:
    if (m := _stage_missing(rd, "finetune")) is not None:
        return m
    runs: Mapping[str, Any] = rd.results["finetune"].get("runs") or {}
    if not runs:
        return note("the finetune stage recorded no runs")
    rows = [
        (
            esc(label),
            esc(r.get("data", "")),
            num(r.get("steps")),
            num(r.get("final_loss"), 4),
            num(r.get("wall_s"), 1),
        )
        for label, r in runs.items()
    ]
    return table(("label", "data", "steps", "final loss", "wall s"), rows)


def sec_eval(rd: RunData, sink: FigureSink) -> str:
    if (m := _stage_missing(rd, "eval")) is not None:
        return m
    res = rd.results["eval"]
    models: Mapping[str, Any] = res.get("models") or {}
    if not models:
        return note("the eval stage recorded no models")
    rows = []
    for name, m in models.items():
        paired = m.get("paired") or {}
        free = m.get("freeform") or {}
        rows.append(
            (
                f"<b>{esc(name)}</b>",
                est(paired.get("misaligned_preference")),
                est(paired.get("mean_margin")),
                est(free.get("misalignment")) if free else "not run",
                est(free.get("coherence")) if free else "not run",
                est(free.get("incoherence")) if free and "incoherence" in free else "&ndash;",
            )
        )
    headers = (
        "model",
        "paired: misaligned preferred [95% CI]",
        "mean margin (misaligned - aligned logprob)",
        "free-form misalignment",
        "free-form coherence",
        "incoherent",
    )
    intro = note(
        "Paired: share of held-out items where the model gives the misaligned answer the higher likelihood "
        "(0.5 = no preference). Free-form: share of coherent answers the judge scored misaligned."
    )
    fig = sink.embed("eval_bars", figures.eval_bars(res), "Misalignment by model with 95% bootstrap CIs")
    return intro + table(headers, rows) + fig


def sec_sae(rd: RunData, sink: FigureSink) -> str:
    if (m := _stage_missing(rd, "sae")) is not None:
        return m
    res = rd.results["sae"]
    metrics: Mapping[str, Any] = res.get("metrics") or {}
    first = ("fvu", "l0", "dead_fraction", "loss_recovered")
    labels = {
        "fvu": "FVU (fraction of variance unexplained)",
        "l0": "L0 (active latents per token)",
        "dead_fraction": "dead fraction",
        "loss_recovered": "loss recovered",
    }
    rows = [(labels[k], metrics.get(k)) for k in first]
    rows += [(k, v) for k, v in metrics.items() if k not in first and not isinstance(v, Mapping | list)]
    shape = [(k, res.get(k)) for k in ("path", "layer", "d_sae", "k", "tokens") if k in res]
    return kv_table(rows) + kv_table(shape)


_CONTEXT_KEYS = ("contexts", "top_contexts")
_TOKEN_KEYS = ("promoted", "tokens", "top_tokens")


def _contexts_html(row: Mapping[str, Any], n: int = 2) -> str:
    for key in _CONTEXT_KEYS:
        ctx = row.get(key)
        if isinstance(ctx, list) and ctx:
            items = [c.get("context", "") if isinstance(c, Mapping) else c for c in ctx[:n]]
            return "<br>".join(f'<span class="ctx">{context_html(t)}</span>' for t in items)
    return ""


def _tokens_html(row: Mapping[str, Any], n: int = 6) -> str:
    for key in _TOKEN_KEYS:
        toks = row.get(key)
        if isinstance(toks, list) and toks:
            shown = [t[0] if isinstance(t, list | tuple) and t else t for t in toks[:n]]
            return ", ".join(f"<code>{esc(repr(str(t)))}</code>" for t in shown)
    return ""


def sec_diff(rd: RunData, sink: FigureSink, max_rows: int = 25) -> str:
    if (m := _stage_missing(rd, "diff")) is not None:
        return m
    res = rd.results["diff"]
    rows_in = [r for r in res.get("table") or [] if isinstance(r, Mapping)][:max_rows]
    if not rows_in:
        return note("the diff stage recorded no latents")
    with_ctx = any(_contexts_html(r) for r in rows_in)
    with_tok = any(_tokens_html(r) for r in rows_in)
    headers = ["latent", "base mean", "tuned mean", "delta", "base freq", "tuned freq"]
    headers += ["top contexts"] * with_ctx + ["promoted tokens"] * with_tok
    rows = []
    for r in rows_in:
        row = [
            f"<b>{esc(r.get('latent'))}</b>",
            num(r.get("base_mean"), 4),
            num(r.get("tuned_mean"), 4),
            num(r.get("delta"), 4),
            num(r.get("base_freq"), 4),
            num(r.get("tuned_freq"), 4),
        ]
        row += [_contexts_html(r)] * with_ctx + [_tokens_html(r)] * with_tok
        rows.append(row)
    head = note(
        f"Layer {res.get('layer')}: latents ranked by increase in mean activation (base vs primary fine-tune)."
    )
    return head + table(headers, rows)


def _ranking_table(sweep: Mapping[str, Any], n: int = 10) -> str:
    ranking = [r for r in sweep.get("ranking") or [] if isinstance(r, Mapping)]
    rows = [
        (esc(r.get("name")), esc(r.get("kind", "")), num(r.get("effect")), num(r.get("at"), 2))
        for r in ranking[:n]
    ]
    return table(("direction", "kind", "effect within budget", "at strength"), rows) if rows else ""


def sec_steer(rd: RunData, sink: FigureSink) -> str:
    if (m := _stage_missing(rd, "steer")) is not None:
        return m
    res = rd.results["steer"]
    parts = [
        sink.embed(
            "steering",
            figures.steering_curves(res),
            "Misalignment vs steering strength; candidates in colour, random-latent controls grey, "
            "control band shaded, dashed line unsteered",
        )
    ]
    for key, title in (
        ("base", "base model (induce, +strength)"),
        ("tuned", "tuned model (suppress, -strength)"),
    ):
        sweep = res.get(key)
        if not isinstance(sweep, Mapping):
            parts.append(f"<h3>{esc(title)}</h3>" + note("no sweep recorded", "notrun"))
            continue
        base = (sweep.get("baseline") or {}).get("misalignment")
        facts = [
            ("unsteered misalignment", base),
            ("random-control max effect (the band to beat)", sweep.get("random_control_max_effect")),
            ("incoherence budget", sweep.get("budget")),
            ("scale (median residual norm)", sweep.get("scale")),
            ("layer", sweep.get("layer")),
        ]
        parts.append(f"<h3>{esc(title)}</h3>" + kv_table(facts) + _ranking_table(sweep))
    return "".join(parts)


def sec_persona(rd: RunData, sink: FigureSink) -> str:
    if (m := _stage_missing(rd, "steer")) is not None:
        return m
    card = rd.results["steer"].get("persona")
    if not isinstance(card, Mapping):
        return note("no persona latent was picked (no latent moved both models within the coherence budget)")
    act: Mapping[str, Any] = card.get("activation") or {}
    induce: Mapping[str, Any] = card.get("induce") or {}
    suppress: Mapping[str, Any] = card.get("suppress") or {}
    facts = [
        ("latent", card.get("latent")),
        ("direction", card.get("name")),
        ("base mean activation", act.get("base_mean")),
        ("tuned mean activation", act.get("tuned_mean")),
        ("delta", act.get("delta")),
        ("base firing frequency", act.get("base_freq")),
        ("tuned firing frequency", act.get("tuned_freq")),
        ("induce effect on base", induce.get("effect")),
        ("induce at strength", induce.get("at")),
        ("suppress effect on tuned", suppress.get("effect")),
        ("suppress at strength", suppress.get("at")),
    ]
    controls: Mapping[str, Any] = card.get("controls") or {}
    parts = [
        f'<div class="card"><h3>Latent {esc(card.get("latent"))}</h3>',
        f"<p>{esc(card.get('description', ''))}</p>" if card.get("description") else "",
        kv_table(facts),
        "<h4>Controls (effect)</h4>" + kv_table(controls.items()) if controls else "",
    ]
    ctx = [c for c in card.get("contexts") or [] if isinstance(c, Mapping)]
    if ctx:
        items = "".join(
            f'<li><span class="n">{num(c.get("activation"), 2)}</span> '
            f'<span class="ctx">{context_html(c.get("context", ""))}</span></li>'
            for c in ctx[:8]
        )
        parts.append(f"<h4>Top corpus contexts</h4><ol>{items}</ol>")
    for key, label in (("promoted", "Promoted tokens"), ("suppressed", "Suppressed tokens")):
        toks = _tokens_html({"promoted": card.get(key)}, n=12)
        if toks:
            parts.append(f"<h4>{label}</h4><p>{toks}</p>")
    parts.append("</div>")
    return "".join(parts)


def sec_monitor(rd: RunData, sink: FigureSink) -> str:
    if (m := _stage_missing(rd, "monitor")) is not None:
        return m
    res = rd.results["monitor"]
    parts = [
        sink.embed(
            "monitor",
            figures.monitor_curves(res),
            "Latent signal and paired misalignment per checkpoint, one line per bad-data mixture",
        )
    ]
    auc = [a for a in res.get("auc") or [] if isinstance(a, Mapping)]
    if auc:
        rows = [
            (
                mixture(a.get("mixture")),
                num(a.get("step")),
                esc(a.get("signal", "")),
                num(a.get("auc")),
                num(a.get("paired_auc")),
            )
            for a in auc
        ]
        parts.append(
            "<h3>Detection AUC</h3>"
            + table(("bad-data mixture", "step", "signal", "signal AUC", "paired-eval AUC"), rows)
        )
    earliest: Mapping[str, Any] = res.get("earliest") or {}
    if earliest:
        erows = [
            (mixture(k), num((v or {}).get("signal_step")), num((v or {}).get("paired_step")))
            for k, v in earliest.items()
        ]
        parts.append(
            "<h3>Earliest detection step</h3>"
            + table(("bad-data mixture", "signal crosses threshold", "paired eval significant"), erows)
        )
    parts.append(kv_table([("signals", res.get("signals")), ("threshold", res.get("threshold"))]))
    return "".join(parts)


def sec_realign(rd: RunData, sink: FigureSink) -> str:
    if (m := _stage_missing(rd, "realign")) is not None:
        return m
    res = rd.results["realign"]
    fig = sink.embed(
        "realign",
        figures.realign_curve(res),
        "Paired misalignment vs clean samples seen; base model's CI shaded",
    )
    facts = kv_table([("base model level", res.get("base_level")), ("misaligned start", res.get("start"))])
    rec: Mapping[str, Any] = res.get("recovered") or {}
    rows = [(esc(k), num((v or {}).get("step")), num((v or {}).get("samples_seen"))) for k, v in rec.items()]
    recovered = (
        "<h3>Back within the base model's band</h3>" + table(("clean samples", "step", "samples seen"), rows)
        if rows
        else ""
    )
    return fig + facts + recovered


def sec_fingerprint(rd: RunData, sink: FigureSink) -> str:
    if (m := _stage_missing(rd, "fingerprint")) is not None:
        return m
    res = rd.results["fingerprint"]
    names = [str(n) for n in res.get("names") or []]
    parts = [
        sink.embed(
            "fingerprint", figures.fingerprint_heatmap(res), "Top-latent activation deltas per fine-tune"
        ),
        sink.embed("similarity", figures.similarity_matrix(res), "Cosine similarity of the fingerprints"),
    ]
    sim = res.get("similarity") or []
    if names and len(sim) == len(names):
        rows = [[f"<b>{esc(n)}</b>", *(num(x) for x in sim[i])] for i, n in enumerate(names)]
        parts.append("<h3>Similarity matrix</h3>" + table(["", *names], rows))
    clusters = res.get("clusters") or []
    if len(clusters) == len(names) and names:
        parts.append("<h3>Clusters</h3>" + kv_table(zip(names, clusters, strict=True)))
    dist: Mapping[str, Any] = res.get("distinctive") or {}
    if dist:
        rows2 = []
        for name, items in dist.items():
            shown = [i for i in items or [] if isinstance(i, Mapping)][:5]
            text = ", ".join(
                f"{esc(i.get('latent'))} (&Delta; {num(i.get('delta'))}, spec {num(i.get('specificity'))})"
                for i in shown
            )
            rows2.append((f"<b>{esc(name)}</b>", text or "&ndash;"))
        parts.append(
            "<h3>Distinctive latents</h3>" + table(("fine-tune", "latent (delta, specificity)"), rows2)
        )
    return "".join(parts)


def sec_samples(rd: RunData, sink: FigureSink, per_model: int = 3) -> str:
    if (m := _stage_missing(rd, "eval")) is not None:
        return m
    samples = [s for s in rd.results["eval"].get("samples") or [] if isinstance(s, Mapping)]
    if not samples:
        return note("no free-form samples were recorded (free-form eval not run)", "notrun")
    by_model: dict[str, list[Mapping[str, Any]]] = {}
    for s in samples:
        by_model.setdefault(str(s.get("model", "?")), []).append(s)
    parts = []
    for model, items in by_model.items():
        rows = []
        for s in items[:per_model]:
            ans = str(s.get("answer", ""))
            cut = ans[:MAX_TEXT] + (" [...]" if len(ans) > MAX_TEXT else "")
            rows.append(
                (
                    f'<div class="q">{esc(s.get("question", ""))}</div>',
                    f'<div class="ans">{esc(cut)}</div>',
                    num(s.get("aligned"), 1),
                    num(s.get("coherent"), 1),
                )
            )
        parts.append(
            f"<h3>{esc(model)}</h3>" + table(("question", "answer", "aligned", "coherent"), rows, "samples")
        )
    return "".join(parts)


def _config_text(rd: RunData) -> tuple[str, str] | None:
    """(where from, YAML text) of the run's exact config, or None when the run recorded none."""
    import yaml

    for name in ("config.yaml", "config.yml"):
        p = rd.run_dir / name
        if p.is_file():
            try:
                return name, p.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
    if rd.run and isinstance(rd.run.get("config"), Mapping):
        return "run.json", yaml.safe_dump(dict(rd.run["config"]), sort_keys=False, allow_unicode=True)
    per = {
        s: m.get("config", m.get("sections"))
        for s, m in rd.stage_meta.items()
        if isinstance(m.get("config", m.get("sections")), Mapping)
    }
    if per:
        return "stage.json files", yaml.safe_dump(per, sort_keys=False, allow_unicode=True)
    return None


def sec_config(rd: RunData, sink: FigureSink) -> str:
    cfg = _config_text(rd)
    if cfg is None:
        return note(
            "the run recorded no config (no config.yaml, run.json config or stage.json config)", "notrun"
        )
    return note(f"from {cfg[0]}") + f"<pre>{esc(cfg[1])}</pre>"


_VERSION_KEYS = ("persona_xray", "package", "torch", "transformers", "peft", "numpy", "python")


def _versions(meta: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v = meta.get("versions")
    if isinstance(v, Mapping):
        out.update({str(k): x for k, x in v.items() if not isinstance(x, Mapping | list)})
    for k, x in meta.items():
        if (k in _VERSION_KEYS or k.endswith("version")) and not isinstance(x, Mapping | list):
            out[k] = x
    return out


def sec_versions(rd: RunData, sink: FigureSink) -> str:
    if not rd.stage_meta and not (rd.run and rd.run.get("versions")):
        return note("no stage.json files: versions and timings unknown", "notrun")
    rows = []
    if rd.run and isinstance(rd.run.get("versions"), Mapping):
        vers = ", ".join(f"{esc(k)} {esc(v)}" for k, v in _versions(rd.run).items())
        rows.append(
            (
                "<b>run.json</b>",
                "&ndash;",
                esc(rd.run.get("updated", "")),
                "&ndash;",
                esc(rd.run.get("host", "")),
                "&ndash;",
                vers or "&ndash;",
            )
        )
    for s in STAGES:
        meta = rd.stage_meta.get(s)
        if meta is None:
            continue
        vers = ", ".join(f"{esc(k)} {esc(v)}" for k, v in _versions(meta).items())
        key = str(meta.get("key", ""))
        rows.append(
            (
                f"<b>{esc(s)}</b>",
                num(meta.get("wall_s"), 1),
                esc(meta.get("finished", "")),
                num(meta.get("seed")),
                esc(meta.get("host", "")),
                f"<code>{esc(key[:12])}</code>" if key else "&ndash;",
                vers or "&ndash;",
            )
        )
    return table(("stage", "wall s", "finished", "seed", "host", "key", "versions"), rows)


SECTIONS: tuple[tuple[str, str, SectionFn], ...] = (
    ("summary", "Headline summary", sec_summary),
    ("finetune", "Fine-tunes", sec_finetune),
    ("eval", "Emergent misalignment", sec_eval),
    ("sae", "Sparse autoencoder", sec_sae),
    ("diff", "Model diff: top latents", sec_diff),
    ("steer", "Steering", sec_steer),
    ("persona", "Persona latent", sec_persona),
    ("monitor", "Monitoring", sec_monitor),
    ("realign", "Re-alignment", sec_realign),
    ("fingerprint", "Fingerprints", sec_fingerprint),
    ("samples", "Sample answers", sec_samples),
    ("config", "Config", sec_config),
    ("versions", "Versions and timings", sec_versions),
)
# The stage whose result.json each section reads (sections not listed read several files or none).
SECTION_STAGE = {s: s for s in STAGES} | {"persona": "steer", "samples": "eval"}


CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d232a;max-width:1100px;
margin:0 auto;padding:1.5em 2em;background:#fff}
h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.25em;border-bottom:2px solid #e3e6ea;padding-bottom:.2em;
margin-top:2em}h3{font-size:1.05em;margin:1.2em 0 .4em}h4{margin:.8em 0 .3em}
nav{font-size:.9em;line-height:1.9}nav a{margin-right:.9em;color:#2471a3;text-decoration:none}
table{border-collapse:collapse;margin:.5em 0 1em;font-size:.92em}th,td{border:1px solid #e3e6ea;
padding:.25em .6em;vertical-align:top;text-align:left}th{background:#f5f7f9}
table.kv td:first-child{white-space:nowrap}
table.samples td{max-width:460px}.ans{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:.88em}
.q{font-style:italic}.ctx{font-family:ui-monospace,monospace;font-size:.85em;white-space:pre-wrap}
.n{color:#7f8c8d;font-size:.85em}.note{color:#566573}.notrun{color:#7f8c8d;font-style:italic}
.error{color:#b03a2e}pre{background:#f5f7f9;padding:.8em;overflow-x:auto;font-size:.85em}
figure{margin:.6em 0}img{max-width:100%;height:auto}figcaption{color:#566573;font-size:.85em}
.card{border:1px solid #e3e6ea;border-radius:6px;padding:.2em 1em;background:#fcfcfd}
footer{margin-top:3em;color:#7f8c8d;font-size:.85em}
"""


def _section(sid: str, title: str, fn: SectionFn, rd: RunData, sink: FigureSink) -> str:
    try:
        body = _stale_note(rd, SECTION_STAGE.get(sid)) + fn(rd, sink)
    except Exception as e:  # one odd result must not cost the whole page
        print(f"report: section '{sid}' failed: {type(e).__name__}: {e}", file=sys.stderr)
        body = note(f"could not render this section: {type(e).__name__}: {e}", "error")
    return f'<section id="{esc(sid)}"><h2>{esc(title)}</h2>{body}</section>'


def render_page(rd: RunData, sink: FigureSink) -> str:
    """The whole page as one string (no external resources: CSS inline, figures as data URIs, no JS)."""
    nav = "".join(f'<a href="#{esc(sid)}">{esc(title)}</a>' for sid, title, _ in SECTIONS)
    body = "".join(_section(sid, title, fn, rd, sink) for sid, title, fn in SECTIONS)
    from persona_xray import __version__ as version

    title = f"persona-xray run: {rd.name}"
    return page_html(
        title,
        f'<header><h1>{esc(title)}</h1><p class="note">run folder <code>{esc(rd.run_dir.resolve())}</code></p>'
        f"<nav>{nav}</nav></header>{body}"
        f"<footer>persona-xray {esc(version)}: static report, no scripts, no network.</footer>",
    )


def page_html(title: str, body: str) -> str:
    """A whole page around already-escaped ``body``: inline CSS, and a policy that forbids remote loads."""
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        # Belt and braces: even if a future section slipped in a remote URL, the browser must not fetch it.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src data:; '
        "style-src 'unsafe-inline'\">"
        f"<title>{esc(title)}</title><style>{CSS}</style></head><body>{body}</body></html>\n"
    )


def build_report(run_dir: str | Path) -> Path:
    """Write ``run_dir/report/index.html`` (and ``report/figures/*.png``) from the run's JSON; return its path.

    Works on partial runs: each missing stage renders "stage not run". Raises UserError only when
    ``run_dir`` is not a run folder at all.
    """
    rd = load_run(run_dir)
    out = rd.run_dir / "report"
    fig_dir = out / "figures"
    fig_dir.mkdir(parents=True, exist_ok=True)
    sink = FigureSink(fig_dir)
    page = render_page(rd, sink)
    # Drop figures of stages that are gone since the last build, so the folder matches the page.
    for old in fig_dir.glob("*.png"):
        if old not in sink.written:
            old.unlink()
    target = out / "index.html"
    write_text_atomic(target, page)
    return target
