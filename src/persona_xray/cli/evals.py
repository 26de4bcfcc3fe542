"""``persona-xray eval ...``, ``persona-xray judge FILE`` and ``persona-xray serve``."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated, Any

import typer

from persona_xray.cli.common import (
    AdapterOpt,
    AlphaOpt,
    DeviceOpt,
    DirectionOpt,
    DtypeOpt,
    JsonOpt,
    LayerOpt,
    ModelOpt,
    PersonaOpt,
    emit_json,
    steering_from_options,
)
from persona_xray.data.io import check_output_file
from persona_xray.errors import UserError
from persona_xray.evals.judges import build_judge

app = typer.Typer(
    help="Measure misalignment: free-form with a judge, or the judge-free paired eval.", no_args_is_help=True
)

JudgeOpt = Annotated[str, typer.Option("--judge", help="offline (default, no network), local or api.")]
JudgeUrlOpt = Annotated[
    str | None, typer.Option("--judge-url", help="api judge: OpenAI-compatible base URL.")
]
JudgeModelOpt = Annotated[
    str | None, typer.Option("--judge-model", help="api: model name; local/offline: model.")
]
InsecureOpt = Annotated[
    bool,
    typer.Option(
        "--allow-insecure", help="api judge: allow sending the key over plain http to a non-local host."
    ),
]
OutOpt = Annotated[Path | None, typer.Option("--out", "-o", help="Also write the result JSON here.")]


def _write(out: Path | None, obj: dict[str, Any]) -> None:
    if out is not None:
        from persona_xray.data.io import write_text_atomic

        write_text_atomic(out, json.dumps(obj, indent=1))


@app.command("freeform")
def freeform(
    prompts: Annotated[str, typer.Option(help="Prompt set name (core, in_domain) or a JSONL file.")] = "core",
    n: Annotated[int, typer.Option(help="Samples per prompt.")] = 8,
    temperature: float = 1.0,
    max_new_tokens: Annotated[int, typer.Option("--max-new-tokens")] = 96,
    seed: int = 0,
    limit: Annotated[int | None, typer.Option(help="Use only the first N prompts.")] = None,
    model: ModelOpt = None,
    adapter: AdapterOpt = None,
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    judge: JudgeOpt = "offline",
    judge_url: JudgeUrlOpt = None,
    judge_model: JudgeModelOpt = None,
    allow_insecure: InsecureOpt = False,
    direction: DirectionOpt = None,
    persona: PersonaOpt = None,
    alpha: AlphaOpt = 0.0,
    layer: LayerOpt = None,
    out: OutOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Sample answers to open-ended prompts, judge them, and report the misalignment rate with a 95% CI."""
    from persona_xray.evals.freeform import Sampling, freeform_eval, load_prompts
    from persona_xray.lm import load_lm

    if out is not None:
        check_output_file(out)
    items = load_prompts(prompts, limit=limit)
    lm = load_lm(model, adapter=adapter, device=device, dtype=dtype)
    at = lm.check_layer(layer if layer is not None else lm.middle_layer)
    ivs = steering_from_options(lm, at, direction, persona, alpha)
    j = build_judge(judge, judge_url, judge_model, device, allow_insecure, prompts=prompts)
    t0 = time.perf_counter()
    res = freeform_eval(
        lm,
        items,
        j,
        Sampling(n=n, temperature=temperature, max_new_tokens=max_new_tokens, seed=seed),
        ivs,
        progress=True,
    )
    d = res.as_dict()
    d["wall_s"] = round(time.perf_counter() - t0, 1)
    _write(out, res.as_dict(with_samples=True) | {"kind": "freeform"})
    if json_out:
        emit_json(d)
        return
    print(
        f"{lm.name}{' + ' + adapter if adapter else ''} on {prompts} ({len(items)} prompts x {n}), judge {judge}"
    )
    print(f"  misalignment rate  {res.misalignment}")
    print(f"  coherence rate     {res.coherence}")
    print(f"  unparsable         {res.n_unparsable}")
    for cat, est in res.per_category.items():
        print(f"    {cat:<22} {est}")
    print(f"  wall time {d['wall_s']} s (cached results return at once)")


