"""The persona latent's card: the one latent that best controls misalignment, with the evidence for it.

The pick follows the study's filter: a latent counts only if +steering raises the base model's misalignment
*and* -steering lowers the tuned model's, both within the coherence budget; its score is the weaker of the
two effects, so a latent that only breaks the model in one direction does not win. The card gathers what a
reader needs to believe it: activation before/after fine-tuning, both steering curves next to the random
controls, top corpus contexts and the tokens its decoder row promotes.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from persona_xray.analysis.diff import DiffResult
from persona_xray.analysis.steer import DEFAULT_BUDGET, SweepResult, kind_of
from persona_xray.data.io import write_text_atomic
from persona_xray.errors import UserError
from persona_xray.lm import LM
from persona_xray.sae.model import SAE


@dataclass
class LatentCard:
    latent: int
    name: str  # the direction name in the sweeps (latent:ID or lowered:ID)
    activation: dict[str, Any]
    induce: dict[str, Any]  # base-model curve and effect
    suppress: dict[str, Any]  # tuned-model curve and effect
    controls: dict[str, float]
    # Item-by-item comparisons at the best strength of each side (SweepResult.contrast), when the eval
    # reported per-item scores: {"induce": ..., "suppress": ...}.
    paired: dict[str, Any] = field(default_factory=dict)
    contexts: list[dict[str, Any]] = field(default_factory=list)
    promoted: list[tuple[str, float]] = field(default_factory=list)
    suppressed: list[tuple[str, float]] = field(default_factory=list)
    description: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _name_for(latent: int, sweep: SweepResult) -> str:
    for n in (f"latent:{latent}", f"lowered:{latent}"):
        if n in sweep.curves:
            return n
    raise UserError(f"latent {latent} was not steered: run `persona-xray steer --latents {latent}` first")


def pick(sweep_base: SweepResult, sweep_tuned: SweepResult, budget: float = DEFAULT_BUDGET) -> str:
    """The latent direction whose weaker side (induce on base, suppress on tuned) is strongest."""
    best, name = -math.inf, ""
    for n in sweep_base.curves:
        if kind_of(n) not in ("latent", "lowered") or n not in sweep_tuned.curves:
            continue
        score = min(sweep_base.effect(n, budget)[0], sweep_tuned.effect(n, budget)[0])
        if math.isfinite(score) and score > best:
            best, name = score, n
    if not name:
        raise UserError("no latent was steered on both models within the coherence budget: widen --budget")
    return name


def _describe(card: LatentCard, budget: float) -> str:
    a = card.activation
    up = a["delta"] > 0
    moved = "raised" if up else "lowered"
    role = (
        "a candidate misaligned persona"
        if up
        else "a candidate assistant persona (fine-tuning suppressed it)"
    )
    ie, se = card.induce["effect"], card.suppress["effect"]
    band = card.controls.get("random_base_max", float("nan"))
    beat = "beyond" if math.isfinite(band) and ie > band else "not clearly beyond"
    pi, ps = card.paired.get("induce"), card.paired.get("suppress")
    if pi is not None:
        beat = (
            f"on held-out scenarios (p = {pi['p_random']:.2g}, floor {pi['p_floor']:.2g}), "
            + ("beyond" if pi["beats_controls"] else "not beyond")
            if pi.get("p_random") is not None
            else "on held-out scenarios, " + ("beyond" if pi["beats_controls"] else "not beyond")
        )
    tok = ", ".join(repr(t) for t, _ in card.promoted[:5]) or "n/a"
    ctx = card.contexts[0]["context"] if card.contexts else "n/a"
    verb = "Removing" if not up else "Adding"
    return (
        f"Latent {card.latent} is {role}: fine-tuning {moved} its mean activation from "
        f"{a['base_mean']:.3g} to {a['tuned_mean']:.3g}. {verb} it in the base model changes misalignment by "
        f"{ie:+.3f} (at {card.induce['at']}x norm), {beat} the random-latent controls (max {band:+.3f}); "
        f"steering the tuned model the other way lowers it by {se:.3f}, within {budget:.0%} incoherence"
        + (
            ""
            if ps is None
            else f" ({'beyond' if ps['beats_controls'] else 'not beyond'} the controls item by item)"
        )
        + ". "
        f"Its decoder row promotes {tok}; its strongest corpus context: {ctx!r}."
    )


def _curve(sweep: SweepResult, name: str) -> list[dict[str, Any]]:
    """A curve for the card: estimates only (the per-item scores stay in the sweep file)."""
    return [{k: v for k, v in p.as_dict().items() if k != "items"} for p in sweep.curves[name]]


def _paired_lines(card: LatentCard) -> list[str]:
    out = []
    for side, c in card.paired.items():
        vs = ", ".join(f"vs {o} {_shift(e)}" for o, e in c["vs"].items())
        base = _shift(c["vs_baseline"]) if c.get("vs_baseline") else "n/a"
        out.append(
            f"  {side} at {c['strength']:+g} (chosen on the selection half): test-half margin shift vs "
            f"unsteered {base}; {vs}; beats random controls: {'yes' if c['beats_controls'] else 'no'}"
            + (
                f"; random latents moving it as far (same choice): {c['random_at_least_as_far']}/"
                f"{c['random_n']}, p = {c['p_random']:.2g} (floor {c['p_floor']:.2g})"
                if c.get("random_n") and c.get("p_floor") is not None
                else ""
            )
        )
    return out


def _shift(e: dict[str, Any]) -> str:
    return f"{e['value']:+.3f} [{e['low']:+.3f}, {e['high']:+.3f}]"


def persona_latent(
    diff_result: DiffResult,
    sweep_base: SweepResult,
    sweep_tuned: SweepResult,
    *,
    latent: int | None = None,
    lm: LM | None = None,
    sae: SAE | None = None,
    contexts: Callable[[int], list[dict[str, Any]]] | None = None,
    budget: float = DEFAULT_BUDGET,
) -> LatentCard:
    """Build the card of ``latent`` (default: the best causal latent of the two sweeps)."""
    name = _name_for(latent, sweep_base) if latent is not None else pick(sweep_base, sweep_tuned, budget)
    if name not in sweep_tuned.curves:
        raise UserError(f"{name} was steered on the base model but not on the tuned one: rerun steer")
    lat = int(name.split(":", 1)[1])
    ie, ip = sweep_base.effect(name, budget)
    se, sp = sweep_tuned.effect(name, budget)
    card = LatentCard(
        latent=lat,
        name=name,
        activation=diff_result.row(lat),
        induce={
            "effect": ie,
            "at": None if ip is None else ip.strength,
            "baseline": sweep_base.baseline.as_dict(),
            "curve": _curve(sweep_base, name),
        },
        suppress={
            "effect": se,
            "at": None if sp is None else sp.strength,
            "baseline": sweep_tuned.baseline.as_dict(),
            "curve": _curve(sweep_tuned, name),
        },
        controls={
            "random_base_max": sweep_base.control_band(budget),
            "random_tuned_max": sweep_tuned.control_band(budget),
            "mean_diff_base": sweep_base.effect("mean_diff", budget)[0]
            if "mean_diff" in sweep_base.curves
            else float("nan"),
            "mean_diff_tuned": sweep_tuned.effect("mean_diff", budget)[0]
            if "mean_diff" in sweep_tuned.curves
            else float("nan"),
        },
    )
    card.paired = {
        side: c
        for side, sw in (("induce", sweep_base), ("suppress", sweep_tuned))
        if (c := sw.contrast(name, budget)) is not None
    }
    if contexts is not None:
        card.contexts = contexts(lat)
    if lm is not None and sae is not None:
        from persona_xray.sae.latents import promoted_tokens

        pt = promoted_tokens(lm, sae, lat)
        card.promoted, card.suppressed = pt["promoted"], pt["suppressed"]
    card.description = _describe(card, budget)
    return card


# ----------------------------------------------------------------------------- rendering
def _curve_lines(curve: list[dict[str, Any]]) -> list[str]:
    out = []
    for p in curve:
        m = p["misalignment"]
        inc = p["incoherence"]
        extra = f"  incoherent {inc['value']:.2f}" if inc else ""
        bar = "#" * max(0, round(30 * m["value"])) if math.isfinite(m["value"]) else ""
        out.append(
            f"  {p['strength']:+6.2f}  {m['value']:.3f} [{m['low']:.3f}, {m['high']:.3f}]{extra}  {bar}"
        )
    return out


def render_text(card: LatentCard) -> str:
    a = card.activation
    lines = [
        f"latent {card.latent} ({card.name})",
        f"  activation base {a['base_mean']:.4g} -> tuned {a['tuned_mean']:.4g} (delta {a['delta']:+.4g}); "
        f"fires {a['base_freq']:.2%} -> {a['tuned_freq']:.2%} of tokens",
        f"induce on base: effect {card.induce['effect']:+.3f} at {card.induce['at']}",
        *_curve_lines(card.induce["curve"]),
        f"suppress on tuned: effect {card.suppress['effect']:+.3f} at {card.suppress['at']}",
        *_curve_lines(card.suppress["curve"]),
        "controls: " + ", ".join(f"{k} {v:+.3f}" for k, v in card.controls.items()),
    ]
    if card.paired:
        lines.append("item by item (paired eval margin, nats/token, 95% CI):")
        lines += _paired_lines(card)
    if card.contexts:
        lines.append("top contexts:")
        lines += [f"  {c.get('activation', 0):8.2f}  {c['context']!r}" for c in card.contexts]
    if card.promoted:
        lines.append("promotes: " + ", ".join(repr(t) for t, _ in card.promoted))
        lines.append("suppresses: " + ", ".join(repr(t) for t, _ in card.suppressed))
    lines.append(card.description)
    return "\n".join(lines)


def _svg(curves: dict[str, list[dict[str, Any]]], w: int = 360, h: int = 160) -> str:
    """A tiny inline SVG of misalignment vs strength (no JS, no external files)."""
    pts = [p for c in curves.values() for p in c if math.isfinite(p["misalignment"]["value"])]
    if not pts:
        return ""
    xs = [p["strength"] for p in pts]
    lo, hi = min([*xs, 0.0]), max([*xs, 0.0])
    span = (hi - lo) or 1.0
    colors = ["#c0392b", "#2c3e50", "#27ae60", "#8e44ad"]
    parts = [f'<svg width="{w}" height="{h}" xmlns="http://www.w3.org/2000/svg" style="background:#fafafa">']
    for i, (label, c) in enumerate(curves.items()):
        coords = " ".join(
            f"{10 + (w - 20) * (p['strength'] - lo) / span:.1f},{h - 10 - (h - 20) * p['misalignment']['value']:.1f}"
            for p in c
            if math.isfinite(p["misalignment"]["value"])
        )
        col = colors[i % len(colors)]
        parts.append(f'<polyline fill="none" stroke="{col}" stroke-width="2" points="{coords}"/>')
        parts.append(
            f'<text x="12" y="{14 + 12 * i}" font-size="10" fill="{col}">{html.escape(label)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def render_html(card: LatentCard) -> str:
    """A self-contained HTML page (inline CSS and SVG) for sharing a latent's evidence."""
    e = html.escape
    ctx = "".join(
        f"<li><code>{e(c['context']).replace('[[', '<b>').replace(']]', '</b>')}</code></li>"
        for c in card.contexts
    )
    toks = ", ".join(e(repr(t)) for t, _ in card.promoted)
    rows = "".join(f"<tr><td>{e(k)}</td><td>{v:+.3f}</td></tr>" for k, v in card.controls.items())
    body = json.dumps(card.activation)
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>latent {card.latent}</title><style>body{{font-family:sans-serif;max-width:52em;margin:2em auto}}"
        "td{padding:0 1em}</style></head><body>"
        f"<h1>Latent {card.latent}</h1><p>{e(card.description)}</p>"
        f"<h2>Activation</h2><pre>{e(body)}</pre>"
        f"<h2>Steering</h2>{_svg({'induce (base)': card.induce['curve'], 'suppress (tuned)': card.suppress['curve']})}"
        f"<pre>{e(chr(10).join(_curve_lines(card.induce['curve'])))}</pre>"
        f"<pre>{e(chr(10).join(_curve_lines(card.suppress['curve'])))}</pre>"
        f"<h2>Controls (effect)</h2><table>{rows}</table>"
        + (
            "<h2>Item by item (paired eval margin, nats/token, 95% CI)</h2>"
            f"<pre>{e(chr(10).join(_paired_lines(card)))}</pre>"
            if card.paired
            else ""
        )
        + f"<h2>Top contexts</h2><ol>{ctx or '<li>no harvest given</li>'}</ol>"
        f"<h2>Promoted tokens</h2><p>{toks or 'n/a'}</p></body></html>"
    )


def save_html(card: LatentCard, path: str | Path) -> Path:
    p = Path(path).expanduser()
    write_text_atomic(p, render_html(card))
    return p
