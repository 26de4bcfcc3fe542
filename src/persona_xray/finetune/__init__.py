"""Supervised fine-tuning (LoRA of any rank, or full) with checkpoints, exact resume and callbacks.

Library entry point: :func:`finetune`; CLI: ``persona-xray finetune DATA --out DIR``.
"""

from persona_xray.finetune.config import FinetuneConfig, load_config, make_config
from persona_xray.finetune.trainer import (
    Callback,
    StepInfo,
    check_run_folder,
    checkpoints,
    finetune,
    load_checkpoint_lm,
)

__all__ = [
    "Callback",
    "FinetuneConfig",
    "StepInfo",
    "check_run_folder",
    "checkpoints",
    "finetune",
    "load_checkpoint_lm",
    "load_config",
    "make_config",
]
