"""The report's figures: one pure function per figure, result dict in, matplotlib Figure out.

Why pure functions on plain dicts: the report is rebuilt from ``result.json`` files long after the models are
gone, so the figures must need nothing but the JSON (and stay testable without any model). Figures are built
on ``matplotlib.figure.Figure`` directly (Agg canvas, no pyplot): no global figure registry to leak memory
in a long session and no dependency on a display. Every function tolerates missing optional keys and NaNs,
because a partial or old run must still give a page.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

DPI = 100
PALETTE = ("#c0392b", "#2471a3", "#27ae60", "#8e44ad", "#d68910", "#17a589", "#7f8c8d", "#cb4335")
GREY = "#9a9a9a"


def _new(width: float, height: float, ncols: int = 1) -> tuple[Figure, list[Axes]]:
    fig = Figure(figsize=(width, height), dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(1, ncols, squeeze=False)[0]
    return fig, list(axes)


def _num(x: Any) -> float:
    """A float from JSON (None, strings like "NaN" and missing values become NaN)."""
    try:
        return float(x)
    except (TypeError, ValueError):
        return math.nan


def _est(d: Any) -> tuple[float, float, float]:
    """(value, low, high) of an ``{value, low, high, n}`` estimate dict; NaNs when absent."""
    if not isinstance(d, Mapping):
        return math.nan, math.nan, math.nan
    return _num(d.get("value")), _num(d.get("low")), _num(d.get("high"))


def _yerr(vals: Sequence[tuple[float, float, float]]) -> list[list[float]]:
    """Asymmetric error bars; a missing or inverted bound draws no bar rather than a negative one."""
    lo = [max(0.0, v - lo) if math.isfinite(v - lo) else 0.0 for v, lo, _ in vals]
    hi = [max(0.0, hi - v) if math.isfinite(hi - v) else 0.0 for v, _, hi in vals]
    return [lo, hi]


def _empty(ax: Axes, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes, color=GREY)
    ax.set_xticks([])
    ax.set_yticks([])


def eval_bars(result: Mapping[str, Any]) -> Figure:
    """Paired misaligned-preference (and free-form misalignment where run) per model, with 95% CI bars."""
    models = list((result.get("models") or {}).items())
    fig, (ax,) = _new(max(4.0, 1.1 * len(models) + 2.5), 3.2)
    if not models:
        _empty(ax, "no models evaluated")
        return fig
    paired = [_est((m.get("paired") or {}).get("misaligned_preference")) for _, m in models]
    free = [_est((m.get("freeform") or {}).get("misalignment")) for _, m in models]
    has_free = any(math.isfinite(v) for v, _, _ in free)
    width = 0.38 if has_free else 0.6
    xs = list(range(len(models)))
    off = -width / 2 if has_free else 0.0
    ax.bar(
        [x + off for x in xs],
        [0.0 if not math.isfinite(v) else v for v, _, _ in paired],
        width,
        yerr=_yerr(paired),
        capsize=3,
        color=PALETTE[1],
        label="paired: misaligned preferred",
    )
    if has_free:
        ax.bar(
            [x + width / 2 for x in xs],
            [0.0 if not math.isfinite(v) else v for v, _, _ in free],
            width,
            yerr=_yerr(free),
            capsize=3,
            color=PALETTE[0],
            label="free-form: misaligned",
        )
    ax.set_xticks(xs, [name for name, _ in models], rotation=20, ha="right", fontsize=8)
    ax.set_ylabel("share (95% CI)")
    ax.set_ylim(0, 1)
    ax.axhline(0.5, color=GREY, lw=0.8, ls=":")
    ax.legend(fontsize=7, loc="upper left")
    ax.set_title("Misalignment by model", fontsize=10)
    return fig


def _kind(name: str) -> str:
    return name.split(":", 1)[0] if ":" in name else "direction"


def _curve_xy(
    points: Sequence[Mapping[str, Any]],
) -> tuple[list[float], list[float], list[float], list[float]]:
    pts = sorted(points, key=lambda p: _num(p.get("strength")))
    xs = [_num(p.get("strength")) for p in pts]
    ests = [_est(p.get("misalignment")) for p in pts]
    return xs, [e[0] for e in ests], [e[1] for e in ests], [e[2] for e in ests]


def _control_band(ax: Axes, curves: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
    """Shade the envelope of the random-latent controls at the strengths they all share."""
    randoms = [c for n, c in curves.items() if _kind(n) == "random"]
    if not randoms:
        return
    per: dict[float, list[float]] = {}
    for c in randoms:
        for x, y in zip(*_curve_xy(c)[:2], strict=True):
            if math.isfinite(x) and math.isfinite(y):
                per.setdefault(x, []).append(y)
    xs = sorted(x for x, ys in per.items() if len(ys) == len(randoms))
    if xs:
        ax.fill_between(
            xs,
            [min(per[x]) for x in xs],
            [max(per[x]) for x in xs],
            color=GREY,
            alpha=0.25,
            lw=0,
            label="random-control band",
        )


def _sweep_panel(ax: Axes, sweep: Mapping[str, Any] | None, title: str, max_candidates: int) -> None:
    if not isinstance(sweep, Mapping) or not sweep.get("curves"):
        _empty(ax, "no sweep")
        ax.set_title(title, fontsize=10)
        return
    curves: Mapping[str, Sequence[Mapping[str, Any]]] = sweep["curves"]
    _control_band(ax, curves)
    base = _est((sweep.get("baseline") or {}).get("misalignment"))[0]
    if math.isfinite(base):
        ax.axhline(base, color="black", lw=0.8, ls="--", label="unsteered")
    ranked = [str(r.get("name")) for r in sweep.get("ranking") or [] if isinstance(r, Mapping)]
    order = [n for n in ranked if n in curves] + [n for n in curves if n not in ranked]
    colour = 0
    for name in order:
        xs, ys, lo, hi = _curve_xy(curves[name])
        kind = _kind(name)
        if kind == "random":
            ax.plot(xs, ys, color=GREY, lw=0.8, alpha=0.8)
        elif kind == "mean_diff" or name == "mean_diff":
            ax.plot(xs, ys, color="black", lw=1.2, ls="-.", label="mean-diff direction")
        elif colour < max_candidates:
            c = PALETTE[colour % len(PALETTE)]
            ax.plot(xs, ys, color=c, lw=1.6, marker="o", ms=3, label=name)
            ax.fill_between(xs, lo, hi, color=c, alpha=0.12, lw=0)
            colour += 1
    ax.set_xlabel("strength (x median residual norm)")
    ax.set_ylabel("misalignment")
    ax.set_title(title, fontsize=10)
    ax.legend(fontsize=6, loc="best")


def steering_curves(result: Mapping[str, Any], max_candidates: int = 6) -> Figure:
    """Misalignment vs strength: base model (induce) and tuned model (suppress), controls in grey."""
    fig, (a, b) = _new(9.0, 3.4, ncols=2)
    _sweep_panel(a, result.get("base"), "base model: induce (+)", max_candidates)
    _sweep_panel(b, result.get("tuned"), "tuned model: suppress (-)", max_candidates)
    return fig


def _mean(xs: Sequence[float]) -> float:
    fin = [x for x in xs if math.isfinite(x)]
    return sum(fin) / len(fin) if fin else math.nan


def monitor_curves(result: Mapping[str, Any], max_signals: int = 3) -> Figure:
    """Per mixture: each latent signal vs step, and paired misalignment vs step (seeds averaged)."""
    signals = [str(s) for s in result.get("signals") or []][:max_signals]
    rows = [r for r in result.get("rows") or [] if isinstance(r, Mapping)]
    fig, axes = _new(3.6 * (len(signals) + 1), 3.2, ncols=len(signals) + 1)
    if not rows:
        for ax in axes:
            _empty(ax, "no checkpoints measured")
        return fig
    mixtures = sorted({_num(r.get("mixture")) for r in rows})
    for i, mix in enumerate(mixtures):
        mine = [r for r in rows if _num(r.get("mixture")) == mix]
        steps = sorted({int(_num(r.get("step"))) for r in mine if math.isfinite(_num(r.get("step")))})
        c = PALETTE[i % len(PALETTE)]
        label = f"{mix:.0%} bad" if math.isfinite(mix) else "?"
        for ax, sig in zip(axes, signals, strict=False):
            ys = [
                _mean([_num((r.get("signal") or {}).get(sig)) for r in mine if _num(r.get("step")) == s])
                for s in steps
            ]
            ax.plot(steps, ys, color=c, marker="o", ms=3, label=label)
        ests = [[_est(r.get("paired")) for r in mine if _num(r.get("step")) == s] for s in steps]
        ys = [_mean([e[0] for e in es]) for es in ests]
        lo = [_mean([e[1] for e in es]) for es in ests]
        hi = [_mean([e[2] for e in es]) for es in ests]
        axes[-1].plot(steps, ys, color=c, marker="o", ms=3, label=label)
        axes[-1].fill_between(steps, lo, hi, color=c, alpha=0.12, lw=0)
    for ax, sig in zip(axes, signals, strict=False):
        ax.set_title(f"signal: {sig}", fontsize=10)
        ax.set_xlabel("step")
        ax.legend(fontsize=6)
    thr = _num(result.get("threshold"))
    if math.isfinite(thr) and signals:
        axes[0].axhline(thr, color="black", lw=0.8, ls="--")
    axes[-1].set_title("paired misalignment", fontsize=10)
    axes[-1].set_xlabel("step")
    axes[-1].set_ylim(-0.03, 1.03)  # points at exactly 0 or 1 stay visible
    axes[-1].legend(fontsize=6)
    return fig


def realign_curve(result: Mapping[str, Any]) -> Figure:
    """Misalignment vs clean samples seen, one line per clean-set size, the base model's level shaded."""
    fig, (ax,) = _new(5.5, 3.4)
    base, blo, bhi = _est(result.get("base_level"))
    if math.isfinite(blo) and math.isfinite(bhi):
        ax.axhspan(blo, bhi, color=PALETTE[2], alpha=0.15, lw=0, label="base model 95% CI")
    if math.isfinite(base):
        ax.axhline(base, color=PALETTE[2], lw=1.0, ls="--")
    start = _est(result.get("start"))[0]
    curves = [c for c in result.get("curves") or [] if isinstance(c, Mapping)]
    if not curves:
        _empty(ax, "no re-alignment curves")
        return fig
    for i, c in enumerate(curves):
        pts = sorted(
            (p for p in c.get("points") or [] if isinstance(p, Mapping)),
            key=lambda p: _num(p.get("samples_seen")),
        )
        xs = [_num(p.get("samples_seen")) for p in pts]
        ests = [_est(p.get("paired")) for p in pts]
        col = PALETTE[i % len(PALETTE)]
        if math.isfinite(start) and (not xs or xs[0] != 0):
            xs, ests = [0.0, *xs], [(start, start, start), *ests]
        ax.plot(xs, [e[0] for e in ests], color=col, marker="o", ms=3, label=f"{c.get('n_samples')} clean")
        ax.fill_between(xs, [e[1] for e in ests], [e[2] for e in ests], color=col, alpha=0.12, lw=0)
    ax.set_xlabel("clean samples seen")
    ax.set_ylabel("paired misalignment")
    ax.set_ylim(-0.03, 1.03)
    ax.set_title("Re-alignment", fontsize=10)
    ax.legend(fontsize=7)
    return fig


