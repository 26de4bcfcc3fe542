"""Latent fingerprints: which SAE latents each narrow fine-tune switched on, and which fine-tunes look alike.

The study found that different bad data sets (wrong health advice, insecure code, ...) share a core of
persona latents (the toxic persona, the sarcasm family) but each leaves its own mark too. A fingerprint here is
a fine-tune's vector of per-latent mean-activation increases (tuned minus base, from :mod:`.diff`) restricted
to the union of every fine-tune's top-k increased latents. Restricting to that union is deliberate: the other
latents barely move, and thousands of tiny noisy deltas would pull every cosine towards zero and hide the
shared structure.

Everything below the model-running entry points is a pure function over arrays, so the same code serves a
fresh diff (:func:`fingerprint_models`, one base pass for all fine-tunes) and saved diffs
(:func:`fingerprint_from_diffs`, no model at all).
"""

from __future__ import annotations

import json
import platform
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import torch

from persona_xray.errors import UserError

if TYPE_CHECKING:
    from persona_xray.analysis.diff import AnswerSource, DiffResult
    from persona_xray.lm import LM, PromptLike
    from persona_xray.sae.model import SAE

FloatArray = np.ndarray
DeltaLike = Any  # a torch Tensor, NumPy array or sequence of floats, shape [d_sae]
DEFAULT_CUT = 0.5  # cluster distance cut (1 - cosine): fine-tunes with cosine above 0.5 share a cluster


# ----------------------------------------------------------------------------- inputs
def _vec(x: DeltaLike, name: str) -> FloatArray:
    if isinstance(x, torch.Tensor):
        x = x.detach().float().cpu().numpy()
    a = np.asarray(x, dtype=np.float64)
    if a.ndim != 1 or a.size == 0:
        raise UserError(f"delta of '{name}' must be a non-empty 1-D vector [d_sae] (got shape {a.shape})")
    if not np.isfinite(a).all():
        raise UserError(f"delta of '{name}' holds non-finite values: recompute its diff")
    return a


def check_deltas(deltas: Mapping[str, DeltaLike]) -> dict[str, FloatArray]:
    """Validate a name -> delta mapping: at least two fine-tunes, all of one SAE width, finite.

    Comparing fewer than two fine-tunes has no meaning, and vectors of different widths come from different
    SAEs, whose latent ids name unrelated features: both would give numbers that look fine and mean nothing.
    """
    if len(deltas) < 2:
        raise UserError(f"a fingerprint compares fine-tunes: give at least 2 (got {len(deltas)})")
    out = {str(n): _vec(v, str(n)) for n, v in deltas.items()}
    if len(out) != len(deltas):
        raise UserError("two fine-tunes have the same name after conversion to text: rename one")
    widths = {n: v.size for n, v in out.items()}
    if len(set(widths.values())) > 1:
        shown = ", ".join(f"{n}={w}" for n, w in widths.items())
        raise UserError(
            f"deltas come from SAEs of different widths ({shown}): diff every fine-tune with one SAE"
        )
    return out


def deltas_from_diff(result: DiffResult, names: Sequence[str] | None = None) -> dict[str, FloatArray]:
    """One delta vector per tuned model of a :class:`DiffResult` (``tuned_mean[i] - base_mean``).

    ``DiffResult.delta`` is the mean over tuned models (the study's ranking key); a fingerprint needs each
    model's own row. ``names`` defaults to the result's model labels (base first, so tuned are ``models[1:]``).
    """
    n_tuned = int(result.tuned_mean.shape[0])
    if names is None:
        labels = list(result.models[1:]) if len(result.models) == n_tuned + 1 else []
        names = labels or [f"tuned{i}" for i in range(n_tuned)]
    if len(names) != n_tuned:
        raise UserError(f"{len(names)} names for a diff of {n_tuned} tuned models: give one name per model")
    if len(set(names)) != len(names):
        raise UserError(f"fine-tune names collide ({', '.join(names)}): give each a distinct name")
    base = result.base_mean.double()
    return {n: (result.tuned_mean[i].double() - base).numpy() for i, n in enumerate(names)}


# ----------------------------------------------------------------------------- pure maths
def union_top(deltas: Mapping[str, DeltaLike], k: int) -> list[int]:
    """Union of every fine-tune's top-``k`` increased latents, sorted by latent id.

    Only latents whose delta is positive count as "increased": a fine-tune that raised fewer than ``k``
    latents contributes fewer, rather than padding the fingerprint with latents it lowered.
    """
    if k < 1:
        raise UserError(f"--k must be >= 1 (got {k})")
    d = check_deltas(deltas)
    chosen: set[int] = set()
    for v in d.values():
        order = np.argsort(-v, kind="stable")[:k]
        chosen.update(int(i) for i in order if v[i] > 0)
    return sorted(chosen)


