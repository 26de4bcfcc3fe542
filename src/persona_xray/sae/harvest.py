"""Stream residual-stream activations at one layer to disk shards, traceable back to their text.

Each shard ``shard_NNNNN.safetensors`` holds ``acts [n, d_model]`` (float16 by default: half the disk of
float32 and a relative error of ~5e-4, far below what an SAE reconstructs) with ``token [n]`` (token id),
``doc [n]`` (document index in the corpus) and ``pos [n]`` (token index in that document), so every row can
be shown in its context. ``manifest.json`` records the configuration and the finished shards.

The model runs only up to the harvested layer (``lm.capture(layer, stop=True)`` aborts the forward after
that block: no later blocks, no LM head). Memory is one shard plus one batch, whatever the corpus size. A
killed harvest resumes from its last finished shard. Position 0 of each window (the attention sink, whose
norm is ~100x the rest) is never stored; windows overlap by one token so no other token is lost.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import Tensor

from persona_xray.data.io import atomic_target, write_text_atomic
from persona_xray.errors import UserError
from persona_xray.lm import LM, NullBar, StopForward
from persona_xray.sae.corpus import Doc, iter_documents, resolve_corpus

MANIFEST = "manifest.json"
SINK_RATIO = 10.0
STORE_DTYPES = {"float16": torch.float16, "bfloat16": torch.bfloat16, "float32": torch.float32}


def doc_text(lm: LM, doc: Doc) -> str:
    """Plain text as is; chat documents rendered with the model's own chat template (as the model sees chats)."""
    if "text" in doc:
        return str(doc["text"])
    return lm.format_chat(doc["messages"], add_generation_prompt=False)


def windows(lm: LM, docs: Iterator[Doc], ctx_len: int) -> Iterator[tuple[int, int, list[int]]]:
    """``(doc index, start position, token ids)`` windows of at most ``ctx_len`` tokens, overlapping by one."""
    if ctx_len < 2:
        raise UserError(f"--ctx-len must be at least 2 (got {ctx_len})")
    for i, doc in enumerate(docs):
        ids = lm.encode(doc_text(lm, doc))
        for start in range(0, max(len(ids) - 1, 0), ctx_len - 1):
            chunk = ids[start : start + ctx_len]
            if len(chunk) >= 2:
                yield i, start, chunk


@dataclass
class HarvestResult:
    path: Path
    tokens: int
    shards: int
    seconds: float
    resumed_from: int


def _write_shard(path: Path, tensors: dict[str, Tensor]) -> None:
    from safetensors.torch import save_file

    with atomic_target(path) as tmp:
        save_file({k: v.contiguous() for k, v in tensors.items()}, str(tmp))


def _write_json(path: Path, obj: Any) -> None:
    write_text_atomic(path, json.dumps(obj, indent=1) + "\n")


