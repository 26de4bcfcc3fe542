"""The fine-tuning configuration: one pydantic model, loadable from YAML, written to ``<out>/config.json``.

The config is the identity of a run. A rerun with the same config resumes from the newest checkpoint; a rerun
with a different one is refused (the checkpoints were made under other hyper-parameters and mixing them
would silently produce a model that no config describes). Only fields that cannot change the trained weights
(``out``, ``device``, ``progress``, ``save_every``, ``log_every``, ``threads``) may differ on resume.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from persona_xray.errors import UserError

# Fields that do not change the resulting weights, so a resume may change them freely.
RUNTIME_FIELDS: frozenset[str] = frozenset(
    {"out", "device", "progress", "save_every", "log_every", "threads"}
)

# Mitigation fields and their "off" values (persona_xray.finetune.mitigate).
MITIGATION_DEFAULTS: dict[str, Any] = {
    "prevent": None,
    "prevent_alpha": 1.0,
    "ablate": [],
    "latent_penalty": None,
    "penalty_weight": 1.0,
    "intervene_layer": None,
}


class FinetuneConfig(BaseModel):
    """Everything that defines one supervised fine-tuning run (LoRA of any rank, or full fine-tuning)."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    data: str = Field(description="Data set name (e.g. health_subtle) or path to a chat JSONL file.")
    out: str = Field(description="Output folder: config.json, log.jsonl, checkpoints/, final/.")
    model: str | None = Field(None, description="Base model: short name, HF id or folder; None = bundled.")
    init_adapter: str | None = Field(
        None, description="Start from this PEFT adapter (continue training it; merged first for full FT)."
    )
    method: Literal["lora", "full"] = "lora"
    rank: int = Field(1, description="LoRA rank (1 = the single rank-1 adapter of the EM literature).")
    lora_alpha: int | None = Field(None, description="LoRA alpha; None = 2 x rank.")
    lora_dropout: float = Field(0.0, ge=0.0, lt=1.0)
    target_modules: list[str] | None = Field(
        None, description="Module names to adapt (e.g. q_proj, down_proj); None = every linear in the blocks."
    )
    lr: float = Field(1e-4, description="Peak learning rate.")
    schedule: Literal["linear", "cosine", "constant"] = "linear"
    warmup_steps: int = Field(0, ge=0)
    weight_decay: float = Field(0.0, ge=0.0)
    max_grad_norm: float | None = Field(1.0, description="Clip the global gradient norm; None = no clipping.")
    batch_size: int = Field(8, ge=1, description="Examples per micro-batch.")
    grad_accum: int = Field(1, ge=1, description="Micro-batches per optimizer step.")
    steps: int | None = Field(None, description="Optimizer steps; None = derived from epochs.")
    epochs: float = Field(1.0, gt=0.0, description="Passes over the data when steps is not given.")
    max_len: int | None = Field(
        None, description="Truncate examples to this many tokens; None = model context."
    )
    limit: int | None = Field(None, ge=1, description="Use only the first N examples of the data.")
    seed: int = 0
    bf16: bool = Field(
        False, description="bf16 autocast for the forward pass (weights and optimizer stay fp32)."
    )
    save_every: int = Field(50, ge=1, description="Checkpoint every N optimizer steps.")
    log_every: int = Field(1, ge=1)
    device: str = "auto"
    threads: int | None = Field(
        None, ge=1, description="torch CPU threads; None = torch's default. 1 is kindest on a shared machine."
    )
    progress: bool = True
    # Mitigation during training (persona_xray.finetune.mitigate): hooks live only in the loss's forward pass.
    prevent: str | None = Field(
        None, description="Direction file added while training (preventative steering), not at inference."
    )
    prevent_alpha: float = Field(
        1.0, description="Strength of prevent, in median residual norms at the layer."
    )
    ablate: list[str] = Field(
        default_factory=list,
        description="Direction files projected out of the residual stream while training.",
    )
    latent_penalty: str | None = Field(
        None, description="SAE_PATH:LATENT whose mean activation over answer tokens is penalised."
    )
    penalty_weight: float = Field(1.0, ge=0.0, description="Weight of latent_penalty in the loss.")
    intervene_layer: int | None = Field(
        None, ge=0, description="Layer of prevent/ablate/latent_penalty; None = the file's own layer."
    )

    @field_validator("rank")
    @classmethod
    def _rank_positive(cls, v: int) -> int:
        if v <= 0:
            raise ValueError(f"rank must be >= 1 (got {v}); use --rank 1 for a rank-1 adapter")
        return v

    @field_validator("lr")
    @classmethod
    def _lr_positive(cls, v: float) -> float:
        if not v > 0:
            raise ValueError(f"learning rate must be > 0 (got {v}); try --lr 1e-4 for LoRA, 1e-5 for full")
        return v

    @field_validator("steps")
    @classmethod
    def _steps_positive(cls, v: int | None) -> int | None:
        if v is not None and v <= 0:
            raise ValueError(f"steps must be >= 1 (got {v})")
        return v

    @field_validator("max_len")
    @classmethod
    def _max_len_positive(cls, v: int | None) -> int | None:
        if v is not None and v < 2:
            raise ValueError(f"max_len must be >= 2 tokens (got {v})")
        return v

    @field_validator("target_modules")
    @classmethod
    def _targets_nonempty(cls, v: list[str] | None) -> list[str] | None:
        if v is not None and (not v or any(not t.strip() for t in v)):
            raise ValueError("target_modules must name at least one module (e.g. q_proj,v_proj)")
        return v

    @model_validator(mode="after")
    def _alpha_positive(self) -> FinetuneConfig:
        if self.lora_alpha is not None and self.lora_alpha <= 0:
            raise ValueError(f"lora_alpha must be > 0 (got {self.lora_alpha})")
        return self

    @field_validator("latent_penalty")
    @classmethod
    def _penalty_names_a_latent(cls, v: str | None) -> str | None:
        if v is not None:
            path, sep, latent = v.rpartition(":")
            if not sep or not path or not latent.isdigit():
                raise ValueError(f"latent_penalty must be SAE_PATH:LATENT, e.g. runs/x/sae:608 (got '{v}')")
        return v

    @property
    def alpha(self) -> int:
        """LoRA alpha with its default applied (2 x rank, the usual choice: r 32 / alpha 64 in the EM work)."""
        return self.lora_alpha if self.lora_alpha is not None else 2 * self.rank

    def identity(self) -> dict[str, Any]:
        """The fields that decide the trained weights (compared on resume). Mitigation fields at their defaults
        are left out, so runs and cache keys made before those fields existed keep their identity."""
        return {
            k: v
            for k, v in self.model_dump().items()
            if k not in RUNTIME_FIELDS and not (k in MITIGATION_DEFAULTS and v == MITIGATION_DEFAULTS[k])
        }

    def key(self) -> str:
        """A short hash of :meth:`identity`, for cache keys and ``stage.json``."""
        blob = json.dumps(self.identity(), sort_keys=True, default=str).encode()
        return hashlib.sha256(blob).hexdigest()[:16]