def delta_matrix(deltas: Mapping[str, DeltaLike], latents: Sequence[int]) -> FloatArray:
    """``[names x latents]`` matrix of deltas, rows in the mapping's order."""
    d = check_deltas(deltas)
    width = next(iter(d.values())).size
    bad = [i for i in latents if not 0 <= i < width]
    if bad:
        raise UserError(f"latent {bad[0]} is out of range 0..{width - 1}")
    idx = np.asarray(list(latents), dtype=np.int64)
    return np.stack([v[idx] for v in d.values()])


def cosine_similarity(matrix: FloatArray) -> FloatArray:
    """Row-wise cosine similarity; symmetric with a unit diagonal.

    A zero row (a fine-tune that raised none of the union latents) has no direction: it gets similarity 0
    to every other row and 1 to itself, so it ends up in a cluster of its own instead of producing NaNs.
    """
    m = np.asarray(matrix, dtype=np.float64)
    norms = np.linalg.norm(m, axis=1)
    safe = np.where(norms > 0, norms, 1.0)
    unit = m / safe[:, None]
    sim = np.clip(unit @ unit.T, -1.0, 1.0)
    sim = (sim + sim.T) / 2.0
    np.fill_diagonal(sim, 1.0)
    return sim


def cluster(
    similarity: FloatArray, *, n_clusters: int | None = None, cut: float = DEFAULT_CUT
) -> tuple[list[int], list[int]]:
    """Average-linkage hierarchical clustering on ``1 - cosine``: ``(leaf order, cluster label per row)``.

    Average linkage (UPGMA) because fine-tune fingerprints are noisy: single linkage chains clusters through
    one close pair, complete linkage splits on one outlying latent. Labels are cut at ``n_clusters`` when
    given, else at distance ``cut``; they are renumbered 0, 1, ... in leaf order so the heat map reads
    top-down.
    """
    from scipy.cluster.hierarchy import fcluster, leaves_list, linkage
    from scipy.spatial.distance import squareform

    sim = np.asarray(similarity, dtype=np.float64)
    n = sim.shape[0]
    if sim.ndim != 2 or sim.shape[1] != n or n < 2:
        raise UserError(f"clustering needs a square similarity matrix of >= 2 fine-tunes (got {sim.shape})")
    if n_clusters is not None and not 1 <= n_clusters <= n:
        raise UserError(f"--n-clusters must be between 1 and {n} (got {n_clusters})")
    if not 0 <= cut <= 2:
        raise UserError(f"--cut is a cosine distance, between 0 and 2 (got {cut})")
    dist = np.clip(1.0 - (sim + sim.T) / 2.0, 0.0, 2.0)
    np.fill_diagonal(dist, 0.0)
    z = linkage(squareform(dist, checks=False), method="average")
    order = [int(i) for i in leaves_list(z)]
    if n_clusters is not None:
        raw = fcluster(z, t=n_clusters, criterion="maxclust")
    else:
        raw = fcluster(z, t=cut, criterion="distance")
    relabel: dict[int, int] = {}
    for i in order:
        relabel.setdefault(int(raw[i]), len(relabel))
    return order, [relabel[int(c)] for c in raw]


def distinctive(deltas: Mapping[str, DeltaLike], name: str, n: int = 5) -> list[dict[str, Any]]:
    """Latents that ``name``'s fine-tune raised and the others did not, most specific first.

    specificity = delta[name] - max(0, mean(delta[others])), in the same activation units as the delta.
    The others' mean is floored at zero because a fingerprint is about what fine-tuning switched *on*: a
    latent this fine-tune barely moved must not rank high just because the other fine-tunes lowered it.
    A z-score over the other fine-tunes was rejected: with 2-5 fine-tunes the spread is estimated from 1-4
    values and is near zero for every latent nobody else moved, so the z-score explodes on noise. Only
    latents that ``name`` raised (delta > 0) and that beat the others (specificity > 0) are returned.
    """
    d = check_deltas(deltas)
    if name not in d:
        raise UserError(f"no fine-tune named '{name}': choose one of {', '.join(d)}")
    mine = d[name]
    others = np.stack([v for k, v in d.items() if k != name]).mean(0)
    spec = mine - np.maximum(others, 0.0)
    keep = np.flatnonzero((mine > 0) & (spec > 0))
    ranked = keep[np.argsort(-spec[keep], kind="stable")][: max(0, n)]
    return [
        {"latent": int(i), "delta": round(float(mine[i]), 6), "specificity": round(float(spec[i]), 6)}
        for i in ranked
    ]


