"""CLI: ``persona-xray fingerprint`` - compare the latent fingerprints of several fine-tunes.

Two sources: fine-tune adapters on one base model (``--adapter NAME=PATH``, repeatable; one diff pass over all
of them), or saved diff folders (``--diff [NAME=]PATH``, no model loaded). Wire into the app with
``register(app)``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from persona_xray.cli.common import DeviceOpt, DtypeOpt, JsonOpt, LayerOpt, emit_json
from persona_xray.errors import UserError


def _default_name(path: str) -> str:
    """``runs/x/finetune/health_obvious/final`` -> ``health_obvious``: the run folder names the fine-tune."""
    p = Path(path.rstrip("/"))
    if p.name in ("final", "adapter", "diff") or p.name.startswith("step-"):
        return p.parent.name if p.parent.name not in ("", "checkpoints") else p.parent.parent.name
    return p.name


def parse_named(values: list[str], flag: str, *, require_name: bool = False) -> list[tuple[str | None, str]]:
    """``NAME=PATH`` or ``PATH`` items; names must be distinct (a collision would silently merge two rows)."""
    out: list[tuple[str | None, str]] = []
    for v in values:
        name, sep, path = v.partition("=")
        if not sep:
            name, path = "", v
        name, path = name.strip(), path.strip()
        if not path:
            raise UserError(f"{flag} '{v}' has no path: use {flag} NAME=PATH")
        if not name and require_name:
            name = _default_name(path)
        out.append((name or None, path))
    names = [n for n, _ in out if n is not None]
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        raise UserError(
            f"fine-tune name '{dup[0]}' is used twice in {flag}: give each NAME=PATH a distinct name"
        )
    return out


def fingerprint_cmd(
    adapter: Annotated[
        list[str] | None,
        typer.Option(
            "--adapter", help="NAME=PATH of a fine-tune adapter on the base model (repeatable, >= 2)."
        ),
    ] = None,
    diff_path: Annotated[
        list[str] | None,
        typer.Option("--diff", help="[NAME=]PATH of a saved diff folder (repeatable); needs no model."),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option("--model", "-m", help="Base model: short name, HF id or folder (default bundled)."),
    ] = None,
    sae: Annotated[
        str | None, typer.Option("--sae", help="SAE folder; default: the base model's default.")
    ] = None,
    layer: LayerOpt = None,
    prompts: Annotated[str, typer.Option("--prompts", help="Prompt set name or JSONL file.")] = "core",
    limit: Annotated[int | None, typer.Option(help="Use only the first N prompts.")] = None,
    answers: Annotated[
        str, typer.Option("--answers", help="Whose greedy answers to append: base, tuned, both or none.")
    ] = "base",
    max_new_tokens: Annotated[int, typer.Option("--max-new-tokens")] = 64,
    k: Annotated[int, typer.Option("--k", help="Top increased latents per fine-tune in the union.")] = 10,
    n_clusters: Annotated[
        int | None, typer.Option("--n-clusters", help="Cut the tree into this many clusters.")
    ] = None,
    cut: Annotated[
        float, typer.Option("--cut", help="Else cut at this cosine distance (1 - similarity).")
    ] = 0.5,
    n_distinctive: Annotated[
        int, typer.Option("--distinctive", help="Distinctive latents per fine-tune.")
    ] = 5,
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Stage folder for result.json and figures.")
    ] = Path("runs/fingerprint"),
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    json_out: JsonOpt = False,
) -> None:
    """Which latents did each fine-tune switch on, and which fine-tunes resemble each other?"""
    from persona_xray.analysis.fingerprint import fingerprint_from_diffs, fingerprint_models

    if adapter and diff_path:
        raise UserError("give either --adapter (run the models) or --diff (saved diffs), not both")
    if answers not in ("base", "tuned", "both", "none"):
        raise UserError(f"--answers must be base, tuned, both or none (got '{answers}')")
    if diff_path:
        doc = fingerprint_from_diffs(
            parse_named(diff_path, "--diff"),
            k,
            out,
            n_clusters=n_clusters,
            cut=cut,
            n_distinctive=n_distinctive,
        )
    else:
        named = parse_named(adapter or [], "--adapter", require_name=True)
        if len(named) < 2:
            raise UserError(
                "a fingerprint compares fine-tunes: pass --adapter NAME=PATH at least twice (or --diff)"
            )
        from persona_xray.evals.freeform import load_prompts
        from persona_xray.lm import load_lm
        from persona_xray.sae import load_default_sae, load_sae

        s = load_sae(sae) if sae else load_default_sae(model, layer)
        ps = [p.chat() for p in load_prompts(prompts, limit=limit)]
        base = load_lm(model, device=device, dtype=dtype)
        tuned = {str(n): load_lm(model, adapter=p, device=device, dtype=dtype) for n, p in named}
        doc = fingerprint_models(
            base,
            tuned,
            s,
            ps,
            k,
            out,
            layer=layer,
            answer_source=answers,  # type: ignore[arg-type]
            max_new_tokens=max_new_tokens,
            n_clusters=n_clusters,
            cut=cut,
            n_distinctive=n_distinctive,
        )
    if json_out:
        emit_json(doc)
        return
    names = doc["names"]
    print(f"fingerprints of {len(names)} fine-tunes over {len(doc['latents'])} union latents (k={k})")
    width = max(len(n) for n in names)
    for i in doc["order"]:
        top = ", ".join(f"#{d['latent']} ({d['specificity']:+.3f})" for d in doc["distinctive"][names[i]][:3])
        print(f"  cluster {doc['clusters'][i]}  {names[i]:<{width}}  distinctive: {top or '-'}")
    print("cosine similarity (cluster order):")
    for i in doc["order"]:
        row = " ".join(f"{doc['similarity'][i][j]:+.2f}" for j in doc["order"])
        print(f"  {names[i]:<{width}}  {row}")
    print(f"wrote {out}/result.json and figures; wall {doc.get('wall_s', 0):.1f} s", file=sys.stderr)


def register(app: typer.Typer) -> None:
    app.command("fingerprint")(fingerprint_cmd)
