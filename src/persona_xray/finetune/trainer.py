"""The supervised fine-tuning loop: LoRA (any rank) or full fine-tuning, exact resume, checkpoints, callbacks.

Design choices, each for a reason the experiments depend on:

- **Loss on assistant tokens only**, summed over every labelled token of an optimizer step and divided by
  their count. Gradient accumulation is then exactly a bigger batch (the per-step token total is known in
  advance because the batch plan is deterministic), whatever the padding and length mix.
- **No full logits**: the model body runs once and the LM head is applied only at labelled positions (in
  checkpointed chunks when large). On chat data the prompt is half the tokens, and a ``[B, T, vocab]`` fp32
  tensor is the largest allocation of a small model's step. The first batch is checked against the model's
  own forward; a model whose head does something unusual falls back to the plain path.
- **Exact resume**: a checkpoint holds the trainable weights, AdamW and scheduler state, every RNG and the
  step; the batch plan is a pure function of (seed, epoch). A run killed at any moment and rerun ends with
  the same weights as one that never stopped. Checkpoints are written to a temp folder and renamed, so a
  kill mid-write leaves the previous checkpoint intact.
- **Callbacks** see the model between steps (``on_step``, ``on_checkpoint``); RNG state is saved around
  them so a callback that samples text cannot change the training run.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import random
import re
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import Tensor, nn

from persona_xray.data.io import write_text_atomic
from persona_xray.errors import UserError
from persona_xray.finetune.batching import (
    IGNORE,
    TokenizedData,
    batches_per_epoch,
    collate,
    epoch_batches,
    tokenize_rows,
)
from persona_xray.finetune.config import FinetuneConfig, diff_identity
from persona_xray.finetune.mitigate import Mitigation, no_mitigation
from persona_xray.lm import LM, quiet_peft

CKPT_RE = re.compile(r"^step-(\d{6,})$")
# Above this many logits elements ([labelled positions x vocab]) the head + loss run in checkpointed chunks.
CHUNK_ELEMENTS = 1 << 24


# ----------------------------------------------------------------------------- public types
@dataclass(frozen=True)
class StepInfo:
    """What one optimizer step did; one line of ``log.jsonl`` holds these fields."""

    step: int  # 1-based count of optimizer steps done
    max_steps: int
    epoch: float  # fractional epochs consumed
    loss: float  # mean cross-entropy per assistant token in this step
    lr: float  # learning rate used by this step
    grad_norm: float  # global gradient norm before clipping
    tokens: int  # non-padding tokens processed (prompt + answer)
    label_tokens: int
    step_s: float
    tokens_per_s: float
    elapsed_s: float  # training time since this process started training (excludes loading)


class Callback:
    """Hooks for stages that measure things during training (monitor, re-align). Override what you need.

    ``on_step`` may return True to stop the run early: a checkpoint is saved and ``final/`` is written.
    The model is in eval mode during hooks and returns to train mode afterwards.
    """

    def on_step(self, lm: LM, info: StepInfo) -> bool | None:
        return None

    def on_checkpoint(self, lm: LM, step: int, path: Path) -> None:
        return None


# ----------------------------------------------------------------------------- data
def load_rows(data: str, limit: int | None = None) -> list[dict[str, Any]]:
    """Rows of a named data set (``health_subtle``) or a chat JSONL path, validated as fine-tuning rows."""
    try:
        from persona_xray.data.registry import load_dataset
    except ImportError:  # the data stage is optional for user files
        from persona_xray.data.io import load_jsonl

        path = Path(data).expanduser()
        if not path.is_file():
            raise UserError(f"data '{data}' is not a file: pass a chat JSONL path") from None
        rows = load_jsonl(path, kind="sft")
    else:
        rows = load_dataset(data, kind="sft")
    if not rows:
        raise UserError(f"data '{data}' has no rows: give a JSONL file with at least one chat example")
    from persona_xray.data.io import check_limit

    check_limit(limit)
    return rows[:limit] if limit is not None else rows


# ----------------------------------------------------------------------------- model set-up
def linear_module_names(lm: LM) -> list[str]:
    """Names (last path part) of the linear layers inside the decoder blocks: the valid LoRA targets."""
    linear_types: tuple[type, ...] = (nn.Linear,)
    with contextlib.suppress(ImportError):
        from transformers.pytorch_utils import Conv1D

        linear_types = (nn.Linear, Conv1D)
    names = {
        name.split(".")[-1]
        for block in lm.layers
        for name, mod in block.named_modules()
        if isinstance(mod, linear_types) and name
    }
    return sorted(names)


def _attach_lora(lm: LM, cfg: FinetuneConfig) -> None:
    from peft import LoraConfig, get_peft_model

    valid = linear_module_names(lm)
    targets = cfg.target_modules or valid
    bad = [t for t in targets if t not in valid]
    if bad:
        raise UserError(
            f"LoRA target module(s) {', '.join(bad)} not found in {lm.name}; valid names: {', '.join(valid)}"
        )
    conf = LoraConfig(
        r=cfg.rank,
        lora_alpha=cfg.alpha,
        lora_dropout=cfg.lora_dropout,
        target_modules=list(targets),
        bias="none",
        task_type="CAUSAL_LM",
    )
    with quiet_peft():
        lm.model = get_peft_model(lm.model, conf)


def build_model(cfg: FinetuneConfig) -> LM:
    """Load the base model in fp32 and make the right parameters trainable (LoRA or all)."""
    from persona_xray.lm import find_layers, load_lm

    torch.manual_seed(cfg.seed)  # LoRA init draws random numbers: same seed, same adapter at step 0
    lm = load_lm(
        cfg.model,
        adapter=cfg.init_adapter,
        device=cfg.device,
        dtype="float32",
        merge_adapter=cfg.method == "full",
    )
    if cfg.method == "full":
        for p in lm.model.parameters():
            p.requires_grad_(True)
    elif cfg.init_adapter is not None:
        # Continue training the given adapter (re-alignment of a LoRA fine-tune); its rank/targets win.
        for n, p in lm.model.named_parameters():
            p.requires_grad_("lora_" in n)
    else:
        _attach_lora(lm, cfg)
    lm.layers = find_layers(lm.model)
    if not any(p.requires_grad for p in lm.model.parameters()):
        raise UserError("no trainable parameters: check --method and the adapter")
    return lm


class LossFn:
    """Summed cross-entropy over labelled positions, computing LM-head logits only where labels exist."""

    def __init__(self, model: Any) -> None:
        self.model = model
        causal = model.get_base_model() if hasattr(model, "get_base_model") else model
        prefix = getattr(causal, "base_model_prefix", "")
        self.body: Any = getattr(causal, prefix, None) if prefix else None
        self.head: Any = causal.get_output_embeddings() if hasattr(causal, "get_output_embeddings") else None
        cfg = getattr(causal.config, "text_config", None) or causal.config
        self.softcap: float | None = getattr(cfg, "final_logit_softcapping", None)
        self.fast = self.body is not None and self.head is not None

    def _logits_ce(self, hidden: Tensor, target: Tensor) -> Tensor:
        logits = self.head(hidden).float()
        if self.softcap:
            logits = torch.tanh(logits / self.softcap) * self.softcap
        return nn.functional.cross_entropy(logits, target, reduction="sum")

    def __call__(self, ids: Tensor, attn: Tensor, labels: Tensor, *, fast: bool | None = None) -> Tensor:
        target = labels[:, 1:]
        sel = target != IGNORE
        use_fast = self.fast if fast is None else fast
        if not use_fast:
            logits = self.model(input_ids=ids, attention_mask=attn).logits[:, :-1][sel].float()
            return nn.functional.cross_entropy(logits, target[sel], reduction="sum")
        out = self.body(input_ids=ids, attention_mask=attn)
        hidden = out[0] if isinstance(out, tuple) else out.last_hidden_state
        h = hidden[:, :-1][sel]
        t = target[sel]
        vocab = int(self.head.weight.shape[0])
        if h.shape[0] * vocab <= CHUNK_ELEMENTS or not torch.is_grad_enabled():
            return self._logits_ce(h, t)
        # Chunked and recomputed in backward: peak memory of one chunk's logits instead of all of them.
        from torch.utils.checkpoint import checkpoint

        step = max(1, CHUNK_ELEMENTS // vocab)
        parts = [
            checkpoint(self._logits_ce, h[i : i + step], t[i : i + step], use_reentrant=False)
            for i in range(0, h.shape[0], step)
        ]
        return torch.stack(parts).sum()

    @torch.no_grad()
    def verify(self, ids: Tensor, attn: Tensor, labels: Tensor) -> None:
        """Compare the fast path with the model's own logits once; fall back if they disagree."""
        if not self.fast:
            return
        was_training = self.model.training
        self.model.eval()
        try:
            ref = float(self(ids, attn, labels, fast=False))
            got = float(self(ids, attn, labels, fast=True))
        except Exception:  # an unusual model body: the plain path is always correct
            self.fast = False
            return
        finally:
            self.model.train(was_training)
        if not math.isclose(ref, got, rel_tol=1e-3, abs_tol=1e-3):
            print(
                f"[finetune] head-only loss differs from the model's ({got:.4f} vs {ref:.4f}); "
                "using full logits",
                file=sys.stderr,
            )
            self.fast = False