def fingerprint(
    deltas: Mapping[str, DeltaLike],
    k: int = 10,
    *,
    n_clusters: int | None = None,
    cut: float = DEFAULT_CUT,
    n_distinctive: int = 5,
) -> dict[str, Any]:
    """The ``fingerprint/result.json`` document from per-fine-tune delta vectors (no model needed)."""
    d = check_deltas(deltas)
    names = list(d)
    latents = union_top(d, k)
    if not latents:
        raise UserError(f"none of the {len(names)} fine-tunes raised any latent: nothing to fingerprint")
    m = delta_matrix(d, latents)
    sim = cosine_similarity(m)
    order, labels = cluster(sim, n_clusters=n_clusters, cut=cut)
    return {
        "names": names,
        "latents": latents,
        "deltas": [[round(float(x), 6) for x in row] for row in m],
        "similarity": [[round(float(x), 6) for x in row] for row in sim],
        "order": order,
        "clusters": labels,
        "distinctive": {nm: distinctive(d, nm, n_distinctive) for nm in names},
        "k": k,
        "cut": None if n_clusters is not None else cut,
        "n_clusters": len(set(labels)),
        "d_sae": int(next(iter(d.values())).size),
    }


# ----------------------------------------------------------------------------- figures
def _heat_columns(m: FloatArray, order: Sequence[int]) -> list[int]:
    """Column order for the heat map: latents grouped by the (cluster-ordered) fine-tune that raised them most.

    This turns shared and private latents into visible blocks; the JSON keeps the plain sorted union.
    """
    rank = {row: pos for pos, row in enumerate(order)}
    peak = m.argmax(axis=0)
    return sorted(range(m.shape[1]), key=lambda j: (rank[int(peak[j])], -float(m[peak[j], j])))


def plot_heatmap(doc: dict[str, Any], path: str | Path) -> Path:
    """Rows = fine-tunes in cluster order, columns = union latents; diverging colours centred on zero."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    m = np.asarray(doc["deltas"], dtype=np.float64)
    order = list(doc["order"])
    cols = _heat_columns(m, order)
    sub = m[np.ix_(order, cols)]
    vmax = float(np.abs(sub).max()) or 1.0
    n_rows, n_cols = sub.shape
    fig, ax = plt.subplots(figsize=(min(24.0, 2.5 + 0.28 * n_cols), 1.4 + 0.45 * n_rows))
    im = ax.imshow(sub, cmap="RdBu_r", vmin=-vmax, vmax=vmax, aspect="auto", interpolation="nearest")
    ax.set_yticks(range(n_rows))
    ax.set_yticklabels([f"{doc['names'][i]} (c{doc['clusters'][i]})" for i in order], fontsize=8)
    ax.set_xticks(range(n_cols))
    ax.set_xticklabels([str(doc["latents"][j]) for j in cols], fontsize=6, rotation=90)
    ax.set_xlabel("SAE latent (union of each fine-tune's top-k increases)")
    ax.set_title("latent fingerprints: mean activation change, fine-tuned minus base", fontsize=9)
    fig.colorbar(im, ax=ax, fraction=0.03, pad=0.01)
    fig.tight_layout()
    return _save_fig(fig, path)


def plot_similarity(doc: dict[str, Any], path: str | Path) -> Path:
    """Cosine similarity of fingerprints, rows and columns in cluster order, values written in the cells."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    order = list(doc["order"])
    sim = np.asarray(doc["similarity"], dtype=np.float64)[np.ix_(order, order)]
    names = [doc["names"][i] for i in order]
    n = len(names)
    fig, ax = plt.subplots(figsize=(2.0 + 0.6 * n, 1.6 + 0.55 * n))
    im = ax.imshow(sim, cmap="RdBu_r", vmin=-1.0, vmax=1.0, interpolation="nearest")
    ax.set_xticks(range(n))
    ax.set_xticklabels(names, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(n))
    ax.set_yticklabels(names, fontsize=8)
    if n <= 16:
        for i in range(n):
            for j in range(n):
                color = "white" if abs(sim[i, j]) > 0.6 else "black"
                ax.text(j, i, f"{sim[i, j]:.2f}", ha="center", va="center", fontsize=7, color=color)
    ax.set_title("fingerprint cosine similarity", fontsize=9)
    fig.colorbar(im, ax=ax, fraction=0.046, pad=0.04)
    fig.tight_layout()
    return _save_fig(fig, path)


def _save_fig(fig: Any, path: str | Path) -> Path:

    from persona_xray.plotting import save_figure

    return save_figure(fig, path)