def _ordered(result: Mapping[str, Any]) -> list[int]:
    names = list(result.get("names") or [])
    order = [int(i) for i in result.get("order") or [] if 0 <= int(i) < len(names)]
    return order if sorted(order) == list(range(len(names))) else list(range(len(names)))


def fingerprint_heatmap(result: Mapping[str, Any], max_latents: int = 60) -> Figure:
    """Fine-tunes (rows, in cluster order) x top latents (columns): activation deltas, diverging colours."""
    names = [str(n) for n in result.get("names") or []]
    latents = [int(x) for x in result.get("latents") or []][:max_latents]
    deltas = [[_num(x) for x in row[: len(latents)]] for row in result.get("deltas") or []]
    fig, (ax,) = _new(min(11.0, 3.0 + 0.13 * len(latents)), 1.4 + 0.35 * max(1, len(names)))
    if not names or not latents or len(deltas) != len(names):
        _empty(ax, "no fingerprint")
        return fig
    order = _ordered(result)
    m = [deltas[i] for i in order]
    vmax = max((abs(x) for row in m for x in row if math.isfinite(x)), default=1.0) or 1.0
    im = ax.imshow(m, aspect="auto", cmap="RdBu_r", vmin=-vmax, vmax=vmax, interpolation="nearest")
    ax.set_yticks(range(len(order)), [names[i] for i in order], fontsize=7)
    step = max(1, len(latents) // 20)
    ax.set_xticks(range(0, len(latents), step), [str(latents[i]) for i in range(0, len(latents), step)])
    ax.tick_params(axis="x", labelsize=6, rotation=90)
    ax.set_xlabel("latent")
    ax.set_title("Fingerprint: activation delta vs base", fontsize=10)
    fig.colorbar(im, ax=ax, shrink=0.8)
    return fig


def similarity_matrix(result: Mapping[str, Any]) -> Figure:
    """Cosine similarity of the fine-tunes' fingerprints, in cluster order, values printed in the cells."""
    names = [str(n) for n in result.get("names") or []]
    sim = [[_num(x) for x in row] for row in result.get("similarity") or []]
    n = len(names)
    fig, (ax,) = _new(2.2 + 0.55 * max(1, n), 1.8 + 0.5 * max(1, n))
    if not n or len(sim) != n:
        _empty(ax, "no similarity matrix")
        return fig
    order = _ordered(result)
    m = [[sim[i][j] for j in order] for i in order]
    im = ax.imshow(m, cmap="viridis", vmin=-1, vmax=1, interpolation="nearest")
    labels = [names[i] for i in order]
    ax.set_xticks(range(n), labels, rotation=45, ha="right", fontsize=7)
    ax.set_yticks(range(n), labels, fontsize=7)
    if n <= 12:
        for i in range(n):
            for j in range(n):
                v = m[i][j]
                ax.text(
                    j,
                    i,
                    f"{v:.2f}",
                    ha="center",
                    va="center",
                    fontsize=6,
                    color="white" if v < 0.5 else "black",
                )
    ax.set_title("Fingerprint similarity (cosine)", fontsize=10)
    fig.colorbar(im, ax=ax, shrink=0.8)
    return fig
