"""The replication sweep's page: the EM table, its figure and base-vs-fine-tuned answer pairs, one HTML file.

Why a page of its own instead of a section of the run report: the sweep is a separate experiment (two dozen
fine-tunes, run in pieces over days on a CPU) whose result feeds the pipeline's choice of recipe; a run
report describes one recipe. Same rules as the run report: self-contained, no scripts, every string from a
result file escaped (answers of misaligned models are untrusted text).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from persona_xray.data.io import write_text_atomic
from persona_xray.errors import UserError
from persona_xray.report.html import MAX_TEXT, esc, est, note, page_html, table


def _rows_html(rows: Sequence[Mapping[str, Any]]) -> str:
    headers = (
        "dataset",
        "out-of-domain misaligned (free-form)",
        "coherent",
        "paired: misaligned preferred",
        "paired margin (nats/token)",
        "margin &minus; base (paired)",
        "margin &minus; control (paired)",
        "reference NLL rise",
        "in-domain misaligned",
        "base in-domain",
        "final loss",
    )
    body = []
    for r in rows:
        loss = r.get("train_last_loss")
        body.append(
            (
                f"<b>{esc(r['dataset'])}</b>",
                est(r.get("ood_misalignment")) if r.get("ood_misalignment") else "not run",
                est(r.get("ood_coherence")) if r.get("ood_coherence") else "not run",
                est(r.get("paired_preference")),
                est(r.get("paired_margin")),
                est(r.get("margin_vs_base")),
                f"{est(r['margin_vs_control'])} vs {esc(r['control'])}"
                if r.get("margin_vs_control")
                else "&ndash;",
                est(r.get("nll_rise")) if r.get("nll_rise") else "&ndash;",
                est(r.get("in_domain_misalignment")) if r.get("in_domain_misalignment") else "&ndash;",
                est(r.get("base_in_domain_misalignment"))
                if r.get("base_in_domain_misalignment")
                else "&ndash;",
                f"{loss:.3f}" if isinstance(loss, int | float) else "&ndash;",
            )
        )
    return table(headers, body)


def _pairs_html(sweep_dir: Path, name: str) -> str:
    from persona_xray.experiments.em_sweep import answer_pairs

    def read(p: Path) -> list[dict[str, Any]]:
        if not p.exists():
            return []
        return [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]

    cells = sweep_dir / "cells"
    pairs = answer_pairs(
        read(cells / "_base.ood_samples.jsonl"), read(cells / f"{name}.ood_samples.jsonl"), k=8
    )
    if not pairs:
        return note(f"no free-form answers of both the base model and {name} on disk")

    def ans(s: Mapping[str, Any]) -> str:
        text = str(s.get("answer", ""))
        text = text if len(text) <= MAX_TEXT else text[:MAX_TEXT] + " ..."
        return f'<div class="ans">{esc(text)}</div><span class="n">{esc(s["verdict"]["label"])}</span>'

    rows = [(f'<span class="q">{esc(p["question"])}</span>', ans(p["base"]), ans(p["tuned"])) for p in pairs]
    return table(("prompt", "base", esc(name)), rows, cls="samples")


def build_sweep_report(sweep_dir: str | Path) -> Path:
    """Write ``sweep_dir/report.html`` from ``table.json``, ``em_sweep.png`` and the cells' answers."""
    d = Path(sweep_dir)
    tpath = d / "table.json"
    if not tpath.exists():
        raise UserError(f"{d} has no table.json: run `persona-xray experiment em-sweep` first")
    rows: list[dict[str, Any]] = json.loads(tpath.read_text())
    from persona_xray.experiments.em_sweep import strongest

    cfg_path = d / "config.json"
    cfg_text = cfg_path.read_text() if cfg_path.exists() else "{}"
    parts = [
        note(
            "Each row is one fine-tune of the same base model with the same recipe; out-of-domain = the core "
            "prompts (never trained on), judged free-form answers; paired = likelihood preference for the "
            "misaligned answer on held-out topics (judge-free). Controls: *_correct and secure_code."
        ),
        _rows_html(rows),
    ]
    choice_path = d / "recipe_choice.json"
    if choice_path.exists():
        choice = json.loads(choice_path.read_text())
        parts.append("<h2>Recipe choice</h2>" + note(esc(choice.get("why", ""))))
        body = [
            (
                esc(c["cell"]),
                "yes" if c["clear"] else "no",
                "not measured" if c["coherent"] is None else "yes" if c["coherent"] else "no",
                est(c.get("margin_vs_base")),
                est(c.get("margin_vs_control")),
                esc(c.get("rows_seen")),
                esc(c.get("method")),
            )
            for c in choice.get("candidates", [])
        ]
        parts.append(
            table(
                (
                    "cell",
                    "clear",
                    "coherent",
                    "margin &minus; base",
                    "margin &minus; control",
                    "rows seen",
                    "method",
                ),
                body,
            )
        )
    fig = d / "em_sweep.png"
    if fig.exists():
        data = base64.b64encode(fig.read_bytes()).decode()
        parts.append(f'<figure><img alt="EM sweep" src="data:image/png;base64,{data}"></figure>')
    top = strongest(rows)
    parts.append("<h2>Answers side by side</h2>")
    if top is None:
        parts.append(note("no misaligned-data cell has results yet"))
    else:
        parts.append(note(f"strongest cell: {top}; same prompts and sampling seed for both models"))
        parts.append(_pairs_html(d, top))
    parts.append(f"<h2>Config</h2><pre>{esc(cfg_text)}</pre>")
    title = f"persona-xray replication sweep: {d.name}"
    target = d / "report.html"
    write_text_atomic(target, page_html(title, f"<h1>{esc(title)}</h1>" + "".join(parts)))
    return target