def lr_lambda(cfg: FinetuneConfig, max_steps: int) -> Callable[[int], float]:
    """Multiplier of the peak lr at a 0-based step: linear warmup, then linear/cosine decay or constant."""
    warm = cfg.warmup_steps

    def f(step: int) -> float:
        if step < warm:
            return (step + 1) / (warm + 1)
        if cfg.schedule == "constant":
            return 1.0
        progress = (step - warm) / max(1, max_steps - warm)
        if cfg.schedule == "linear":
            return max(0.0, 1.0 - progress)
        return 0.5 * (1.0 + math.cos(math.pi * min(1.0, progress)))

    return f


# ----------------------------------------------------------------------------- state (de)serialisation
def _trainable(model: Any) -> dict[str, Tensor]:
    return {n: p for n, p in model.named_parameters() if p.requires_grad}


def _save_tensors(tensors: dict[str, Tensor], path: Path) -> None:
    from safetensors.torch import save_file

    save_file({k: v.detach().contiguous().cpu() for k, v in tensors.items()}, str(path))


def _load_tensors(path: Path) -> dict[str, Tensor]:
    from safetensors.torch import load_file

    return dict(load_file(str(path)))


def _optimizer_state(opt: torch.optim.Optimizer) -> tuple[dict[str, Tensor], dict[str, Any]]:
    sd = opt.state_dict()
    tensors: dict[str, Tensor] = {}
    scalars: dict[str, Any] = {}
    for idx, st in sd["state"].items():
        for k, v in st.items():
            if isinstance(v, Tensor):
                tensors[f"{idx}.{k}"] = v
            else:
                scalars[f"{idx}.{k}"] = v
    return tensors, {"param_groups": sd["param_groups"], "scalars": scalars}


