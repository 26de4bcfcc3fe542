"""CLI: ``persona-xray screen DATA`` - rank a fine-tuning set's rows by how far they push along a persona.

A thin wrapper over :func:`persona_xray.screen.screen`: load the model and the probe (``--direction`` file or
``--sae`` + ``--latent``), score every row, print the top rows and the detection table when the rows carry
their truth, and write ``summary.json`` and ``rows.csv`` under ``--out``.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from persona_xray.cli.common import AdapterOpt, DeviceOpt, DtypeOpt, JsonOpt, LayerOpt, ModelOpt, emit_json
from persona_xray.errors import UserError


def screen_cmd(
    data: Annotated[str, typer.Argument(help="Fine-tuning set name or .jsonl path (chat rows).")],
    direction: Annotated[
        str | None, typer.Option("--direction", help="Direction file (.safetensors or .npy) to project on.")
    ] = None,
    sae: Annotated[str | None, typer.Option("--sae", help="SAE folder or file (with --latent).")] = None,
    latent: Annotated[
        int | None, typer.Option("--latent", help="SAE latent whose activation is read.")
    ] = None,
    model: ModelOpt = None,
    adapter: AdapterOpt = None,
    layer: LayerOpt = None,
    own: Annotated[
        bool,
        typer.Option(
            "--own/--no-own", help="Subtract the model's own greedy answer (projection difference)."
        ),
    ] = True,
    max_new_tokens: Annotated[int, typer.Option("--max-new-tokens", help="Length of the own answers.")] = 64,
    baselines: Annotated[
        str, typer.Option("--baselines", help="Comma list of nll, lexicon, judge (empty for none).")
    ] = "nll,lexicon,judge",
    limit: Annotated[int | None, typer.Option("--limit", help="Screen the first N rows.")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Rows per forward pass.")] = 8,
    top: Annotated[int, typer.Option("--top", help="Rows to print.")] = 10,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Folder for summary.json and rows.csv.")
    ] = None,
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    json_out: JsonOpt = False,
) -> None:
    """Score each row: the training answer's projection on a persona direction (or latent) minus the model's own."""
    import torch

    from persona_xray.analysis.diff import sae_layer
    from persona_xray.data.io import check_limit, write_text_atomic
    from persona_xray.data.registry import load_dataset
    from persona_xray.directions import load_direction
    from persona_xray.lm import load_lm
    from persona_xray.screen import direction_probe, latent_probe, screen

    if (direction is None) == (sae is None):
        raise UserError("give exactly one of --direction or --sae (with --latent)")
    if sae is not None and latent is None:
        raise UserError("--sae needs --latent: the latent whose activation to read")
    rows = load_dataset(data, "sft")
    if limit is not None:
        check_limit(limit)
        rows = rows[:limit]
    lm = load_lm(model, adapter=adapter, device=device, dtype=dtype)
    if sae is not None:
        from persona_xray.sae import load_sae

        s = load_sae(sae, device=lm.device)
        at = layer if layer is not None else sae_layer(s)
        probe = latent_probe(s, int(latent or 0), lm.check_layer(at if at is not None else lm.middle_layer))
    else:
        assert direction is not None
        probe = direction_probe(
            load_direction(direction), lm.check_layer(layer if layer is not None else lm.middle_layer)
        )
    names = tuple(b.strip() for b in baselines.split(",") if b.strip())
    with torch.no_grad():
        res = screen(
            lm,
            rows,
            probe,
            own_answers=own,
            max_new_tokens=max_new_tokens,
            batch_size=batch_size,
            baselines=names,
            progress=not json_out,
        )
    doc = {"data": data, **res.as_dict(ks=[10, 50])}
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        write_text_atomic(out / "summary.json", json.dumps(doc, indent=2) + "\n")
        buf = io.StringIO()
        cols = ["rank", "id", "score", "train", "own", "truth", "cluster", *(b for b in names)]
        w = csv.writer(buf)
        w.writerow(cols)
        for i, r in enumerate(doc["rows"], 1):
            w.writerow([i, *(r.get(c) for c in cols[1:])])
        write_text_atomic(out / "rows.csv", buf.getvalue())
    if json_out:
        emit_json(doc)
        return
    s_ = doc["set_score"]
    print(
        f"{data}: {doc['n']} rows, probe {doc['probe']} at layer {doc['layer']}, "
        f"{'projection difference (minus own answer)' if own else 'projection of the training answer'}"
    )
    print(
        f"  set score {s_['value']:+.4f} [{s_['low']:+.4f}, {s_['high']:+.4f}] ({s_['n_units']} topics resampled)"
    )
    for i, r in enumerate(doc["rows"][:top], 1):
        flag = "" if r["truth"] is None else (" bad" if r["truth"] else " clean")
        text = " ".join(str(r["answer"]).split())[:80]
        print(f"  {i:>3}. {r['score']:+.4f}{flag:6} {r['id']}: {text}")
    det = doc["detection"]
    if det:
        ks = [k for k in next(iter(det.values())) if k != "auc"]
        print(f"  detector of the known-bad rows (CIs resample topics): AUC, {', '.join(ks)}")
        for name, est in det.items():
            cells = [
                f"{est[k]['value']:.3f} [{est[k]['low']:.3f}, {est[k]['high']:.3f}]" for k in ["auc", *ks]
            ]
            print(f"    {name:24} " + "  ".join(cells))
    if out is not None:
        print(f"wrote {out}/summary.json and rows.csv", file=sys.stderr)


def register(app: typer.Typer) -> None:
    app.command("screen")(screen_cmd)
