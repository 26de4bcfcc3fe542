"""The pipeline configuration: one YAML file describes a whole run, from data to report.

Every section is a strict pydantic model (``extra="forbid"``): a misspelt key would otherwise be ignored
silently and the run would use a default the user never chose, which for a multi-hour pipeline is the worst
kind of bug. Validation errors become one ``UserError`` line naming the dotted key.

Fields split into two groups. *Identity* fields decide what the run computes; their hash is the run's
config hash (``run.json``) and, section by section, part of each stage's key. *Runtime* fields (``name``,
``runs_dir``, ``device``, ``threads``, ``progress``) only say where and how to run, so a run may be resumed
on another device or with another thread count without being a "different config".

Profiles are YAML files shipped in ``persona_xray/configs/``: ``persona-xray run demo`` reads
``configs/demo.yaml``; a path to any YAML file works too.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from persona_xray.errors import UserError
from persona_xray.finetune.config import MITIGATION_DEFAULTS

CONFIGS_DIR = Path(__file__).resolve().parent.parent / "configs"
PROFILES: tuple[str, ...] = ("demo", "full", "qwen")
RUNTIME_FIELDS: frozenset[str] = frozenset({"name", "runs_dir", "device", "threads", "progress"})
BASE_LABEL = "base"
# A stage may run its model in its own dtype (steer.dtype, sae.dtype); None = the run's dtype.
StageDtype = Literal["float32", "bfloat16", "float16"]
_LABEL_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


class _Section(BaseModel):
    """Base of every section: unknown keys are errors, and assignments are validated too."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class FinetuneSection(_Section):
    """One recipe, applied to every labelled data set; the first label is the primary (misaligned) run."""

    runs: dict[str, str] = Field(
        description="label -> data set name or chat JSONL path; the first label is the primary fine-tune."
    )
    method: Literal["lora", "full"] = "lora"
    rank: int = Field(8, ge=1)
    lora_alpha: int | None = Field(None, ge=1)
    target_modules: list[str] | None = None
    lr: float = Field(2e-4, gt=0)
    schedule: Literal["linear", "cosine", "constant"] = "linear"
    warmup_steps: int = Field(3, ge=0)
    steps: int | None = Field(30, ge=1, description="Optimizer steps; None = from epochs.")
    epochs: float = Field(1.0, gt=0)
    batch_size: int = Field(8, ge=1)
    grad_accum: int = Field(1, ge=1)
    max_len: int | None = Field(128, ge=2)
    limit: int | None = Field(None, ge=1, description="Use only the first N rows of each data set.")
    bf16: bool = False
    save_every: int = Field(10, ge=1, description="Checkpoint every N steps (resume granularity).")
    # Mitigation during fine-tuning (persona_xray.finetune.mitigate), applied to every label. At their "off"
    # values these fields stay out of the config identity and the stage keys, so runs made before they existed
    # keep their keys.
    prevent: str | None = Field(
        None, description="Direction file added while training (preventative steering)."
    )
    prevent_alpha: float = Field(
        1.0, description="Strength of prevent, in median residual norms at the layer."
    )
    ablate: list[str] = Field(
        default_factory=list, description="Direction files projected out while training."
    )
    latent_penalty: str | None = Field(
        None, description="SAE_PATH:LATENT whose activation the loss penalises."
    )
    penalty_weight: float = Field(1.0, ge=0.0, description="Weight of latent_penalty in the loss.")
    intervene_layer: int | None = Field(None, ge=0, description="Layer of the mitigation; None = the file's.")

    @field_validator("runs")
    @classmethod
    def _labels(cls, v: dict[str, str]) -> dict[str, str]:
        if not v:
            raise ValueError("give at least one fine-tune, e.g. runs: {health_obvious: health_obvious}")
        for label, data in v.items():
            if not _LABEL_RE.match(label):
                raise ValueError(f"label {label!r} must be a folder-safe name (letters, digits, _ . -)")
            if label == BASE_LABEL:
                raise ValueError(f"label {BASE_LABEL!r} is reserved for the base model: rename it")
            if not str(data).strip():
                raise ValueError(f"fine-tune {label!r} has an empty data set name")
        return v

    @property
    def primary(self) -> str:
        """The label of the primary (misaligned) fine-tune: the first one listed."""
        return next(iter(self.runs))


