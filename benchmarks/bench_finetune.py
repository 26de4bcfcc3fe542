"""Fine-tuning benchmark: this trainer vs Hugging Face ``Trainer`` + ``peft``, side by side in one run.

Both sides train the same LoRA (same rank, alpha, target modules) on the same model, the same tokenized
examples (assistant-only labels) and the same hyper-parameters (AdamW, lr, linear schedule, clipping 1.0,
batch size, steps, seed, fp32, same thread count). Each side runs in its own subprocess so its peak RSS
(``ru_maxrss``) is its own; sides alternate across repeats so background load hits both.

Measured: training tokens/s (non-padding tokens processed / training-loop seconds, model loading excluded)
and peak RSS. HF ``Trainer`` is run with its defaults (random batches) and, as a fairer second opponent,
with ``train_sampling_strategy="group_by_length"`` (its own length grouping).

Run small: ``.venv/bin/python benchmarks/bench_finetune.py --model tiny --examples 64``;
the real one: ``.venv/bin/python benchmarks/bench_finetune.py --model smollm2 --examples 128 --batch-size 8``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def _prepare(args: argparse.Namespace, work: Path) -> tuple[str, str]:
    """Model folder and data file both sides read."""
    if args.model == "tiny":
        from persona_xray.testing import tiny_model, tiny_tokenizer

        model_dir = work / "tiny"
        tiny_model("llama", hidden=128, layers=4).save_pretrained(model_dir)
        tiny_tokenizer().save_pretrained(model_dir)
        model = str(model_dir)
    else:
        from persona_xray.models import resolve_source

        model = resolve_source(None if args.model == "smollm2" else args.model)[1]
    from persona_xray.finetune.trainer import load_rows

    rows = load_rows(args.data, args.examples)
    data = work / "data.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return model, str(data)


def _worker(side: str, spec: dict[str, Any]) -> dict[str, Any]:
    import torch

    torch.set_num_threads(spec["threads"])
    if side == "ours":
        return _run_ours(spec)
    return _run_hf(spec, group_by_length=side == "hf-grouped")


def _run_ours(spec: dict[str, Any]) -> dict[str, Any]:
    from persona_xray.finetune import finetune, make_config

    out = Path(spec["work"]) / f"ours-{os.getpid()}"
    cfg = make_config(
        data=spec["data"],
        out=str(out),
        model=spec["model"],
        rank=spec["rank"],
        lr=spec["lr"],
        batch_size=spec["batch_size"],
        steps=spec["steps"],
        max_len=spec["max_len"],
        save_every=10**9,  # only the final checkpoint, as the HF side saves nothing
        seed=0,
        device="cpu",
        progress=False,
    )
    finetune(cfg)
    log = [json.loads(x) for x in (out / "log.jsonl").read_text().splitlines()]
    tokens = sum(r["tokens"] for r in log)
    secs = log[-1]["elapsed_s"]
    return {"tokens": tokens, "train_s": secs, "final_loss": log[-1]["loss"], "peak_rss_mb": _peak_rss_mb()}


def _run_hf(spec: dict[str, Any], *, group_by_length: bool) -> dict[str, Any]:
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import Trainer, TrainerCallback, TrainingArguments

    from persona_xray.finetune.batching import IGNORE, tokenize_rows
    from persona_xray.finetune.trainer import linear_module_names, load_rows
    from persona_xray.lm import load_lm

    lm = load_lm(spec["model"], device="cpu", dtype="float32")
    data = tokenize_rows(lm.tokenizer, load_rows(spec["data"]), spec["max_len"])
    targets = linear_module_names(lm)
    torch.manual_seed(0)
    model = get_peft_model(
        lm.model,
        LoraConfig(
            r=spec["rank"], lora_alpha=2 * spec["rank"], target_modules=targets, task_type="CAUSAL_LM"
        ),
    )
    rows = [
        {"input_ids": list(e.ids), "labels": [i if m else IGNORE for i, m in zip(e.ids, e.mask, strict=True)]}
        for e in data.examples
    ]
    pad = int(lm.tokenizer.pad_token_id)
    seen = {"tokens": 0}

    def collate(batch: list[dict[str, list[int]]]) -> dict[str, torch.Tensor]:
        width = max(len(b["input_ids"]) for b in batch)
        ids = torch.full((len(batch), width), pad, dtype=torch.long)
        labels = torch.full((len(batch), width), IGNORE, dtype=torch.long)
        attn = torch.zeros((len(batch), width), dtype=torch.long)
        for k, b in enumerate(batch):
            n = len(b["input_ids"])
            ids[k, :n] = torch.tensor(b["input_ids"])
            labels[k, :n] = torch.tensor(b["labels"])
            attn[k, :n] = 1
        seen["tokens"] += int(attn.sum())
        return {"input_ids": ids, "attention_mask": attn, "labels": labels}

    times: dict[str, float] = {}
    losses: list[float] = []

    class Clock(TrainerCallback):  # type: ignore[misc]
        def on_train_begin(self, *a: Any, **k: Any) -> None:
            times["t0"] = time.perf_counter()

        def on_train_end(self, *a: Any, **k: Any) -> None:
            times["t1"] = time.perf_counter()

        def on_log(self, _args: Any, _state: Any, _control: Any, logs: Any = None, **k: Any) -> None:
            if logs and "loss" in logs:
                losses.append(float(logs["loss"]))

    args = TrainingArguments(
        output_dir=str(Path(spec["work"]) / f"hf-{os.getpid()}"),
        per_device_train_batch_size=spec["batch_size"],
        max_steps=spec["steps"],
        learning_rate=spec["lr"],
        lr_scheduler_type="linear",
        warmup_steps=0,
        weight_decay=0.0,
        max_grad_norm=1.0,
        optim="adamw_torch",
        logging_steps=1,
        save_strategy="no",
        report_to=[],
        use_cpu=True,
        seed=0,
        dataloader_num_workers=0,
        disable_tqdm=True,
        remove_unused_columns=False,
        train_sampling_strategy="group_by_length" if group_by_length else "random",
    )
    trainer = Trainer(model=model, args=args, train_dataset=rows, data_collator=collate, callbacks=[Clock()])
    trainer.train()
    return {
        "tokens": seen["tokens"],
        "train_s": times["t1"] - times["t0"],
        "final_loss": losses[-1] if losses else float("nan"),
        "peak_rss_mb": _peak_rss_mb(),
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", default="tiny", help="tiny (random-init, seconds), smollm2, or a model folder")
    p.add_argument("--data", default="health_subtle", help="data set name or JSONL path")
    p.add_argument("--examples", type=int, default=64)
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--steps", type=int, default=None, help="default: one epoch")
    p.add_argument("--rank", type=int, default=8)
    p.add_argument("--lr", type=float, default=1e-4)
    p.add_argument("--max-len", type=int, default=512)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--repeats", type=int, default=1)
    p.add_argument("--sides", default="ours,hf,hf-grouped")
    p.add_argument("--worker", help=argparse.SUPPRESS)
    p.add_argument("--spec", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.worker:
        print("RESULT " + json.dumps(_worker(args.worker, json.loads(args.spec))), flush=True)
        return

    with tempfile.TemporaryDirectory(prefix="bench-ft-") as tmp:
        work = Path(tmp)
        model, data = _prepare(args, work)
        steps = args.steps or -(-args.examples // args.batch_size)
        spec = dict(
            model=model,
            data=data,
            work=str(work),
            rank=args.rank,
            lr=args.lr,
            batch_size=args.batch_size,
            steps=steps,
            max_len=args.max_len,
            threads=args.threads,
        )
        sides = [s.strip() for s in args.sides.split(",") if s.strip()]
        results: dict[str, list[dict[str, Any]]] = {s: [] for s in sides}
        for _ in range(args.repeats):
            for side in sides:
                proc = subprocess.run(
                    [sys.executable, __file__, "--worker", side, "--spec", json.dumps(spec)],
                    capture_output=True,
                    text=True,
                    env={**os.environ, "TOKENIZERS_PARALLELISM": "false"},
                )
                line = [x for x in proc.stdout.splitlines() if x.startswith("RESULT ")]
                if proc.returncode != 0 or not line:
                    sys.exit(f"{side} failed:\n{proc.stderr[-3000:]}")
                results[side].append(json.loads(line[-1][7:]))

    print(
        f"model={args.model} examples={args.examples} batch={args.batch_size} steps={steps} rank={args.rank} "
        f"threads={args.threads} repeats={args.repeats}"
    )
    print(f"{'side':<12}{'tokens':>9}{'train_s':>10}{'tokens/s':>11}{'peak RSS MB':>13}{'last loss':>11}")
    tps: dict[str, float] = {}
    for side, rs in results.items():
        tps[side] = statistics.median(r["tokens"] / r["train_s"] for r in rs)
        r = rs[-1]
        print(
            f"{side:<12}{r['tokens']:>9}{statistics.median(x['train_s'] for x in rs):>10.2f}{tps[side]:>11.1f}"
            f"{max(x['peak_rss_mb'] for x in rs):>13.0f}{r['final_loss']:>11.4f}"
        )
    if "ours" in tps:
        for side in tps:
            if side != "ours":
                print(f"tokens/s ratio ours / {side}: {tps['ours'] / tps[side]:.2f} (target >= 1.0)")


if __name__ == "__main__":
    main()