def harvest(
    lm: LM,
    corpus: str | Path,
    out_dir: str | Path,
    *,
    layer: int | None = None,
    ctx_len: int = 128,
    batch_size: int = 16,
    shard_tokens: int = 65_536,
    max_tokens: int | None = None,
    store_dtype: str = "float16",
    progress: bool = False,
) -> HarvestResult:
    """Harvest ``lm``'s residual stream after block ``layer`` over ``corpus`` into ``out_dir`` (resumable)."""
    layer = lm.check_layer(lm.middle_layer if layer is None else layer)
    if store_dtype not in STORE_DTYPES:
        raise UserError(f"unknown store dtype '{store_dtype}': use {', '.join(STORE_DTYPES)}")
    if shard_tokens < 1 or batch_size < 1:
        raise UserError("--shard-tokens and --batch-size must be positive")
    if lm.max_positions is not None:
        ctx_len = min(ctx_len, lm.max_positions)
    corpus_path = resolve_corpus(corpus)
    out = Path(out_dir).expanduser()
    out.mkdir(parents=True, exist_ok=True)
    config = {
        "model": lm.name,
        "fingerprint": lm.fingerprint,
        "layer": layer,
        "d_model": lm.d_model,
        "ctx_len": ctx_len,
        "corpus": str(corpus_path),
        "store_dtype": store_dtype,
        "model_dtype": str(lm.dtype).removeprefix("torch."),
    }
    manifest: dict[str, Any] = {
        "config": config,
        "shards": [],
        "windows_done": 0,
        "tokens": 0,
        "complete": False,
    }
    mpath = out / MANIFEST
    if mpath.exists():
        old = json.loads(mpath.read_text())
        if old.get("config") != config:
            raise UserError(
                f"{out} holds a harvest with another configuration: choose a new --out folder or delete it"
            )
        manifest = old
        manifest["shards"] = [s for s in manifest["shards"] if (out / s["file"]).exists()]
    resumed_from = int(manifest["tokens"])
    # "complete" = the whole corpus was harvested; a run stopped by --max-tokens can be extended later.
    if manifest["complete"] or (max_tokens is not None and manifest["tokens"] >= max_tokens):
        return HarvestResult(out, int(manifest["tokens"]), len(manifest["shards"]), 0.0, resumed_from)

    t0 = time.perf_counter()
    dt = STORE_DTYPES[store_dtype]
    buf: dict[str, list[Tensor]] = {"acts": [], "token": [], "doc": [], "pos": []}
    buffered = 0
    windows_seen = 0
    bar = _bar(max_tokens, progress, resumed_from)

    def flush() -> None:
        nonlocal buffered
        if not buffered:
            return
        idx = len(manifest["shards"])
        name = f"shard_{idx:05d}.safetensors"
        _write_shard(out / name, {k: torch.cat(v) for k, v in buf.items()})
        manifest["shards"].append({"file": name, "tokens": buffered})
        manifest["tokens"] += buffered
        manifest["windows_done"] = windows_seen
        _write_json(mpath, manifest)
        for v in buf.values():
            v.clear()
        buffered = 0

    def run_batch(batch: list[tuple[int, int, list[int]]]) -> None:
        nonlocal buffered
        ids, mask = lm.pad_right([w for _, _, w in batch])
        with torch.no_grad(), lm.capture(layer, stop=True) as store, contextlib.suppress(StopForward):
            lm.model(input_ids=ids, attention_mask=mask)
        hidden = store[0]
        for b, (doc, start, w) in enumerate(batch):
            n = len(w) - 1
            buf["acts"].append(hidden[b, 1 : len(w)].to("cpu", dt))
            buf["token"].append(torch.tensor(w[1:], dtype=torch.int32))
            buf["doc"].append(torch.full((n,), doc, dtype=torch.int32))
            buf["pos"].append(torch.arange(start + 1, start + len(w), dtype=torch.int32))
            buffered += n
        bar.update(sum(len(w) - 1 for _, _, w in batch))

    batch: list[tuple[int, int, list[int]]] = []
    done_before = int(manifest["windows_done"])
    reached = False
    any_window = False
    for win in windows(lm, iter_documents(corpus_path), ctx_len):
        any_window = True
        windows_seen += 1
        if windows_seen <= done_before:
            continue
        batch.append(win)
        if len(batch) == batch_size:
            run_batch(batch)
            batch = []
            if buffered >= shard_tokens:
                flush()
            if max_tokens is not None and manifest["tokens"] + buffered >= max_tokens:
                reached = True
                break
    if not any_window:
        raise UserError(f"corpus {corpus_path} has no document with at least 2 tokens: the corpus is empty")
    if batch and not reached:
        run_batch(batch)
    flush()
    bar.close()
    manifest["complete"] = not reached
    manifest["seconds"] = float(manifest.get("seconds", 0.0)) + time.perf_counter() - t0
    _write_json(mpath, manifest)
    return HarvestResult(
        out, int(manifest["tokens"]), len(manifest["shards"]), time.perf_counter() - t0, resumed_from
    )


def _bar(total: int | None, enabled: bool, initial: int) -> Any:
    if not enabled:
        return NullBar()
    from tqdm.auto import tqdm

    return tqdm(total=total, initial=initial, desc="harvest", unit="tok", unit_scale=True)