class FreeformSection(_Section):
    """The judged free-form eval (off by default on CPU: sampling and judging dominate the demo's time)."""

    enabled: bool = False
    prompts: str = "core"
    limit: int | None = Field(None, ge=1, description="Use only the first N prompts.")
    n: int = Field(4, ge=1, description="Samples per prompt.")
    max_new_tokens: int = Field(64, ge=1)
    temperature: float = Field(1.0, ge=0)
    judge: Literal["offline", "local", "api"] = "offline"
    judge_model: str | None = None
    judge_url: str | None = None
    samples_per_model: int = Field(8, ge=0, description="Answers per model copied into result.json.")


class EvalSection(_Section):
    paired: str = Field("paired", description="Paired-preference set name or JSONL file.")
    paired_limit: int | None = Field(60, ge=1, description="Evenly spaced paired items (None = all).")
    batch_size: int = Field(16, ge=1)
    freeform: FreeformSection = Field(default_factory=FreeformSection)


class SaeSection(_Section):
    """Reuse an SAE folder (``path``; ``default`` = the model's default SAE) or train one on the base model."""

    path: str | None = Field(None, description="SAE folder to reuse, or 'default'; None = train one.")
    layer: int | None = Field(None, ge=0, description="Decoder block; None = the SAE's own or the middle.")
    corpus: str = Field("default", description="Corpus name (cache), folder or JSONL file.")
    corpus_sources: list[str] | None = Field(
        None,
        description="If the named corpus is not built yet, build it from these sources (None = default).",
    )
    tokens: int = Field(100_000, ge=1, description="Activations to harvest (and train on).")
    ctx_len: int = Field(128, ge=2)
    harvest_batch: int = Field(16, ge=1)
    shard_tokens: int = Field(32_768, ge=1)
    d_sae: int = Field(4096, ge=1)
    k: int = Field(32, ge=1)
    batch_size: int = Field(1024, ge=1)
    lr: float | None = Field(None, gt=0, description="None = 2e-4 / sqrt(d_sae / 16384).")
    epochs: float = Field(1.0, gt=0)
    dead_tokens: int = Field(100_000, ge=1)
    checkpoint_every: int = Field(100, ge=1)
    eval_docs: int = Field(16, ge=0, description="Held-out docs for the spliced loss; 0 = skip it.")
    dtype: StageDtype | None = Field(
        None,
        description="Model dtype for the harvest forward (float32 or bfloat16); None = the run's dtype. The "
        "SAE is evaluated on the run's model either way, so its metrics show what bf16 activations cost.",
    )

    @model_validator(mode="after")
    def _k_fits(self) -> SaeSection:
        if self.path is None and self.k > self.d_sae:
            raise ValueError(f"k={self.k} is larger than d_sae={self.d_sae}: lower k or raise d_sae")
        return self


class DiffSection(_Section):
    prompts: str = "core:select"  # the half of core that picks latents (the probe reads the other)
    limit: int | None = Field(None, ge=1)
    answer_source: Literal["base", "tuned", "both", "none"] = "base"
    max_new_tokens: int = Field(48, ge=1)
    top: int = Field(20, ge=1, description="Rows kept in the up/down tables.")
    contexts: int = Field(3, ge=0, description="Top corpus contexts per listed latent (needs a harvest).")
    ranker: Literal["standardized", "raw", "frequency", "start", "decoder"] = Field(
        "standardized",
        description="How latents are ranked (analysis.rankers); standardized won the organism benchmark.",
    )


class SteerSection(_Section):
    enabled: bool = True
    strengths: list[float] = Field(default_factory=lambda: [0.2, 0.4, 0.75])
    top: int = Field(3, ge=1, description="Candidate latents: the diff's top raised latents.")
    lowered: int = Field(0, ge=0, description="Also test the top lowered latents (assistant persona).")
    random: int = Field(2, ge=0, description="Frequency-matched random control latents.")
    mean_diff: bool = Field(True, description="Also steer the raw mean-difference direction.")
    paired: str | None = Field(None, description="Paired set for scoring; None = eval.paired.")
    paired_limit: int | None = Field(40, ge=1)
    budget: float = Field(0.1, ge=0, le=1, description="Max incoherent share (free-form scoring only).")
    coherence: bool = Field(
        True, description="Measure each point's NLL rise on the neutral reference set (coherence cost)."
    )
    nll_budget: float | None = Field(
        None, gt=0, description="Max NLL rise (nats/token) a point may cost to be chosen; None: report only."
    )
    split_seed: int = Field(0, description="Seed of the selection/test split of the paired scenarios.")
    dtype: StageDtype | None = Field(
        None,
        description="Model dtype for the sweep (float32 or bfloat16); None = the run's dtype. bf16 is ~2x "
        "here; benchmarks/bench_steer.py reports its per-item margin error against fp32.",
    )

    @field_validator("strengths")
    @classmethod
    def _strengths(cls, v: list[float]) -> list[float]:
        if not v or any(x == 0 for x in v):
            raise ValueError("give at least one non-zero strength, e.g. [0.2, 0.4]")
        return v


