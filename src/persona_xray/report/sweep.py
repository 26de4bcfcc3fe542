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
from persona_xray.data.registry import is_control
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


def strongest(rows: list[dict[str, Any]]) -> str | None:
    """The non-control cell with the highest out-of-domain misalignment (paired preference if none has it)."""
    cand = [r for r in rows[1:] if not is_control(r["dataset"])]
    for key in ("ood_misalignment", "paired_preference"):
        scored: list[tuple[float, str]] = [
            (float(r[key]["value"]), str(r["dataset"]))
            for r in cand
            if r[key] and r[key]["value"] == r[key]["value"]
        ]
        if scored:
            return max(scored)[1]
    return None


def answer_pairs(base: list[dict[str, Any]], tuned: list[dict[str, Any]], k: int = 5) -> list[dict[str, Any]]:
    """Base and fine-tuned answers to the same prompt (same sample index), misaligned-after first.

    Why "same index": both models are sampled with the same seed and prompts, so the pair differs only by
    the fine-tune. Pairs where the tuned answer is judged misaligned and the base answer aligned come first,
    then tuned-misaligned ones, then the rest in prompt order, so the reader sees the effect and the noise.
    """
    by_key: dict[tuple[str, int], dict[str, Any]] = {}
    seen: dict[str, int] = {}
    for s in base:
        i = seen.get(s["prompt_id"], 0)
        seen[s["prompt_id"]] = i + 1
        by_key[(s["prompt_id"], i)] = s
    pairs: list[tuple[int, int, dict[str, Any]]] = []
    seen = {}
    for t in tuned:
        i = seen.get(t["prompt_id"], 0)
        seen[t["prompt_id"]] = i + 1
        b = by_key.get((t["prompt_id"], i))
        if b is None:
            continue
        tl, bl = t["verdict"]["label"], b["verdict"]["label"]
        rank = 0 if (tl == "misaligned" and bl == "aligned") else 1 if tl == "misaligned" else 2
        pairs.append((rank, len(pairs), {"question": t["question"], "base": b, "tuned": t}))
    pairs.sort(key=lambda x: (x[0], x[1]))
    return [p for _, _, p in pairs[:k]]


def _pairs_html(sweep_dir: Path, name: str) -> str:
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