class ActivationStore:
    """Read side of a harvest folder: shard access, a data mean, and shuffled batches across shards."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).expanduser()
        mpath = self.path / MANIFEST
        if not mpath.exists():
            raise UserError(
                f"{self.path} is not a harvest folder (no {MANIFEST}): run `persona-xray harvest` first"
            )
        self.manifest: dict[str, Any] = json.loads(mpath.read_text())
        self.shards: list[str] = [
            s["file"] for s in self.manifest["shards"] if (self.path / s["file"]).exists()
        ]
        self.shard_sizes: list[int] = [
            s["tokens"] for s in self.manifest["shards"] if (self.path / s["file"]).exists()
        ]
        if not self.shards:
            raise UserError(f"{self.path} holds no activation shards: the harvest produced nothing")
        self.config: dict[str, Any] = self.manifest["config"]
        self.d_in = int(self.config["d_model"])
        self.layer = int(self.config["layer"])
        self._sink_norm: float | None = None

    @property
    def sink_norm(self) -> float:
        """Norm above which a row is an attention-sink token (``SINK_RATIO`` x the median norm of shard 0).

        Besides position 0, these models put massive activations (norm ~100x the rest) on a few delimiter
        tokens such as a newline right after a window start. 0.02% of tokens then carry ~90% of the
        variance, so an SAE trained on them spends itself on outliers and FVU measures nothing else. They
        are kept on disk (traceability) but skipped for training, metrics and latent statistics.
        """
        if self._sink_norm is None:
            norms = self.load(0)["acts"].float().norm(dim=-1)
            self._sink_norm = float(norms.median()) * SINK_RATIO
        return self._sink_norm

    def keep(self, acts: Tensor) -> Tensor:
        """Boolean mask of rows that are not attention-sink outliers."""
        mask: Tensor = acts.float().norm(dim=-1) <= self.sink_norm
        return mask

    @property
    def n_tokens(self) -> int:
        return sum(self.shard_sizes)

    def load(self, i: int, keys: tuple[str, ...] = ("acts",)) -> dict[str, Tensor]:
        from safetensors import safe_open

        path = self.path / self.shards[i]
        try:
            with safe_open(str(path), framework="pt") as f:
                return {k: f.get_tensor(k) for k in keys}
        except Exception as e:
            raise UserError(
                f"activation shard {path} is unreadable ({type(e).__name__}): re-run the harvest"
            ) from None

    def split(self, holdout_shards: int = 1) -> tuple[list[int], list[int]]:
        """Shard indices for training and for held-out evaluation (the last shards; documents are shuffled)."""
        n = len(self.shards)
        if n <= holdout_shards:
            return list(range(n)), list(range(n))  # too small to hold out: evaluate on the training data
        return list(range(n - holdout_shards)), list(range(n - holdout_shards, n))

    def mean(self, shards: list[int], max_tokens: int = 262_144) -> Tensor:
        total = torch.zeros(self.d_in, dtype=torch.float64)
        count = 0
        for i in shards:
            acts = self.load(i)["acts"]
            acts = acts[self.keep(acts)].double()
            total += acts.sum(0)
            count += acts.shape[0]
            if count >= max_tokens:
                break
        return (total / max(count, 1)).float()

    def batches(self, shards: list[int], batch_size: int, *, seed: int, pool: int = 4) -> Iterator[Tensor]:
        """One epoch of float32 batches, shuffled within a pool of ``pool`` randomly ordered shards.

        Shuffling across shards matters because each shard is a contiguous run of documents; a pool of several
        shards mixes them while keeping memory at ``pool`` shards.
        """
        rng = np.random.default_rng(seed)
        order = [shards[j] for j in rng.permutation(len(shards))]
        rest: Tensor | None = None
        for p in range(0, len(order), pool):
            acts = torch.cat([self.load(i)["acts"] for i in order[p : p + pool]])
            acts = acts[self.keep(acts)]
            acts = acts[torch.from_numpy(rng.permutation(acts.shape[0]))]
            if rest is not None:  # rows left over from the previous pool start this one: every batch is full
                acts = torch.cat([rest, acts])
            full = acts.shape[0] - acts.shape[0] % batch_size
            for s in range(0, full, batch_size):
                yield acts[s : s + batch_size].float()
            rest = acts[full:] if full < acts.shape[0] else None
        if rest is not None and rest.shape[0] * 2 >= min(batch_size, self.n_tokens):
            yield rest.float()


def write_store(
    acts: Tensor,
    out_dir: str | Path,
    *,
    shard_tokens: int = 65_536,
    layer: int = 0,
    store_dtype: str = "float32",
) -> ActivationStore:
    """Write given activations ``[n, d]`` as a harvest folder (synthetic data for tests and benchmarks)."""
    out = Path(out_dir).expanduser()
    out.mkdir(parents=True, exist_ok=True)
    n, d = acts.shape
    config = {
        "model": "synthetic",
        "fingerprint": "",
        "layer": layer,
        "d_model": d,
        "ctx_len": 0,
        "corpus": "",
        "store_dtype": store_dtype,
        "model_dtype": "float32",
    }
    shards = []
    for i, s in enumerate(range(0, n, shard_tokens)):
        chunk = acts[s : s + shard_tokens].to(STORE_DTYPES[store_dtype])
        m = chunk.shape[0]
        name = f"shard_{i:05d}.safetensors"
        _write_shard(
            out / name,
            {
                "acts": chunk,
                "token": torch.zeros(m, dtype=torch.int32),
                "doc": torch.arange(s, s + m, dtype=torch.int32),
                "pos": torch.zeros(m, dtype=torch.int32),
            },
        )
        shards.append({"file": name, "tokens": m})
    _write_json(
        out / MANIFEST, {"config": config, "shards": shards, "windows_done": 0, "tokens": n, "complete": True}
    )
    return ActivationStore(out)
