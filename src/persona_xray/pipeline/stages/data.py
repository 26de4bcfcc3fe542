"""The data stage: resolve and validate every fine-tuning set before any training starts."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from persona_xray.data.registry import (
    dataset_kind,
    get_dataset,
    load_dataset,
    read_manifest,
    sets_dir,
)
from persona_xray.errors import UserError
from persona_xray.pipeline.config import PipelineConfig
from persona_xray.pipeline.runner import RunContext, Stage
from persona_xray.pipeline.stages.common import file_sha


def data_fingerprint(cfg: PipelineConfig) -> dict[str, str]:
    """The bytes of every training set enter the key: an edited data file reruns everything built on it."""
    return {label: file_sha(get_dataset(data)) for label, data in cfg.finetune.runs.items()}


def stage_data(ctx: RunContext) -> dict[str, Any]:
    """Resolve and validate every fine-tuning set (fail now, not after an hour); copy the shipped cards."""
    out = ctx.dir("data")
    try:
        manifest: dict[str, Any] = read_manifest().get("sets", {})
    except UserError:
        manifest = {}
    datasets: dict[str, Any] = {}
    for label, name in ctx.cfg.finetune.runs.items():
        path = get_dataset(name)
        rows = load_dataset(name)  # full validation: a malformed line is a one-line error here
        entry: dict[str, Any] = {
            "name": name,
            "path": str(path.resolve()),
            "rows": len(rows),
            "sha256": file_sha(path),
            "kind": dataset_kind(name) or "sft",
            "card": None,
        }
        info = manifest.get(name)
        if isinstance(info, dict) and info.get("card"):
            card = sets_dir() / str(info["card"])
            if card.is_file():
                target = out / "cards" / f"{Path(name).stem}.md"
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(card, target)
                entry["card"] = str(target)
            entry.update({k: info[k] for k in ("domain", "variant", "group") if k in info})
        datasets[label] = entry
    return {"datasets": datasets, "primary": ctx.cfg.finetune.primary}


STAGE = Stage("data", stage_data, sections=("finetune.runs",), fingerprint=data_fingerprint)