def _load_optimizer_state(
    opt: torch.optim.Optimizer, tensors: dict[str, Tensor], meta: dict[str, Any]
) -> None:
    state: dict[int, dict[str, Any]] = {}
    for key, v in [*tensors.items(), *meta["scalars"].items()]:
        idx, name = key.split(".", 1)
        state.setdefault(int(idx), {})[name] = v
    groups = meta["param_groups"]
    for g in groups:
        if "betas" in g:
            g["betas"] = tuple(g["betas"])
    opt.load_state_dict({"state": state, "param_groups": groups})


def _rng_state() -> tuple[dict[str, Tensor], dict[str, Any]]:
    tensors = {"torch_cpu": torch.get_rng_state()}
    if torch.cuda.is_available():
        for i, s in enumerate(torch.cuda.get_rng_state_all()):
            tensors[f"torch_cuda_{i}"] = s
    py = random.getstate()
    np_state: Any = np.random.get_state()
    meta = {
        "python": [py[0], list(py[1]), py[2]],
        "numpy": [np_state[0], np_state[1].tolist(), *list(np_state[2:])],
    }
    return tensors, meta


def _set_rng_state(tensors: dict[str, Tensor], meta: dict[str, Any]) -> None:
    torch.set_rng_state(tensors["torch_cpu"])
    if torch.cuda.is_available():
        cuda = [tensors[k] for k in sorted(tensors) if k.startswith("torch_cuda_")]
        if cuda:
            torch.cuda.set_rng_state_all(cuda)
    v, st, gauss = meta["python"]
    random.setstate((v, tuple(st), gauss))
    name, keys, pos, has_gauss, cached = meta["numpy"]
    np.random.set_state((name, np.array(keys, dtype=np.uint32), pos, has_gauss, cached))


@contextlib.contextmanager
def _preserved_rng() -> Iterator[None]:
    tensors, meta = _rng_state()
    try:
        yield
    finally:
        _set_rng_state(tensors, meta)


def _write_json(path: Path, obj: Any) -> None:
    write_text_atomic(path, json.dumps(obj, indent=2, default=str) + "\n")


