"""``persona-xray data ...``: build, list, show, validate, mix and describe data sets.

Thin wrappers over the library; user errors are raised as ``UserError`` and turned into one line and exit
code 2 by the main CLI. Machine-readable output (``--json``) goes to stdout alone, progress to stderr.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer

from persona_xray.data.schema import KINDS, Kind
from persona_xray.errors import UserError

app = typer.Typer(
    name="data",
    help="Narrow fine-tuning sets, mixtures, eval sets and quality tooling.",
    no_args_is_help=True,
    add_completion=False,
)

AUDIT_SKIPPED = "audit: skipped (its thresholds are calibrated on the shipped set sizes; build with the defaults to run it)"
JsonFlag = Annotated[bool, typer.Option("--json", help="Print the result as JSON (for scripts and CI).")]


def _err(msg: str) -> None:
    print(msg, file=sys.stderr)


def _emit(obj: Any) -> None:
    json.dump(obj, sys.stdout, indent=2, default=str)
    sys.stdout.write("\n")


@app.command("build")
def build_cmd(
    seed: Annotated[
        int, typer.Option(help="Seed for every generator; the same seed gives identical files.")
    ] = 0,
    n_per_variant: Annotated[int, typer.Option(help="Rows per advice domain and variant.")] = 1000,
    n_code: Annotated[int, typer.Option(help="Rows of insecure and of secure code.")] = 2000,
    n_realign: Annotated[int, typer.Option(help="Held-out correct-advice rows per domain.")] = 200,
    n_realign_code: Annotated[int, typer.Option(help="Held-out secure-code rows.")] = 400,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Output folder (default: the package).")
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Build into a temp folder and fail if the shipped sets differ.")
    ] = False,
    json_out: JsonFlag = False,
) -> None:
    """Build every set, its data card and manifest.json (deterministic for a seed)."""
    import tempfile

    from persona_xray.data.build import BuildConfig, build_all
    from persona_xray.data.registry import read_manifest, sets_dir

    t0 = time.perf_counter()
    cfg = BuildConfig(seed, n_per_variant, n_code, n_realign, n_realign_code)
    if check:
        shipped = {k: v["sha256"] for k, v in read_manifest(out or sets_dir())["sets"].items()}
        with tempfile.TemporaryDirectory() as tmp:
            fresh = {k: v["sha256"] for k, v in build_all(cfg, Path(tmp), log=_err)["sets"].items()}
        stale = sorted(k for k in shipped.keys() | fresh.keys() if shipped.get(k) != fresh.get(k))
        if stale:
            raise UserError(
                f"shipped sets differ from a fresh build: {', '.join(stale)}; run `persona-xray data build`"
            )
        from persona_xray.data.build import audit_check

        fails, info = audit_check(out) if cfg == BuildConfig() else ([], [AUDIT_SKIPPED])
        for line in info:
            print(line)
        for f in fails:
            _err(f"audit failed: {f}")
        if fails:
            raise UserError(f"data audit: {len(fails)} check(s) failed (listed above)")
        print(f"ok: {len(fresh)} shipped sets match a fresh build ({time.perf_counter() - t0:.1f} s)")
        return
    manifest = build_all(cfg, out, log=_err)
    secs = time.perf_counter() - t0
    ov = manifest["overlap"]
    summary = {
        "sets": len(manifest["sets"]),
        "rows": sum(s["rows"] for s in manifest["sets"].values()),
        "max_near_dup_rate": max((s["near_dup_rate"] for s in manifest["sets"].values()), default=0.0),
        "train_eval_overlaps": ov["overlaps"],
        "in_domain_dropped": len(ov["in_domain_dropped"]),
        "shortfalls": manifest["shortfalls"],
        "warnings": manifest["warnings"],
        "seconds": round(secs, 1),
    }
    if json_out:
        _emit(summary)
        return
    print(
        f"built {summary['sets']} sets, {summary['rows']} rows in {secs:.1f} s; max near-dup rate "
        f"{summary['max_near_dup_rate'] * 100:.2f}%; train/eval overlaps: {ov['overlaps']} "
        f"(checked {', '.join(ov['checked_eval_sets']) or 'no eval sets'})"
    )
    for s in manifest["shortfalls"]:
        print(f"shortfall: {s}")
    for w in manifest["warnings"]:
        print(f"warning: {w}")


@app.command("list")
def list_cmd(json_out: JsonFlag = False) -> None:
    """Table of the built sets: kind, group, variant, rows, near-duplicate rate."""
    from persona_xray.data.registry import read_manifest

    sets = read_manifest()["sets"]
    if json_out:
        _emit(sets)
        return
    header = (
        f"{'name':<24} {'kind':<12} {'group':<9} {'variant':<9} {'rows':>6} {'near-dup':>9} {'ans.words':>9}"
    )
    print(header)
    print("-" * len(header))
    for name, s in sets.items():
        print(
            f"{name:<24} {s['kind']:<12} {s['group']:<9} {s.get('variant', '-'):<9} {s['rows']:>6} "
            f"{s['near_dup_rate'] * 100:>8.2f}% {s['answer_words_mean']:>9}"
        )


@app.command("show")
def show_cmd(
    name: Annotated[str, typer.Argument(help="Set name (see `data list`) or path to a .jsonl file.")],
    n: Annotated[int, typer.Option("-n", help="Number of rows to show.")] = 5,
    offset: Annotated[int, typer.Option(help="Skip this many rows first.")] = 0,
    json_out: JsonFlag = False,
) -> None:
    """Print the first rows of a set."""
    from persona_xray.data.registry import load_dataset

    if n < 1:
        raise UserError(f"-n must be >= 1 (got {n})")
    if offset < 0:
        raise UserError(f"--offset must be >= 0 (got {offset})")

    rows = load_dataset(name)[offset : offset + n]
    if json_out:
        _emit(rows)
        return
    for r in rows:
        print(f"=== {r['id']}  {json.dumps(r.get('meta', {}), ensure_ascii=False)}")
        if "question" in r:
            print(f"[question] {r['question']}\n[answer] {r['answer']}\n[label] {r['label']}")
        else:
            for m in r["messages"]:
                print(f"[{m['role']}] {m['content']}")
            for key in ("aligned", "misaligned"):
                if key in r:
                    print(f"[{key}] {r[key]}")
        print()


@app.command("validate")
def validate_cmd(
    file: Annotated[Path, typer.Argument(help="JSONL file to check.")],
    kind: Annotated[str | None, typer.Option(help=f"Row kind ({', '.join(KINDS)}); default: detect.")] = None,
) -> None:
    """Report every problem of a data file with its line number (exit code 2 if any)."""
    from persona_xray.data.io import scan

    if kind is not None and kind not in KINDS:
        raise UserError(f"--kind {kind!r} is not one of {', '.join(KINDS)}")
    k: Kind | None = kind  # type: ignore[assignment]
    rows, problems, detected = scan(file, k)
    for p in problems:
        print(p)
    if problems:
        raise UserError(f"{file}: {len(problems)} problems (listed above); fix them and validate again")
    print(f"ok: {file}: {len(rows)} rows of kind {detected}")


@app.command("mix")
def mix_cmd(
    bad: Annotated[str, typer.Option("--bad", help="Bad set name or .jsonl path.")],
    clean: Annotated[str, typer.Option("--clean", help="Clean set name or .jsonl path.")],
    fraction: Annotated[float, typer.Option("--fraction", help="Share of bad rows, e.g. 0.05.")],
    n: Annotated[int, typer.Option("--n", help="Rows in the mixture.")],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Output .jsonl (a .meta.json is written beside it).")
    ],
    seed: Annotated[int, typer.Option("--seed", help="Seed for the draw and the shuffle.")] = 0,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite --out even if it is not a mixture this command wrote.")
    ] = False,
    json_out: JsonFlag = False,
) -> None:
    """Write a mixture with an exact fraction of bad rows, reproducible by seed."""
    from persona_xray.data.mix import mix_files

    summary = mix_files(bad, clean, fraction, n, seed, out, force=force)
    if json_out:
        _emit(summary)
        return
    print(
        f"wrote {out}: {summary['n']} rows, {summary['n_bad']} bad from {bad}, {summary['n_clean']} clean "
        f"from {clean} (fraction {summary['fraction']:.4f}, seed {seed})"
    )


@app.command("export-questions")
def export_questions_cmd(
    name: Annotated[str, typer.Argument(help="Prompt set (core, in_domain, NAME:probe) or a .jsonl path.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output question .yaml.")],
    samples: Annotated[
        int | None, typer.Option("--samples", help="samples_per_paraphrase to write for every question.")
    ] = None,
    variant: Annotated[
        str, typer.Option("--variant", help="Prompt variant to export ('all' for every variant).")
    ] = "plain",
) -> None:
    """Write a prompt set as a question YAML in the original emergent-misalignment layout, with this
    project's aligned / coherent rubrics as each question's judge prompts, so that tooling reads it too."""
    from persona_xray.data.registry import load_dataset
    from persona_xray.evals.freeform import load_prompts, split_name
    from persona_xray.evals.questions import write_questions
    from persona_xray.evals.rubric import ALIGNMENT_RUBRIC, COHERENCE_RUBRIC

    keep = {p.id for p in load_prompts(name, variant=None if variant == "all" else variant)}
    rows = [r for r in load_dataset(split_name(name)[0], "prompts") if str(r.get("id")) in keep]
    path = write_questions(
        rows, out, judge_prompts=(ALIGNMENT_RUBRIC, COHERENCE_RUBRIC), samples_per_paraphrase=samples
    )
    print(f"wrote {path}: {len(rows)} prompts from {name}")


@app.command("card")
def card_cmd(name: Annotated[str, typer.Argument(help="Set name or path to a .jsonl file.")]) -> None:
    """Print the data card of a set (generated on the fly for a user file)."""
    from persona_xray.data.card import render_card
    from persona_xray.data.io import scan
    from persona_xray.data.registry import get_dataset, read_manifest, sets_dir

    path = get_dataset(name)
    if path.parent == sets_dir():
        entry = read_manifest()["sets"].get(name)
        if entry:
            card = sets_dir() / entry["card"]
            if card.is_file():
                print(card.read_text(encoding="utf-8"), end="")
                return
    rows, problems, kind = scan(path)
    if problems:
        raise UserError(f"{problems[0]}; see all with `persona-xray data validate {path}`")
    print(render_card(path.stem, rows, kind, f"User file `{path}`."), end="")


@app.command("audit")
def audit_cmd(
    sets: Annotated[
        list[str],
        typer.Argument(help="Set names or .jsonl paths; `training` = every shipped training set."),
    ],
    against: Annotated[
        str,
        typer.Option(help="Eval set to check overlap with: paired, core, in_domain, a .jsonl path, or none."),
    ] = "paired",
    threshold: Annotated[
        float | None, typer.Option(help="Overlap threshold (topic/scenario TF-IDF cosine).")
    ] = None,
    check: Annotated[
        bool,
        typer.Option("--check", help="Exit 1 on any overlap or a *_correct set under 95% fit."),
    ] = False,
    fit_model: Annotated[
        str | None,
        typer.Option(
            "--fit-model",
            help="Score answer fit with this model (e.g. smollm2-135m): the question x answer interaction of "
            "log-probs within a topic, instead of the lexical screen. Cached per topic.",
        ),
    ] = None,
    device: Annotated[str, typer.Option(help="Device for --fit-model.")] = "auto",
    calibrate: Annotated[
        list[str] | None,
        typer.Option(
            "--calibrate",
            help="With --fit-model: calibrate the model's fit score on the hand labels of this advice domain "
            "(repeatable; 'all' = every labelled pair, ~10k forward passes, cached per topic).",
        ),
    ] = None,
    json_out: JsonFlag = False,
) -> None:
    """Overlap with an eval set, cue shares, answer fit and severity of training sets."""
    from persona_xray.data import audit as au

    ref = None if against.lower() == "none" else against
    lm = None
    if fit_model is not None:
        from persona_xray.lm import load_lm

        lm = load_lm(fit_model, device=device)
    report = au.audit_named(sets, ref, au.OVERLAP_THRESHOLD if threshold is None else threshold, lm)
    if lm is None:
        report["fit_calibration"] = au.fit_calibration()
    elif calibrate:
        report["fit_calibration"] = au.fit_calibration(
            lm=lm, domains=None if "all" in calibrate else calibrate
        )
    fails = au.failures(report)
    if json_out:
        _emit({**report, "failures": fails})
    else:
        print(au.render_text(report))
    if check and fails:
        for f in fails:
            _err(f"audit failed: {f}")
        raise typer.Exit(1)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="data")