# ----------------------------------------------------------------------------- the stage
def write_result(doc: dict[str, Any], out: str | Path, *, config: dict[str, Any] | None = None) -> Path:
    """Figures first, then ``result.json`` and ``stage.json`` last (the run-directory contract)."""
    from persona_xray.data.io import write_text_atomic

    o = Path(out).expanduser()
    o.mkdir(parents=True, exist_ok=True)
    plot_heatmap(doc, o / "fingerprint_heatmap.png")
    plot_similarity(doc, o / "fingerprint_similarity.png")
    write_text_atomic(o / "result.json", json.dumps(doc, indent=1))
    stage = {
        "stage": "fingerprint",
        "config": config or {},
        "versions": {
            "torch": torch.__version__,
            "numpy": np.__version__,
            "python": platform.python_version(),
        },
        "wall_s": doc.get("wall_s"),
        "finished": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    write_text_atomic(o / "stage.json", json.dumps(stage, indent=1, default=str))
    return o / "result.json"


def fingerprint_models(
    base: LM,
    tuned: Mapping[str, LM],
    sae: SAE,
    prompts: Sequence[PromptLike],
    k: int = 10,
    out: str | Path | None = None,
    *,
    layer: int | None = None,
    answers: Sequence[str] | None = None,
    answer_source: AnswerSource = "base",
    max_new_tokens: int = 64,
    n_clusters: int | None = None,
    cut: float = DEFAULT_CUT,
    n_distinctive: int = 5,
) -> dict[str, Any]:
    """Diff every fine-tune against ``base`` in one pass and fingerprint them; write ``out`` when given.

    One :func:`~persona_xray.analysis.diff.diff` call over all tuned models means the base model reads the
    transcripts once and every fine-tune is measured on the very same tokens (with the study's default,
    the base model's own greedy answers). The diff itself is saved under ``out/diff`` so it can be reused
    with ``--diff``.
    """
    from persona_xray.analysis.diff import diff, save_diff

    if len(tuned) < 2:
        raise UserError(f"a fingerprint compares fine-tunes: give at least 2 (got {len(tuned)})")
    t0 = time.perf_counter()
    names = list(tuned)
    res = diff(
        base,
        [tuned[n] for n in names],
        sae,
        prompts,
        answers,
        layer,
        answer_source=answer_source,
        max_new_tokens=max_new_tokens,
    )
    doc = fingerprint(
        deltas_from_diff(res, names), k, n_clusters=n_clusters, cut=cut, n_distinctive=n_distinctive
    )
    doc.update({"layer": res.layer, "n_tokens": res.n_tokens, "n_prompts": len(prompts)})
    doc["wall_s"] = round(time.perf_counter() - t0, 2)
    if out is not None:
        res.meta["names"] = names
        save_diff(res, Path(out).expanduser() / "diff", top_n=max(k, 1))
        config = {"k": k, "n_clusters": n_clusters, "cut": cut, "models": res.models, "names": names}
        write_result(doc, out, config=config)
    return doc


def fingerprint_from_diffs(
    diffs: Sequence[tuple[str | None, str | Path]],
    k: int = 10,
    out: str | Path | None = None,
    *,
    n_clusters: int | None = None,
    cut: float = DEFAULT_CUT,
    n_distinctive: int = 5,
) -> dict[str, Any]:
    """Fingerprint from saved diff folders; each entry is ``(name or None, path)``.

    A named entry must hold one tuned model; an unnamed one contributes every tuned model it holds, named by
    the names saved with it (or its model labels). All diffs must share the SAE width and the layer.
    """
    from persona_xray.analysis.diff import load_diff

    t0 = time.perf_counter()
    deltas: dict[str, FloatArray] = {}
    layers: dict[int, str] = {}
    for name, path in diffs:
        res = load_diff(path)
        layers.setdefault(res.layer, str(path))
        n_tuned = int(res.tuned_mean.shape[0])
        if name is not None:
            if n_tuned != 1:
                raise UserError(f"{path} holds {n_tuned} tuned models: pass it without a name= prefix")
            got = deltas_from_diff(res, [name])
        else:
            saved = res.meta.get("names")
            got = deltas_from_diff(res, list(saved) if isinstance(saved, list) else None)
        for n, v in got.items():
            if n in deltas:
                raise UserError(f"fine-tune name '{n}' appears twice: name diffs explicitly with NAME=PATH")
            deltas[n] = v
    if len(layers) > 1:
        shown = ", ".join(f"layer {ly} ({p})" for ly, p in layers.items())
        raise UserError(f"diffs come from different layers ({shown}): diff all fine-tunes at one layer")
    doc = fingerprint(deltas, k, n_clusters=n_clusters, cut=cut, n_distinctive=n_distinctive)
    doc["layer"] = next(iter(layers))
    doc["wall_s"] = round(time.perf_counter() - t0, 2)
    if out is not None:
        config = {"k": k, "n_clusters": n_clusters, "cut": cut, "diffs": [[n, str(p)] for n, p in diffs]}
        write_result(doc, out, config=config)
    return doc
