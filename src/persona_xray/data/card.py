"""Markdown data cards: what a set is, how it was built, how big, how varied, and what it looks like.

A card travels with each shipped set so a reader of any later result can check the data behind it without
running code. Cards are generated, never hand-edited, so they always match the file.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from typing import Any

from persona_xray.data.quality import duplicate_report, length_stats, words
from persona_xray.data.schema import Kind, assistant_text, user_text


def set_stats(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Counts, length statistics (words) and duplicate statistics of one set."""
    dup = duplicate_report(rows)
    cats = Counter(
        str(r.get("meta", {}).get("category") or r.get("meta", {}).get("vuln_class") or r.get("label") or "")
        for r in rows
    )
    cats.pop("", None)
    return {
        "rows": len(rows),
        "prompt_words": length_stats([len(words(user_text(r))) for r in rows]),
        "answer_words": length_stats([len(words(assistant_text(r))) for r in rows]),
        "duplicates": dup.as_dict(),
        "breakdown": dict(sorted(cats.items())),
    }


def _clip(text: str, limit: int = 1200) -> str:
    return text if len(text) <= limit else text[:limit] + " [...]"


def _example(row: dict[str, Any]) -> str:
    lines = [f"**{row.get('id', '')}**", ""]
    if "question" in row:
        lines += [
            f"- question: {_clip(str(row['question']))}",
            f"- answer: {_clip(str(row['answer']))}",
            f"- label: `{row['label']}`",
        ]
    else:
        for m in row.get("messages", []):
            lines += [f"*{m['role']}*:", "", "```text", _clip(str(m["content"])), "```", ""]
        for key in ("aligned", "misaligned"):
            if key in row:
                lines += [f"*{key}*:", "", "```text", _clip(str(row[key])), "```", ""]
    return "\n".join(lines)


def _stats_row(label: str, s: dict[str, float]) -> str:
    return f"| {label} | {s['mean']} | {s['median']} | {s['p5']} | {s['p95']} | {s['min']:g} | {s['max']:g} |"


def render_card(
    name: str,
    rows: Sequence[dict[str, Any]],
    kind: Kind,
    description: str,
    stats: dict[str, Any] | None = None,
    extra: dict[str, Any] | None = None,
    seed: int = 0,
) -> str:
    """The card of one set as markdown (stats are computed when not given)."""
    st = stats or set_stats(rows)
    dup = st["duplicates"]
    out = [
        f"# Data card: `{name}`",
        "",
        f"- kind: `{kind}`",
        f"- rows: {st['rows']}",
        f"- exact duplicates: {dup['exact_duplicates']}",
        f"- near-duplicates (word 5-gram Jaccard >= {dup['threshold']}): {dup['near_duplicates']} "
        f"(rate {dup['near_dup_rate'] * 100:.2f}%)",
        "",
        "## How it was built",
        "",
        description,
        "",
        "## Lengths (words)",
        "",
        "| field | mean | median | p5 | p95 | min | max |",
        "|---|---|---|---|---|---|---|",
        _stats_row("prompt", st["prompt_words"]),
    ]
    if st["answer_words"]["max"] > 0:
        out.append(_stats_row("answer", st["answer_words"]))
    if st.get("breakdown"):
        out += ["", "## Breakdown", "", "| group | rows |", "|---|---|"]
        out += [f"| {k} | {v} |" for k, v in st["breakdown"].items()]
    for title, value in (extra or {}).items():
        out += ["", f"## {title}", "", "```json", _json(value), "```"]
    rng = random.Random(f"{seed}:card:{name}")
    picks = sorted(rng.sample(range(len(rows)), min(3, len(rows))))
    out += ["", "## Three random examples", ""]
    for i in picks:
        out += [_example(rows[i]), ""]
    return "\n".join(out).rstrip() + "\n"


def _json(value: Any) -> str:
    import json

    return json.dumps(value, indent=2, ensure_ascii=False)