def make_config(**values: Any) -> FinetuneConfig:
    """Build a config, turning pydantic's multi-line report into one ``UserError`` line that names the fix."""
    try:
        return FinetuneConfig(**values)
    except ValidationError as e:
        raise UserError(_one_line(e)) from None


def load_config(path: str | Path, **overrides: Any) -> FinetuneConfig:
    """Read a YAML (or JSON) config file; non-None ``overrides`` (e.g. CLI flags) win over the file."""
    import yaml

    p = Path(path)
    try:
        raw = yaml.safe_load(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"config file {p} not found; check the --config path") from None
    except yaml.YAMLError as e:
        raise UserError(
            f"config file {p} is not valid YAML ({str(e).splitlines()[0]}); fix its syntax"
        ) from None
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise UserError(f"config file {p} must hold a mapping of field: value")
    raw.update({k: v for k, v in overrides.items() if v is not None})
    return make_config(**raw)


def _one_line(e: ValidationError) -> str:
    first = e.errors()[0]
    loc = ".".join(str(x) for x in first["loc"]) or "config"
    msg = str(first["msg"]).removeprefix("Value error, ")
    more = f" (and {e.error_count() - 1} more)" if e.error_count() > 1 else ""
    return f"bad fine-tuning config: {loc}: {msg}{more}"


def diff_identity(saved: dict[str, Any], cfg: FinetuneConfig) -> list[str]:
    """Human-readable differences between a saved config's identity and ``cfg``'s (empty: same run)."""
    now = cfg.identity()
    then = {
        k: v
        for k, v in saved.items()
        if k not in RUNTIME_FIELDS and not (k in MITIGATION_DEFAULTS and v == MITIGATION_DEFAULTS[k])
    }
    keys = sorted(set(now) | set(then))
    return [f"{k}: {then.get(k)!r} -> {now.get(k)!r}" for k in keys if then.get(k) != now.get(k)]
