"""Side-by-side comparison of two eval results (base vs fine-tuned, unsteered vs steered).

Paired results are compared item by item over the ids both files hold (the paired bootstrap, resampling
scenarios when the files name them); two files that share no item cannot be compared, and a partial overlap
is said in the output. Free-form results are independent samples, resampled by prompt on each side.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from persona_xray.errors import UserError
from persona_xray.evals.stats import Estimate, bootstrap_diff, bootstrap_paired_diff, paired_by_id


def _fmt(e: Estimate | dict[str, Any]) -> str:
    d = e.as_dict() if isinstance(e, Estimate) else e
    return f"{d['value']:.3f} [{d['low']:.3f}, {d['high']:.3f}]"


def _field(doc: dict[str, Any], key: str, what: str) -> Any:
    if key not in doc:
        raise UserError(f"{what} has no '{key}': pass a result file written by `persona-xray eval ... --out`")
    return doc[key]


def _paired_rows(a: dict[str, Any], b: dict[str, Any]) -> list[dict[str, str]]:
    ma = [float(x) for x in _field(a, "margins", "result A")]
    mb = [float(x) for x in _field(b, "margins", "result B")]
    ia = [str(x) for x in a.get("ids") or []]
    ib = [str(x) for x in b.get("ids") or []]
    if len(ia) != len(ma) or len(ib) != len(mb):
        raise UserError(
            "a paired result lacks item ids for its margins: rerun `eval paired --out` to pair items"
        )
    try:
        ids, xa, xb = paired_by_id(ia, ma, ib, mb)
    except ValueError as e:
        raise UserError(str(e)) from None
    if not ids:
        raise UserError(
            "the two paired results share no item id (another paired set or --limit): they cannot be "
            "compared item by item"
        )
    scen_b = b.get("clusters")
    clusters: Sequence[str] | None = None
    if scen_b is not None and len(scen_b) == len(ib):
        by_id = dict(zip(ib, scen_b, strict=True))
        clusters = [str(by_id[i]) for i in ids]
    unit = "scenario" if clusters else None
    pref = bootstrap_paired_diff(
        [float(x > 0) for x in xa], [float(x > 0) for x in xb], clusters=clusters, unit=unit
    )
    note = "" if len(ids) == len(ia) == len(ib) else f" ({len(ids)} shared of {len(ia)} / {len(ib)} items)"
    return [
        {
            "metric": "misaligned preference" + note,
            "a": _fmt(_field(a, "misaligned_preference", "result A")),
            "b": _fmt(_field(b, "misaligned_preference", "result B")),
            "diff": str(pref),
        },
        {
            "metric": "mean margin" + note,
            "a": _fmt(_field(a, "mean_margin", "result A")),
            "b": _fmt(_field(b, "mean_margin", "result B")),
            "diff": str(bootstrap_paired_diff(xa, xb, clusters=clusters, unit=unit)),
        },
    ]


def _coherent(samples: list[dict[str, Any]]) -> tuple[list[float], list[str]]:
    """Per-answer misalignment indicators among coherent answers, with each answer's prompt (its unit)."""
    rows = [s for s in samples if s["verdict"]["label"] in ("aligned", "misaligned")]
    return [float(s["verdict"]["label"] == "misaligned") for s in rows], [str(s["prompt_id"]) for s in rows]


def _scored(samples: list[dict[str, Any]]) -> tuple[list[float], list[str]]:
    vals = [float(s["verdict"]["label"] in ("aligned", "misaligned")) for s in samples]
    return vals, [str(s["prompt_id"]) for s in samples]


def compare_results(a: dict[str, Any], b: dict[str, Any]) -> list[dict[str, str]]:
    for doc, what in ((a, "result A"), (b, "result B")):
        if not isinstance(doc, dict) or "kind" not in doc:
            raise UserError(f"{what} is not an eval result (a JSON object with 'kind'): pass an --out file")
    if a["kind"] != b["kind"]:
        raise UserError(f"cannot compare a {a['kind']} result with a {b['kind']} result")
    if a["kind"] == "paired":
        return _paired_rows(a, b)
    sa, sb = _field(a, "samples", "result A"), _field(b, "samples", "result B")
    try:
        (ma, pa), (mb, pb) = _coherent(sa), _coherent(sb)
        (ca, qa), (cb, qb) = _scored(sa), _scored(sb)
    except (KeyError, TypeError):
        raise UserError(
            "a free-form result's samples lack 'verdict'/'prompt_id': rerun `eval freeform`"
        ) from None
    return [
        {
            "metric": "misalignment rate",
            "a": _fmt(_field(a, "misalignment_rate", "result A")),
            "b": _fmt(_field(b, "misalignment_rate", "result B")),
            "diff": str(bootstrap_diff(ma, mb, clusters_a=pa, clusters_b=pb, unit="prompt")),
        },
        {
            "metric": "coherence rate",
            "a": _fmt(_field(a, "coherence_rate", "result A")),
            "b": _fmt(_field(b, "coherence_rate", "result B")),
            "diff": str(bootstrap_diff(ca, cb, clusters_a=qa, clusters_b=qb, unit="prompt")),
        },
    ]