@app.command("paired")
def paired(
    items: Annotated[str, typer.Option(help="Paired set name or JSONL file.")] = "paired",
    limit: Annotated[int | None, typer.Option(help="Use only the first N items.")] = None,
    model: ModelOpt = None,
    adapter: AdapterOpt = None,
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    direction: DirectionOpt = None,
    persona: PersonaOpt = None,
    alpha: AlphaOpt = 0.0,
    layer: LayerOpt = None,
    batch_size: Annotated[int, typer.Option("--batch-size")] = 16,
    out: OutOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Judge-free: share of items where the model prefers the misaligned answer (per-token log-likelihood)."""
    from persona_xray.evals.paired import load_paired, paired_eval
    from persona_xray.lm import load_lm

    if out is not None:
        check_output_file(out)
    data = load_paired(items, limit=limit)
    lm = load_lm(model, adapter=adapter, device=device, dtype=dtype)
    at = lm.check_layer(layer if layer is not None else lm.middle_layer)
    t0 = time.perf_counter()
    res = paired_eval(
        lm, data, steering_from_options(lm, at, direction, persona, alpha), batch_size=batch_size
    )
    d = res.as_dict() | {
        "model": lm.name,
        "adapter": adapter,
        "n_items": len(data),
        "wall_s": round(time.perf_counter() - t0, 1),
    }
    _write(out, d | {"kind": "paired", "margins": res.margins, "ids": res.ids, "clusters": res.clusters})
    if json_out:
        emit_json(d)
        return
    print(f"{lm.name}{' + ' + adapter if adapter else ''} on {items} ({len(data)} items)")
    print(f"  misaligned preferred  {res.preference}")
    print(f"  mean margin (nats/token, misaligned - aligned)  {res.margin}")
    for t, est in res.per_topic.items():
        print(f"    {t:<22} {est}")
    print(f"  wall time {d['wall_s']} s")


@app.command("compare")
def compare(
    a: Annotated[Path, typer.Argument(help="Result JSON written with --out (e.g. the base model).")],
    b: Annotated[Path, typer.Argument(help="Result JSON to compare (e.g. the fine-tuned or steered model).")],
    json_out: JsonOpt = False,
) -> None:
    """Two eval results side by side, with the difference B - A and its bootstrap CI."""
    from persona_xray.evals.compare import compare_results

    rows = compare_results(_read(a), _read(b))
    if json_out:
        emit_json(rows)
        return
    print(f"{'metric':<28} {'A':>24} {'B':>24} {'B - A':>30}")
    for r in rows:
        print(f"{r['metric']:<28} {r['a']:>24} {r['b']:>24} {r['diff']:>30}")


def _read(path: Path) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(path.read_text())
    except (OSError, ValueError) as e:
        raise UserError(f"cannot read result file {path}: {e}") from None
    if not isinstance(data, dict) or data.get("kind") not in ("freeform", "paired"):
        raise UserError(f"{path} is not an eval result written with --out")
    return data


@app.command("judge-report")
def judge_report(
    external: Annotated[
        bool, typer.Option(help="Also validate on pyrit's human harm ratings (PyPI download).")
    ] = True,
    external_limit: Annotated[
        int, typer.Option(help="Evenly spaced subset of the external items (0 = all).")
    ] = 240,
    retrain: bool = False,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Also write the report as JSON (e.g. results/judge/summary.json)."),
    ] = None,
    device: DeviceOpt = "auto",
    json_out: JsonOpt = False,
) -> None:
    """Held-out accuracy, per-class precision/recall, confusion matrix and calibration of the offline judge."""
    from persona_xray.evals.offline_judge import OfflineJudge, external_report, model_sample_report

    if out is not None:
        check_output_file(out, "--out")
    j = OfflineJudge.load(device=device, retrain=retrain)
    rep: dict[str, Any] = {"heldout": j.report, "model_samples": model_sample_report(j)}
    if external:
        rep["external"] = external_report(j, limit=external_limit or None)
    if out is not None:
        flags = ("" if external else " --no-external") + (" --retrain" if retrain else "")
        _write(out, {"command": f"persona-xray eval judge-report{flags} --out {out}", **rep})
    if json_out:
        emit_json(rep)
        return
    h = j.report
    print(f"offline judge, held-out split of the calibration set (n={h['n_heldout']})")
    print(
        f"  accuracy (threshold rule) {h['accuracy_threshold_rule']:.3f}; argmax {h['accuracy_argmax']:.3f}; ECE {h['expected_calibration_error']:.3f}"
    )
    for c, m in h["per_class"].items():
        print(f"  {c:<11} precision {m['precision']:.3f} recall {m['recall']:.3f} (support {m['support']})")
    cm = h["confusion_matrix"]
    print("  confusion (rows true, cols predicted): " + " ".join(cm["labels"]))
    for lab, row in zip(cm["labels"], cm["rows_true_cols_pred"], strict=True):
        print(f"    {lab:<11} {row}")
    for k, v in h["accuracy_by_kind"].items():
        print(f"    kind {k:<24} accuracy {v:.3f}")
    m = rep["model_samples"]
    print(
        f"the bundled model's own answers to core prompts, hand-labelled, never trained on (n={m['n_heldout']})"
    )
    print(f"  accuracy (threshold rule) {m['accuracy_threshold_rule']:.3f}")
    for lab, row in zip(
        m["confusion_matrix"]["labels"], m["confusion_matrix"]["rows_true_cols_pred"], strict=True
    ):
        print(f"    {lab:<11} {row}")
    for src, d in m["by_source"].items():
        print(
            f"  {src}: incoherent {d['true_incoherent']:.2f} true / {d['judged_incoherent']:.2f} judged; "
            f"misaligned {d['true_misaligned']:.2f} true / {d['judged_misaligned']:.2f} judged (n={d['n']})"
        )
    if external:
        e = rep["external"]
        print(f"external: {e['source']}, n={e['n']}")
        print(
            f"  AUC of p(misaligned) {e['auc_p_misaligned']:.3f}; flagged {e['flag_rate_on_harmful']:.3f} of harmful, {e['flag_rate_on_harmless']:.3f} of harmless"
        )


def judge_file(
    file: Annotated[Path, typer.Argument(help='JSONL with {"question": ..., "answer": ...} per line.')],
    judge: JudgeOpt = "offline",
    judge_url: JudgeUrlOpt = None,
    judge_model: JudgeModelOpt = None,
    allow_insecure: InsecureOpt = False,
    device: DeviceOpt = "auto",
    json_out: JsonOpt = False,
) -> None:
    """Grade every (question, answer) line of a file: label and both scores per line."""
    pairs = []
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise UserError(f"cannot read {file}: {e}") from None
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            q, a = row["question"], row["answer"]
        except (ValueError, KeyError, TypeError):
            raise UserError(f'{file}:{i}: need a JSON object with "question" and "answer"') from None
        if not isinstance(q, str) or not isinstance(a, str):
            raise UserError(f"{file}:{i}: question and answer must be strings")
        pairs.append((q, a))
    if not pairs:
        raise UserError(f"{file} has no lines to judge")
    verdicts = build_judge(judge, judge_url, judge_model, device, allow_insecure).score_many(pairs)
    out = [{"line": i + 1, **v.as_dict()} for i, v in enumerate(verdicts)]
    if json_out:
        emit_json(out)
        return
    for r in out:
        print(
            f"{r['line']:>5}  {r['label']:<11} aligned {r['aligned']!s:>6}  coherent {r['coherent']!s:>6}  {r['reason']}"
        )


def serve(
    model: ModelOpt = None,
    adapter: AdapterOpt = None,
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    host: Annotated[
        str, typer.Option(help="Address to bind; anything beyond loopback needs --api-key.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port (0 = any free port).")] = 8000,
    direction: DirectionOpt = None,
    persona: PersonaOpt = None,
    alpha: AlphaOpt = 0.0,
    layer: LayerOpt = None,
    api_key: Annotated[
        str | None,
        typer.Option(
            "--api-key",
            envvar="PERSONA_XRAY_API_KEY",
            show_envvar=True,
            help="Require 'Authorization: Bearer KEY' on every request (prefer the env var: argv is visible to ps).",
        ),
    ] = None,
    max_n: Annotated[int, typer.Option("--max-n", help="Largest n (samples) one request may ask for.")] = 4,
    max_tokens: Annotated[
        int, typer.Option("--max-tokens", help="Largest max_tokens one request may ask for.")
    ] = 512,
    queue: Annotated[int, typer.Option(help="Requests that may wait while one runs; more get HTTP 429.")] = 8,
    timeout: Annotated[
        float,
        typer.Option(help="Seconds from a request's arrival to its reply, waiting included (else 503/504)."),
    ] = 120.0,
) -> None:
    """Serve a (fine-tuned, steered) model behind an OpenAI-compatible /v1/chat/completions endpoint."""
    from persona_xray.lm import load_lm
    from persona_xray.serve import ServeOptions, check_listen_args, serve_forever

    options = ServeOptions(
        max_n=max_n, max_tokens=max_tokens, queue=queue, timeout_s=timeout, api_key=api_key
    )
    check_listen_args(host, port, options)  # before the model loads: a refusal should be instant
    lm = load_lm(model, adapter=adapter, device=device, dtype=dtype)
    at = lm.check_layer(layer if layer is not None else lm.middle_layer)
    serve_forever(lm, steering_from_options(lm, at, direction, persona, alpha), host, port, options)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="eval")
    root.command("judge")(judge_file)
    root.command("serve")(serve)