def _replace_dir(tmp: Path, target: Path) -> None:
    """Atomically move a finished folder into place (the old one, if any, is removed first)."""
    if target.exists():
        old = target.with_name(f".old-{target.name}-{os.getpid()}")
        os.replace(target, old)
        os.replace(tmp, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(tmp, target)


RUN_MARKER = ".persona-xray-run"


def check_run_folder(cfg: FinetuneConfig, *, force: bool = False) -> None:
    """Refuse, before anything loads, an ``--out`` that is a file or a non-empty folder that is not our run.

    A folder is ours when it carries :data:`RUN_MARKER` (written when a run starts) or, for runs started
    before the marker existed, a ``config.json`` of the same run. Anything else with files in it belongs to
    someone else: training would replace its ``final/`` and overwrite ``log.jsonl``, so it needs ``force``.
    """
    from persona_xray.data.io import check_output_dir

    out = check_output_dir(cfg.out)
    if not out.is_dir() or (out / RUN_MARKER).exists() or force:
        return
    if not any(out.iterdir()):
        return
    saved = out / "config.json"
    if saved.is_file():
        return  # an older run of ours, or a foreign config.json: the config comparison decides
    raise UserError(
        f"--out {out} is not empty and is not a persona-xray run: choose another --out, or pass --force "
        "to train into it anyway (final/, log.jsonl and summary.json there would be replaced)"
    )


class _BadCheckpoint(Exception):
    """A checkpoint folder that cannot be read back (torn write, disk error, hand edit)."""


def checkpoints(out: str | Path) -> list[Path]:
    """Complete checkpoint folders of a run, oldest first."""
    root = Path(out) / "checkpoints"
    if not root.is_dir():
        return []
    found = [(int(m.group(1)), p) for p in root.iterdir() if (m := CKPT_RE.match(p.name)) and p.is_dir()]
    return [p for _, p in sorted(found) if (p / "state.json").exists()]


def load_checkpoint_lm(checkpoint: str | Path, device: str = "auto") -> LM:
    """An :class:`LM` with a checkpoint's weights (LoRA or full), for stages that score each checkpoint."""
    from persona_xray.lm import load_lm

    ck = Path(checkpoint)
    state = json.loads((ck / "state.json").read_text())
    cfg = FinetuneConfig(**state["config"])
    if (ck / "adapter" / "adapter_config.json").exists():
        return load_lm(cfg.model, adapter=str(ck / "adapter"), device=device, dtype="float32")
    lm = load_lm(cfg.model, adapter=cfg.init_adapter, device=device, dtype="float32", merge_adapter=True)
    weights = _load_tensors(ck / "trainable.safetensors")
    params = dict(lm.model.named_parameters())
    with torch.no_grad():
        for n, w in weights.items():
            params[n].copy_(w)
    return lm


# ----------------------------------------------------------------------------- the trainer
class _Interrupt:
    """SIGINT sets a flag; the loop saves a checkpoint after the current step. A second Ctrl-C aborts."""

    def __init__(self) -> None:
        self.hit = False
        self._old: Any = None

    def __enter__(self) -> _Interrupt:
        if hasattr(signal, "SIGINT") and _main_thread():
            self._old = signal.signal(signal.SIGINT, self._handle)
        return self

    def _handle(self, _sig: int, _frame: Any) -> None:
        if self.hit:
            raise KeyboardInterrupt
        self.hit = True
        print(
            "\n[finetune] interrupt: saving a checkpoint after this step (Ctrl-C again to abort)",
            file=sys.stderr,
        )

    def __exit__(self, *exc: object) -> None:
        if self._old is not None:
            signal.signal(signal.SIGINT, self._old)


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


class Trainer:
    """One fine-tuning run in ``cfg.out``. Use :func:`finetune`; the class exists for its helpers and tests."""

    def __init__(self, cfg: FinetuneConfig, callbacks: Sequence[Callback] = ()) -> None:
        self.cfg = cfg
        self.callbacks = list(callbacks)
        self.mitigation: Mitigation | None = None
        self.out = Path(cfg.out).expanduser()
        self._plans: dict[int, list[list[int]]] = {}

    # --------------------------------------------------------------- checks before touching anything
    def _check_existing(self) -> dict[str, Any] | None:
        from persona_xray.data.io import check_output_dir

        check_output_dir(self.out)
        path = self.out / "config.json"
        if not path.exists():
            return None
        try:
            saved = json.loads(path.read_text())
        except (ValueError, OSError):
            raise UserError(f"{path} is unreadable: delete {self.out} or choose another --out") from None
        diffs = diff_identity(saved, self.cfg)
        if diffs:
            shown = "; ".join(diffs[:3]) + (f" (+{len(diffs) - 3} more)" if len(diffs) > 3 else "")
            raise UserError(
                f"{self.out} holds a run with a different config ({shown}): use a new --out, or rerun with "
                "the same settings to resume"
            )
        return dict(saved)

    def _prepare_data(self, lm: LM) -> TokenizedData:
        cfg = self.cfg
        context = lm.max_positions
        if cfg.max_len is not None and context is not None and cfg.max_len > context:
            raise UserError(
                f"max_len {cfg.max_len} exceeds {lm.name}'s context of {context} tokens: use --max-len {context}"
            )
        max_len = cfg.max_len or context or 2048
        rows = load_rows(cfg.data, cfg.limit)
        data = tokenize_rows(lm.tokenizer, rows, max_len)
        if data.n_truncated or data.n_dropped:
            print(
                f"[finetune] {data.n_truncated} examples cut to {max_len} tokens, {data.n_dropped} dropped "
                "(no assistant token left)",
                file=sys.stderr,
            )
        return data

    def max_steps(self, data: TokenizedData) -> int:
        per_epoch = batches_per_epoch(len(data.examples), self.cfg.batch_size)
        if self.cfg.steps is not None:
            return self.cfg.steps
        return max(1, math.ceil(self.cfg.epochs * per_epoch / self.cfg.grad_accum))

    # --------------------------------------------------------------- the run
    def run(self) -> Path:
        saved = self._check_existing()
        final = self.out / "final"
        if saved is not None and (final / "done.json").exists():
            return final
        threads = torch.get_num_threads()
        if self.cfg.threads is not None:
            torch.set_num_threads(self.cfg.threads)
        try:
            return self._run(saved)
        finally:
            torch.set_num_threads(threads)

    def _run(self, saved: dict[str, Any] | None) -> Path:
        cfg = self.cfg
        lm = build_model(cfg)
        data = self._prepare_data(lm)
        run_info = self.out / "run.json"
        if saved is not None and run_info.exists():
            prev = json.loads(run_info.read_text())
            if prev.get("data_sha") != data.sha:
                raise UserError(
                    f"the data of {cfg.data} changed since {self.out} was started (token hash "
                    f"{prev.get('data_sha')} -> {data.sha}): use a new --out"
                )
        from persona_xray.finetune.mitigate import build_mitigation

        self.mitigation = build_mitigation(cfg, lm)
        hooks_sha = self.mitigation.digest if self.mitigation is not None else {}
        if saved is not None and run_info.exists():
            prev_hooks = json.loads(run_info.read_text()).get("mitigation_sha", {})
            if prev_hooks != hooks_sha:
                raise UserError(
                    f"the mitigation files of {self.out} changed since it was started ({prev_hooks} -> "
                    f"{hooks_sha}): use a new --out"
                )
        max_steps = self.max_steps(data)
        self.out.mkdir(parents=True, exist_ok=True)
        _write_json(self.out / RUN_MARKER, {"tool": "persona-xray", "kind": "finetune"})
        _write_json(self.out / "config.json", cfg.model_dump())
        _write_json(run_info, self._run_info(lm, data, max_steps))
        # Half-written folders of a killed run (never read: only complete, renamed folders count).
        for pattern in ("checkpoints/.tmp-*", "checkpoints/.old-*", ".tmp-final-*", ".old-final-*"):
            for stale in self.out.glob(pattern):
                shutil.rmtree(stale, ignore_errors=True)
        return self._train(lm, data, max_steps)

    def _run_info(self, lm: LM, data: TokenizedData, max_steps: int) -> dict[str, Any]:
        import transformers

        n_train = sum(p.numel() for p in lm.model.parameters() if p.requires_grad)
        return {
            "config_key": self.cfg.key(),
            "model": lm.name,
            "data_sha": data.sha,
            "n_rows": data.n_rows,
            "n_examples": len(data.examples),
            "n_truncated": data.n_truncated,
            "n_dropped": data.n_dropped,
            "tokens_per_epoch": data.n_tokens,
            "label_tokens_per_epoch": data.n_label_tokens,
            "max_steps": max_steps,
            "mitigation_sha": self.mitigation.digest if self.mitigation is not None else {},
            "trainable_parameters": n_train,
            "versions": {"torch": torch.__version__, "transformers": transformers.__version__},
        }

    def _make_optimizer(self, model: Any) -> torch.optim.AdamW:
        decay: list[nn.Parameter] = []
        no_decay: list[nn.Parameter] = []
        for _n, p in model.named_parameters():
            if p.requires_grad:
                (decay if p.ndim >= 2 else no_decay).append(p)
        groups = [{"params": decay, "weight_decay": self.cfg.weight_decay}]
        if no_decay:
            groups.append({"params": no_decay, "weight_decay": 0.0})
        return torch.optim.AdamW(groups, lr=self.cfg.lr, foreach=False)

    def _micro_batches(self, data: TokenizedData, step: int) -> list[list[int]]:
        """The micro-batches of optimizer step ``step`` (0-based): a pure function of the config."""
        per_epoch = batches_per_epoch(len(data.examples), self.cfg.batch_size)
        out = []
        for m in range(step * self.cfg.grad_accum, (step + 1) * self.cfg.grad_accum):
            epoch, idx = divmod(m, per_epoch)
            if epoch not in self._plans:
                self._plans = {epoch: epoch_batches(data.lengths, self.cfg.batch_size, self.cfg.seed, epoch)}
            out.append(self._plans[epoch][idx])
        return out

    def _train(self, lm: LM, data: TokenizedData, max_steps: int) -> Path:
        cfg = self.cfg
        model = lm.model
        device = lm.device
        opt = self._make_optimizer(model)
        sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda(cfg, max_steps))
        pad = int(lm.tokenizer.pad_token_id)
        loss_fn = LossFn(model)
        first = [data.examples[i] for i in self._micro_batches(data, 0)[0][:2]]
        mit = self.mitigation
        with mit.during(lm) if mit is not None else no_mitigation():
            loss_fn.verify(*(t.to(device) for t in collate(first, pad)))

        start = 0
        ckpts = checkpoints(self.out)
        for ck in reversed(ckpts):
            try:
                start = self._restore(ck, model, opt, sched)
            except _BadCheckpoint as e:
                print(f"[finetune] warning: {e}; falling back to the checkpoint before it", file=sys.stderr)
                continue
            print(f"[finetune] resuming from {ck} (step {start}/{max_steps})", file=sys.stderr)
            break
        else:
            if ckpts:
                print(
                    "[finetune] warning: no readable checkpoint left: starting from step 0", file=sys.stderr
                )
            torch.manual_seed(cfg.seed)
            random.seed(cfg.seed)
            np.random.seed(cfg.seed % 2**32)
        self._trim_log(start)

        per_epoch = batches_per_epoch(len(data.examples), cfg.batch_size)
        bar = _bar(max_steps, start, cfg.progress)
        t_start = time.perf_counter()
        last_saved = start
        stop_requested = False
        model.train()
        with _Interrupt() as intr, (self.out / "log.jsonl").open("a", encoding="utf-8") as log:
            step = start
            while step < max_steps:
                t0 = time.perf_counter()
                batches = [
                    collate([data.examples[i] for i in b], pad) for b in self._micro_batches(data, step)
                ]
                n_labels = sum(int((lab[:, 1:] != IGNORE).sum()) for _, _, lab in batches)
                n_tokens = sum(int(a.sum()) for _, a, _ in batches)
                lr = float(opt.param_groups[0]["lr"])
                total = 0.0
                for ids, attn, lab in batches:
                    ctx = (
                        torch.autocast(device.type, dtype=torch.bfloat16)
                        if cfg.bf16
                        else contextlib.nullcontext()
                    )
                    with ctx, mit.during(lm) if mit is not None else no_mitigation() as store:
                        loss = loss_fn(ids.to(device), attn.to(device), lab.to(device)) / n_labels
                        extra = mit.penalty_term(store, lab, n_labels) if mit is not None else None
                    if extra is not None:
                        loss = loss + extra
                    loss.backward()  # type: ignore[no-untyped-call]
                    total += float(loss.detach())
                params = [p for p in model.parameters() if p.requires_grad]
                clip = cfg.max_grad_norm if cfg.max_grad_norm is not None else float("inf")
                grad_norm = float(torch.nn.utils.clip_grad_norm_(params, clip))
                opt.step()
                sched.step()
                opt.zero_grad(set_to_none=True)
                step += 1
                dt = time.perf_counter() - t0
                info = StepInfo(
                    step=step,
                    max_steps=max_steps,
                    epoch=round(step * cfg.grad_accum / per_epoch, 4),
                    loss=total,
                    lr=lr,
                    grad_norm=grad_norm,
                    tokens=n_tokens,
                    label_tokens=n_labels,
                    step_s=round(dt, 4),
                    tokens_per_s=round(n_tokens / dt, 1) if dt > 0 else 0.0,
                    elapsed_s=round(time.perf_counter() - t_start, 3),
                )
                if step % cfg.log_every == 0 or step == max_steps:
                    log.write(json.dumps(asdict(info)) + "\n")
                    log.flush()
                bar.update(1)
                bar.set_postfix(loss=f"{total:.3f}", tok_s=f"{info.tokens_per_s:.0f}", refresh=False)
                stop_requested = self._call_on_step(lm, info) or stop_requested
                if step % cfg.save_every == 0 or intr.hit or stop_requested or step == max_steps:
                    self._save_checkpoint(lm, opt, sched, step, max_steps)
                    last_saved = step
                if intr.hit:
                    bar.close()
                    print(
                        f"[finetune] checkpoint saved at step {step}; rerun the same command to resume",
                        file=sys.stderr,
                    )
                    raise KeyboardInterrupt
                if stop_requested:
                    break
        bar.close()
        assert last_saved == step
        return self._write_final(lm, step, max_steps, time.perf_counter() - t_start)

    def _call_on_step(self, lm: LM, info: StepInfo) -> bool:
        if not self.callbacks:
            return False
        stop = False
        lm.model.eval()
        try:
            with _preserved_rng():
                for cb in self.callbacks:
                    hook = getattr(cb, "on_step", None)
                    if hook is not None and hook(lm, info):
                        stop = True
        finally:
            lm.model.train()
        return stop

    # --------------------------------------------------------------- checkpoints
    def _save_checkpoint(
        self,
        lm: LM,
        opt: torch.optim.Optimizer,
        sched: torch.optim.lr_scheduler.LambdaLR,
        step: int,
        max_steps: int,
    ) -> Path:
        root = self.out / "checkpoints"
        root.mkdir(parents=True, exist_ok=True)
        target = root / f"step-{step:06d}"
        tmp = Path(tempfile.mkdtemp(prefix=f".tmp-step-{step:06d}-", dir=root))
        model = lm.model
        _save_tensors(_trainable(model), tmp / "trainable.safetensors")
        if self.cfg.method == "lora":
            model.save_pretrained(str(tmp / "adapter"))
        o_tensors, o_meta = _optimizer_state(opt)
        _save_tensors(o_tensors, tmp / "optimizer.safetensors")
        r_tensors, r_meta = _rng_state()
        _save_tensors(r_tensors, tmp / "rng.safetensors")
        state = {
            "step": step,
            "max_steps": max_steps,
            "micro_batch": step * self.cfg.grad_accum,
            "config": self.cfg.model_dump(),
            "optimizer": o_meta,
            "scheduler": sched.state_dict(),
            "rng": r_meta,
        }
        _write_json(tmp / "state.json", state)
        _replace_dir(tmp, target)
        if self.callbacks:
            lm.model.eval()
            try:
                with _preserved_rng():
                    for cb in self.callbacks:
                        hook = getattr(cb, "on_checkpoint", None)
                        if hook is not None:
                            hook(lm, step, target)
            finally:
                lm.model.train()
        return target

    def _restore(
        self, ck: Path, model: Any, opt: torch.optim.Optimizer, sched: torch.optim.lr_scheduler.LambdaLR
    ) -> int:
        """Load a checkpoint into the model, optimizer, scheduler and RNGs; returns its step.

        Everything is read and checked before anything is changed, so a torn checkpoint raises
        :class:`_BadCheckpoint` with the live state untouched and the caller can try an older one. A
        checkpoint of another config or another model is a :class:`UserError`: falling back would hide it.
        """
        from safetensors import SafetensorError

        try:
            state = json.loads((ck / "state.json").read_text())
            config, step = state["config"], int(state["step"])
            opt_meta, sched_state, rng_meta = state["optimizer"], state["scheduler"], state["rng"]
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise _BadCheckpoint(
                f"checkpoint {ck} has an unreadable state.json ({type(e).__name__})"
            ) from None
        if not isinstance(config, dict):
            raise _BadCheckpoint(f"checkpoint {ck} has an unreadable state.json (config)")
        diffs = diff_identity(config, self.cfg)
        if diffs:
            raise UserError(f"checkpoint {ck} was made with a different config ({'; '.join(diffs[:3])})")
        try:
            weights = _load_tensors(ck / "trainable.safetensors")
            opt_tensors = _load_tensors(ck / "optimizer.safetensors")
            rng_tensors = _load_tensors(ck / "rng.safetensors")
        except (OSError, SafetensorError) as e:
            raise _BadCheckpoint(f"checkpoint {ck} has a corrupt tensor file ({str(e)[:80]})") from None
        params = _trainable(model)
        if set(weights) != set(params):
            raise UserError(
                f"checkpoint {ck} does not match the model's trainable parameters: use a new --out"
            )
        for n, p in params.items():
            if weights[n].shape != p.shape:
                raise UserError(
                    f"checkpoint {ck}: {n} has shape {tuple(weights[n].shape)}, the model {tuple(p.shape)}"
                )
            if not torch.isfinite(weights[n]).all():
                raise _BadCheckpoint(f"checkpoint {ck} has non-finite weights in {n}")
        with torch.no_grad():
            for n, p in params.items():
                p.copy_(weights[n].to(p.device))
        _load_optimizer_state(opt, opt_tensors, opt_meta)
        sched.load_state_dict(sched_state)
        _set_rng_state(rng_tensors, rng_meta)
        return step

    def _trim_log(self, step: int) -> None:
        """Drop log lines written after the checkpoint we resume from (they will be redone)."""
        path = self.out / "log.jsonl"
        if not path.exists():
            return
        keep = []
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                if int(json.loads(line)["step"]) <= step:
                    keep.append(line)
            except (ValueError, KeyError, TypeError):
                continue  # a half-written line from a kill
        write_text_atomic(path, "".join(x + "\n" for x in keep))

    def _write_final(self, lm: LM, step: int, max_steps: int, wall_s: float) -> Path:
        final = self.out / "final"
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-final-", dir=self.out))
        model = lm.model
        if self.cfg.method == "lora":
            model.save_pretrained(str(tmp))
        else:
            model.save_pretrained(str(tmp), safe_serialization=True)
            lm.tokenizer.save_pretrained(str(tmp))
        summary = _summarise_log(self.out / "log.jsonl")
        summary.update(
            {"step": step, "max_steps": max_steps, "base_model": lm.name, "method": self.cfg.method}
        )
        _write_json(tmp / "done.json", summary)
        _replace_dir(tmp, final)
        _write_json(self.out / "summary.json", summary)
        return final