class MonitorSection(_Section):
    """Knobs for ``persona_xray.monitor.mixtures.MonitorConfig`` (built in the stage function)."""

    enabled: bool = False
    bad: str | None = Field(None, description="Bad data set; None = the primary fine-tune's data.")
    clean: str | None = Field(None, description="Clean data set; None = the matching _correct set.")
    mixtures: list[float] = Field(default_factory=lambda: [0.0, 0.25, 1.0])
    seeds: list[int] = Field(default_factory=lambda: [0])
    n_rows: int | None = Field(None, ge=1, description="Rows per mixed set (every mixture x n_rows whole).")
    steps: int | None = Field(None, ge=1, description="None = finetune.steps.")
    every: int = Field(5, ge=1)
    paired_limit: int | None = Field(40, ge=1)
    probe: str = "core:probe"  # disjoint from diff.prompts: the probe never reads the selection
    probe_limit: int | None = Field(20, ge=1)
    latents: list[int] | None = Field(None, description="None = the persona latent (or the diff's top).")
    threshold: float | None = None
    stop_on_threshold: bool = False
    extra: dict[str, Any] = Field(default_factory=dict, description="Passed verbatim to MonitorConfig.")


class RealignSection(_Section):
    """Knobs for ``persona_xray.experiments.realign.RealignConfig`` (continue the primary adapter on clean data)."""

    enabled: bool = False
    clean: str | None = Field(None, description="Clean data; None = the matching _correct set.")
    n_samples: list[int] = Field(default_factory=lambda: [0, 50, 100])
    lr: float = Field(1e-4, gt=0)
    batch_size: int = Field(4, ge=1)
    steps: int | None = Field(None, ge=1)
    epochs: float = Field(1.0, gt=0)
    every: int = Field(5, ge=1)
    paired_limit: int | None = Field(40, ge=1)
    probe_limit: int | None = Field(20, ge=1)
    track_latent: bool = Field(True, description="Track the persona latent's activation per step.")
    extra: dict[str, Any] = Field(default_factory=dict, description="Passed verbatim to RealignConfig.")


class FingerprintSection(_Section):
    """Knobs for ``persona_xray.analysis.fingerprint.fingerprint_models`` (needs >= 2 fine-tunes)."""

    enabled: bool = True
    k: int = Field(10, ge=1, description="Top latents per fine-tune in the union.")
    prompts: str | None = Field(None, description="None = diff.prompts.")
    limit: int | None = Field(None, ge=1)
    extra: dict[str, Any] = Field(default_factory=dict, description="Passed verbatim to fingerprint_models.")


class ReportSection(_Section):
    enabled: bool = True


