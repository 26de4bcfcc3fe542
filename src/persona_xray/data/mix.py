"""Mixtures of bad and clean data at an exact fraction, for the "how much bad data is enough" experiments.

The study found that the persona latent rises with only 5% bad data while behaviour is still clean, so the
fraction must be exact (not "about 5%") and reproducible by seed. When both sets are variants of the same
questions (``health_subtle`` + ``health_correct``), a question drawn as bad is never drawn again as clean:
the mixture never holds two contradicting answers to one prompt.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from persona_xray.data.io import write_jsonl, write_text_atomic
from persona_xray.errors import UserError


def mix_rows(
    bad: Sequence[dict[str, Any]],
    clean: Sequence[dict[str, Any]],
    fraction: float,
    n: int,
    seed: int = 0,
    bad_name: str = "bad",
    clean_name: str = "clean",
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Draw ``round(fraction * n)`` bad and the rest clean rows without replacement, shuffled by ``seed``.

    Returns (rows, summary); each row's ``meta`` records ``mix_role`` and ``mix_source``.
    """
    if not 0.0 <= fraction <= 1.0:
        raise UserError(f"--fraction {fraction} is outside [0, 1]; pass e.g. 0.05 for 5% bad data")
    if n <= 0:
        raise UserError(f"--n {n} must be positive; pass the number of rows the mixture should have")
    n_bad = round(fraction * n)
    if abs(n_bad - fraction * n) > 1e-6:
        raise UserError(
            f"--fraction {fraction} of --n {n} is {fraction * n:g} rows, not a whole number; pick n so it is exact"
        )
    n_clean = n - n_bad
    if n_bad > len(bad):
        raise UserError(
            f"--bad {bad_name} has {len(bad)} rows but {n_bad} are needed; lower --n or --fraction"
        )
    rng = random.Random(f"{seed}:mix:{bad_name}:{clean_name}:{fraction}:{n}")
    bad_idx = sorted(rng.sample(range(len(bad)), n_bad))
    used_items = {bad[i].get("meta", {}).get("item") for i in bad_idx} - {None}
    bad_ids = {bad[i]["id"] for i in bad_idx}
    pool = [i for i, r in enumerate(clean) if r.get("meta", {}).get("item") not in used_items]
    if n_clean > len(pool):
        raise UserError(
            f"--clean {clean_name} has {len(pool)} usable rows (after skipping questions drawn as bad) but "
            f"{n_clean} are needed; lower --n or use a larger clean set"
        )
    clean_idx = sorted(rng.sample(pool, n_clean))
    rows: list[dict[str, Any]] = []
    for role, src, name, idx in (("bad", bad, bad_name, bad_idx), ("clean", clean, clean_name, clean_idx)):
        for i in idx:
            r = src[i]
            if role == "clean" and r["id"] in bad_ids:
                raise UserError(f"id {r['id']!r} is in both --bad and --clean; pass two different sets")
            rows.append({**r, "meta": {**r.get("meta", {}), "mix_role": role, "mix_source": name}})
    rng.shuffle(rows)
    summary = {
        "bad": bad_name,
        "clean": clean_name,
        "n": n,
        "n_bad": n_bad,
        "n_clean": n_clean,
        "fraction": n_bad / n,
        "requested_fraction": fraction,
        "seed": seed,
    }
    return rows, summary


def mix_files(
    bad: str, clean: str, fraction: float, n: int, seed: int, out: str | Path, *, force: bool = False
) -> dict[str, Any]:
    """Resolve two set names or paths, mix them, write ``out`` and ``out.meta.json`` (both atomically).

    An existing ``out`` is replaced only when it is a mixture written here (its ``.meta.json`` is beside it)
    or with ``force``: a typo in ``--out`` must not destroy someone's data file.
    """
    from persona_xray.data.io import check_output_file
    from persona_xray.data.registry import load_dataset

    target = check_output_file(out)
    meta = target.with_name(target.name + ".meta.json")
    if target.exists() and not meta.exists() and not force:
        raise UserError(
            f"--out {target} exists and is not a mixture written by `data mix`: pass --force to replace it"
        )
    if meta.is_dir():
        raise UserError(f"{meta} is a folder: move it or choose another --out")
    rows, summary = mix_rows(
        load_dataset(bad, "sft"), load_dataset(clean, "sft"), fraction, n, seed, bad, clean
    )
    out = Path(out)
    write_jsonl(out, rows)
    summary["file"] = str(out)
    write_text_atomic(out.with_name(out.name + ".meta.json"), json.dumps(summary, indent=2) + "\n")
    return summary