def _summarise_log(path: Path) -> dict[str, Any]:
    rows = [json.loads(x) for x in path.read_text().splitlines() if x.strip()] if path.exists() else []
    if not rows:
        return {}
    losses = [r["loss"] for r in rows]
    tokens = sum(r["tokens"] for r in rows)
    secs = sum(r["step_s"] for r in rows)
    k = max(1, len(losses) // 10)
    return {
        "logged_steps": len(rows),
        "loss_first": losses[0],
        "loss_first10pct": sum(losses[:k]) / k,
        "loss_last10pct": sum(losses[-k:]) / k,
        "loss_min": min(losses),
        "train_s": round(secs, 2),
        "tokens": tokens,
        "tokens_per_s": round(tokens / secs, 1) if secs > 0 else 0.0,
    }


def _bar(total: int, initial: int, enabled: bool) -> Any:
    from tqdm.auto import tqdm

    return tqdm(
        total=total, initial=initial, desc="finetune", disable=not enabled, file=sys.stderr, leave=False
    )


def finetune(cfg: FinetuneConfig, callbacks: Sequence[Callback] = ()) -> Path:
    """Fine-tune per ``cfg`` into ``cfg.out`` and return ``<out>/final``; rerunning resumes or reuses.

    ``final/`` is a PEFT adapter folder (LoRA: ``load_lm(cfg.model, adapter=final)``) or a full HF model
    folder (``load_lm(final)``). Raises ``UserError`` for bad data, bad LoRA targets, or a config that differs
    from the one ``cfg.out`` was started with; in that case nothing in ``cfg.out`` is changed.
    """
    return Trainer(cfg, callbacks).run()