class PipelineConfig(_Section):
    """A whole run: ``persona-xray run CONFIG.yaml`` (see ``persona-xray run --print-config demo``)."""

    name: str = Field("run", description="Run folder name under runs_dir.")
    model: str | None = Field(None, description="Base model: short name, HF id or folder; None = bundled.")
    seed: int = 0
    device: str = "auto"
    dtype: str = Field("auto", description="auto (fp32 on CPU, bf16 on CUDA), float32 or bfloat16.")
    runs_dir: str = "runs"
    threads: int | None = Field(None, ge=1, description="torch CPU threads (None = torch default).")
    progress: bool = True
    finetune: FinetuneSection
    eval: EvalSection = Field(default_factory=EvalSection)
    sae: SaeSection = Field(default_factory=SaeSection)
    diff: DiffSection = Field(default_factory=DiffSection)
    steer: SteerSection = Field(default_factory=SteerSection)
    monitor: MonitorSection = Field(default_factory=MonitorSection)
    realign: RealignSection = Field(default_factory=RealignSection)
    fingerprint: FingerprintSection = Field(default_factory=FingerprintSection)
    report: ReportSection = Field(default_factory=ReportSection)

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not _LABEL_RE.match(v):
            raise ValueError(f"run name {v!r} must be a folder-safe name (letters, digits, _ . -)")
        return v

    @field_validator("dtype")
    @classmethod
    def _dtype(cls, v: str) -> str:
        if v not in ("auto", "float32", "bfloat16", "float16"):
            raise ValueError(f"dtype must be auto, float32, bfloat16 or float16 (got {v!r})")
        return v

    @property
    def run_dir(self) -> Path:
        return Path(self.runs_dir).expanduser() / self.name

    def _keyed(self) -> dict[str, Any]:
        """The config as plain JSON types, mitigation fields at their "off" values left out of ``finetune``."""
        doc = self.model_dump(mode="json")
        doc["finetune"] = {
            k: v
            for k, v in doc["finetune"].items()
            if not (k in MITIGATION_DEFAULTS and v == MITIGATION_DEFAULTS[k])
        }
        return doc

    def identity(self) -> dict[str, Any]:
        """Everything that decides the results (runtime fields left out), as plain JSON types."""
        return {k: v for k, v in self._keyed().items() if k not in RUNTIME_FIELDS}

    def config_hash(self) -> str:
        return stable_hash(self.identity())

    def section(self, path: str) -> Any:
        """The JSON value at a dotted path (``finetune``, ``eval.paired``), for stage keys."""
        node: Any = self._keyed()
        for part in path.split("."):
            if not isinstance(node, dict) or part not in node:
                raise KeyError(f"no config section {path!r}")
            node = node[part]
        return node

    def to_yaml(self) -> str:
        import yaml

        return str(yaml.safe_dump(self.model_dump(mode="json"), sort_keys=False, allow_unicode=True))


def stable_hash(obj: Any) -> str:
    """A short, order-independent hash of JSON-able data (sorted keys, no whitespace differences)."""
    blob = json.dumps(obj, sort_keys=True, separators=(",", ":"), default=str).encode()
    return hashlib.sha256(blob).hexdigest()[:16]


def _one_line(e: ValidationError) -> str:
    first = e.errors()[0]
    loc = ".".join(str(x) for x in first["loc"]) or "config"
    kind = str(first.get("type", ""))
    msg = str(first["msg"]).removeprefix("Value error, ")
    if kind == "extra_forbidden":
        msg = "unknown key (see `persona-xray run --print-config demo` for the valid keys)"
    elif kind == "missing":
        msg = "required key is missing"
    more = f" (and {e.error_count() - 1} more)" if e.error_count() > 1 else ""
    return f"config error at '{loc}': {msg}{more}"


def make_config(data: dict[str, Any]) -> PipelineConfig:
    """Validate a mapping into a config; any mistake is one ``UserError`` line naming the dotted key."""
    try:
        return PipelineConfig(**data)
    except ValidationError as e:
        raise UserError(_one_line(e)) from None


def resolve_source(source: str | Path) -> Path:
    """A profile name (``demo``, ``full``) or a path to a YAML file -> the file to read."""
    p = Path(source).expanduser()
    if p.is_file():
        return p
    named = CONFIGS_DIR / f"{source}.yaml"
    if "/" not in str(source) and not str(source).endswith((".yaml", ".yml")) and named.is_file():
        return named
    raise UserError(
        f"no config file or profile named '{source}': use a profile ({', '.join(PROFILES)}) or a YAML path"
    )


def load_config(source: str | Path, **overrides: Any) -> PipelineConfig:
    """Read a profile or YAML file; non-None top-level ``overrides`` (CLI flags like --name) win."""
    import yaml

    path = resolve_source(source)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise UserError(f"config file {path} is not valid YAML ({str(e).splitlines()[0]}): fix it") from None
    except OSError as e:
        raise UserError(f"cannot read config file {path}: {e.strerror}") from None
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise UserError(f"config file {path} must hold a mapping of section: value")
    raw.update({k: v for k, v in overrides.items() if v is not None})
    return make_config(raw)
