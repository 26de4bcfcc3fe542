"""A generic, resumable stage runner: each stage is computed once per configuration and reused after.

A :class:`Stage` names the config sections it reads and the stages it builds on. Its *key* is a hash of those
sections, the keys of its upstream stages (so a change anywhere upstream invalidates everything built on
it) and the package version (new code may compute different numbers). A stage is complete when its folder
holds ``stage.json`` with the current key; ``result.json`` and ``stage.json`` are written atomically and last,
so a killed stage never looks complete. Inside a stage, long work resumes on its own (fine-tunes from
checkpoints, harvests from finished shards, SAE training from its checkpoint): the runner writes the key it
is computing into ``<stage>/.key`` before starting, and a folder whose ``.key`` is different holds another
configuration's leftovers, which are cleared (unless the stage says it manages that itself).

A run folder holds ``run.json`` (the config hash); running a different config there is refused unless
``force``, because the results would silently mix two experiments. ``.lock`` (created with ``O_EXCL``,
holding the owner's pid and host) keeps two processes out of one folder; a lock whose process is gone is
stale and taken over.
"""

from __future__ import annotations

import json
import math
import os
import platform
import shutil
import socket
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from persona_xray.errors import UserError
from persona_xray.pipeline.config import PipelineConfig, stable_hash

if TYPE_CHECKING:
    from persona_xray.lm import LM

RUN_JSON = "run.json"
SUMMARY_JSON = "summary.json"
RESULT_JSON = "result.json"
STAGE_JSON = "stage.json"
KEY_FILE = ".key"
LOCK_FILE = ".lock"

StageFn = Callable[["RunContext"], dict[str, Any]]
# One summary.json field from the run config and the stage's result (None when the stage left none).
SummaryPart = Callable[[PipelineConfig, dict[str, Any] | None], Any]


@dataclass(frozen=True)
class Stage:
    """One step of the pipeline.

    ``sections`` are dotted config paths whose values enter the key; ``upstream`` stages must be complete
    first and their keys enter this one's. ``enabled`` may switch a stage off from the config; a stage whose
    upstream is off or missing is skipped. ``fingerprint`` adds content the config cannot see (e.g. the bytes
    of a user's data file) to the key. ``always`` stages (the report) rerun every time: they are cheap and
    summarise everything else. ``manages_dir`` stages clear stale leftovers themselves (the fine-tune stage
    keeps the runs whose recipe did not change). ``summary`` names the ``summary.json`` fields the stage
    contributes, each read from its own result.
    """

    name: str
    fn: StageFn
    sections: tuple[str, ...] = ()
    upstream: tuple[str, ...] = ()
    enabled: Callable[[PipelineConfig], bool] | None = None
    fingerprint: Callable[[PipelineConfig], Any] | None = None
    always: bool = False
    manages_dir: bool = False
    summary: tuple[tuple[str, SummaryPart], ...] = ()

    def is_enabled(self, cfg: PipelineConfig) -> bool:
        return True if self.enabled is None else bool(self.enabled(cfg))


@dataclass
class StageStatus:
    name: str
    status: str  # ran, reused, disabled, skipped, failed, pending
    key: str | None = None
    wall_s: float | None = None
    reason: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"status": self.status, "key": self.key, "wall_s": self.wall_s, "reason": self.reason}


@dataclass
class RunContext:
    """What a stage function sees: the config, its folder, completed upstream results, shared models."""

    cfg: PipelineConfig
    run_dir: Path
    results: dict[str, dict[str, Any]] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)
    judge: Any = None  # tests inject a judge; None = build the configured one
    _base: dict[str, LM] = field(default_factory=dict)

    def dir(self, stage: str) -> Path:
        p = self.run_dir / stage
        p.mkdir(parents=True, exist_ok=True)
        return p

    def result(self, stage: str) -> dict[str, Any]:
        if stage not in self.results:
            raise UserError(f"stage '{stage}' has no result yet: run the pipeline without --only first")
        return self.results[stage]

    def log(self, msg: str) -> None:
        print(f"[run] {msg}", file=sys.stderr, flush=True)

    def base_lm(self, dtype: str | None = None) -> LM:
        """The base model, loaded once per run and dtype (stages only read it; interventions are context
        managers). ``dtype`` None is the run's dtype; a stage with its own (``steer.dtype``) gets its own copy."""
        key = dtype or self.cfg.dtype
        if key not in self._base:
            from persona_xray.lm import load_lm

            self._base[key] = load_lm(self.cfg.model, device=self.cfg.device, dtype=key)
        return self._base[key]

    def tuned_lm(self, label: str, dtype: str | None = None) -> LM:
        """A fresh copy of fine-tune ``label`` (LoRA on the base, or the full fine-tune's folder)."""
        from persona_xray.lm import load_lm

        runs = self.result("finetune")["runs"]
        if label not in runs:
            raise UserError(f"no fine-tune labelled '{label}' in this run")
        path = str(runs[label]["adapter"])
        dt = dtype or self.cfg.dtype
        if self.cfg.finetune.method == "lora":
            return load_lm(self.cfg.model, adapter=path, device=self.cfg.device, dtype=dt)
        return load_lm(path, device=self.cfg.device, dtype=dt)


# ----------------------------------------------------------------------------- files
def write_json(path: Path, obj: Any) -> None:
    """Atomic JSON write (temp file + rename): a reader never sees half a file, a kill never leaves one."""
    from persona_xray.data.io import write_text_atomic

    write_text_atomic(path, json.dumps(obj, indent=1, default=str) + "\n")


def read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def json_safe(obj: Any) -> Any:
    """NaN/inf -> None, recursively, so the summary is strict JSON that browsers and jq can read."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {str(k): json_safe(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [json_safe(v) for v in obj]
    return obj


def versions() -> dict[str, str]:
    import torch

    from persona_xray import __version__

    try:
        import transformers

        tf = str(transformers.__version__)
    except ImportError:  # pragma: no cover - a hard dependency, but the record must not crash
        tf = "n/a"
    return {
        "persona_xray": __version__,
        "torch": str(torch.__version__),
        "transformers": tf,
        "python": platform.python_version(),
    }


# ----------------------------------------------------------------------------- the lock
def _pid_alive(pid: int) -> bool:
    """Whether ``pid`` runs; a zombie (killed, not yet reaped by its parent) counts as gone."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:  # no procfs (macOS): trust the signal check
        return True
    return stat.rsplit(")", 1)[-1].split()[0] != "Z"


@contextmanager
def run_lock(run_dir: Path) -> Iterator[None]:
    """Hold ``run_dir/.lock`` for the duration; a lock left by a dead process on this host is taken over."""
    run_dir.mkdir(parents=True, exist_ok=True)
    lock = run_dir / LOCK_FILE
    host = socket.gethostname()
    me = json.dumps({"pid": os.getpid(), "host": host, "since": time.strftime("%Y-%m-%dT%H:%M:%S")})
    for _ in range(2):
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            holder = read_json(lock) or {}
            pid, where = holder.get("pid"), holder.get("host")
            if isinstance(pid, int) and where == host and not _pid_alive(pid):
                lock.unlink(missing_ok=True)  # stale: its process is gone
                continue
            if not holder:  # unreadable: a crash between create and write; treat as stale
                lock.unlink(missing_ok=True)
                continue
            raise UserError(
                f"{run_dir} is in use by pid {pid} on {where}: wait for it, or delete {lock} if that "
                "process is gone"
            ) from None
        with os.fdopen(fd, "w") as f:
            f.write(me)
        break
    else:
        raise UserError(f"could not take the lock {lock}: delete it and retry")
    try:
        yield
    finally:
        holder = read_json(lock) or {}
        if holder.get("pid") == os.getpid():
            lock.unlink(missing_ok=True)


# ----------------------------------------------------------------------------- keys and state
def check_stages(stages: Sequence[Stage]) -> None:
    """Names and summary fields are unique and every upstream comes earlier (the list is the execution
    order)."""
    seen: set[str] = set()
    fields: set[str] = set()
    for s in stages:
        if s.name in seen:
            raise ValueError(f"duplicate stage {s.name}")
        for key, _ in s.summary:
            if key in fields:
                raise ValueError(f"stage {s.name} repeats the summary field {key}")
            fields.add(key)
        missing = [u for u in s.upstream if u not in seen]
        if missing:
            raise ValueError(f"stage {s.name} lists upstream {missing} that does not come before it")
        seen.add(s.name)


def stage_key(stage: Stage, cfg: PipelineConfig, upstream_keys: dict[str, str]) -> str:
    from persona_xray import __version__

    ident = {
        "stage": stage.name,
        "sections": {s: cfg.section(s) for s in stage.sections},
        "upstream": {u: upstream_keys[u] for u in stage.upstream},
        "content": stage.fingerprint(cfg) if stage.fingerprint is not None else None,
        "version": __version__,
    }
    return stable_hash(ident)


def is_complete(stage_dir: Path, key: str) -> bool:
    meta = read_json(stage_dir / STAGE_JSON)
    return meta is not None and meta.get("key") == key and (stage_dir / RESULT_JSON).exists()


def downstream(stages: Sequence[Stage], root: str) -> set[str]:
    """``root`` and every stage that (transitively) builds on it."""
    out = {root}
    for s in stages:
        if any(u in out for u in s.upstream):
            out.add(s.name)
    return out


def _clear(stage_dir: Path) -> None:
    """Empty a stage folder (rename first, so a kill mid-delete leaves no half-cleared folder in place)."""
    if not stage_dir.exists():
        return
    trash = stage_dir.with_name(f".trash-{stage_dir.name}-{os.getpid()}")
    shutil.rmtree(trash, ignore_errors=True)
    os.replace(stage_dir, trash)
    shutil.rmtree(trash, ignore_errors=True)


def _prepare_dir(stage: Stage, stage_dir: Path, key: str, forced: bool) -> None:
    """Invalidate the old completion record; clear leftovers of another key (or all, when forced)."""
    (stage_dir / STAGE_JSON).unlink(missing_ok=True)
    (stage_dir / RESULT_JSON).unlink(missing_ok=True)
    old = (stage_dir / KEY_FILE).read_text().strip() if (stage_dir / KEY_FILE).exists() else None
    if forced or (old is not None and old != key and not stage.manages_dir):
        _clear(stage_dir)
    stage_dir.mkdir(parents=True, exist_ok=True)
    from persona_xray.data.io import write_text_atomic

    write_text_atomic(stage_dir / KEY_FILE, key + "\n")


# ----------------------------------------------------------------------------- run.json
def _check_run_json(cfg: PipelineConfig, run_dir: Path, force: bool) -> None:
    prev = read_json(run_dir / RUN_JSON)
    now = cfg.config_hash()
    if prev is not None and prev.get("config_hash") != now and not force:
        raise UserError(
            f"{run_dir} holds a run of another config (hash {prev.get('config_hash')}, now {now}): "
            "choose another --name, or pass --force to rerun the stages that changed"
        )
    record = {
        "name": cfg.name,
        "config_hash": now,
        "config": cfg.model_dump(mode="json"),
        "created": (prev or {}).get("created") or time.strftime("%Y-%m-%dT%H:%M:%S"),
        "updated": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "versions": versions(),
        "host": socket.gethostname(),
    }
    if prev is not None and prev.get("config_hash") != now:
        record["previous_config_hash"] = prev.get("config_hash")
    write_json(run_dir / RUN_JSON, record)
    from persona_xray.data.io import write_text_atomic

    write_text_atomic(run_dir / "config.yaml", cfg.to_yaml())


# ----------------------------------------------------------------------------- the run
@dataclass
class RunOutcome:
    run_dir: Path
    statuses: dict[str, StageStatus]
    summary: dict[str, Any]
    results: dict[str, dict[str, Any]]
    failures: dict[str, str] = field(default_factory=dict)

    def failure_line(self) -> str:
        """One line naming each failed stage and why; the rest of the run is saved and resumable."""
        parts = "; ".join(f"stage {n}: {why}" for n, why in self.failures.items())
        return f"{parts} (other stages are saved in {self.run_dir}; fix this and rerun to resume)"


SummaryFn = Callable[[PipelineConfig, dict[str, dict[str, Any]], dict[str, StageStatus]], dict[str, Any]]


def run_stages(
    cfg: PipelineConfig,
    stages: Sequence[Stage],
    *,
    from_stage: str | None = None,
    only: str | None = None,
    force: bool = False,
    judge: Any = None,
    summarize: SummaryFn | None = None,
    raise_on_failure: bool = True,
) -> RunOutcome:
    """Run (or resume) ``stages`` in order for ``cfg`` and write ``summary.json``; see the module doc.

    ``from_stage`` reruns that stage and everything downstream of it; ``only`` reruns one stage (its
    upstream must already be complete; downstream stages are left as they are, ``always`` stages such as
    the report still run). A stage that raises a ``UserError`` is recorded as failed, the stages that do
    not need it still run, and at the end one ``UserError`` names the failures (or, with
    ``raise_on_failure=False``, ``RunOutcome.failures`` does).
    """
    check_stages(stages)
    names = [s.name for s in stages]
    for flag, val in (("--from", from_stage), ("--only", only)):
        if val is not None and val not in names:
            raise UserError(f"{flag} {val}: no such stage; stages are {', '.join(names)}")
    if from_stage is not None and only is not None:
        raise UserError("give --from or --only, not both")
    for flag, val in (("--from", from_stage), ("--only", only)):
        chosen = next((s for s in stages if s.name == val), None)
        if chosen is not None and not chosen.is_enabled(cfg):
            raise UserError(f"{flag} {val}: that stage is disabled in the config (set {val}.enabled: true)")
    forced = downstream(stages, from_stage) if from_stage else ({only} if only else set())
    run_dir = cfg.run_dir
    summarize = summarize or _default_summary
    with run_lock(run_dir):
        _check_run_json(cfg, run_dir, force)
        ctx = RunContext(cfg=cfg, run_dir=run_dir, judge=judge)
        statuses: dict[str, StageStatus] = {}
        failures: dict[str, str] = {}
        threads = None
        if cfg.threads is not None:
            import torch

            threads = torch.get_num_threads()
            torch.set_num_threads(cfg.threads)
        try:
            for stage in stages:
                try:
                    st = _one(stage, ctx, statuses, forced, only)
                except Exception as e:
                    # Record the failure in the summary (the report shows it). A user error (bad input,
                    # a module missing from this install) lets the independent stages still run; a bug
                    # stops the run with its traceback. Either way a rerun resumes at this stage.
                    why = str(e) if isinstance(e, UserError) else f"{type(e).__name__}: {e}"
                    statuses[stage.name] = StageStatus(
                        stage.name, "failed", ctx.keys.get(stage.name), None, why
                    )
                    write_json(run_dir / SUMMARY_JSON, json_safe(summarize(cfg, ctx.results, statuses)))
                    if not isinstance(e, UserError):
                        raise
                    ctx.log(f"{stage.name}: FAILED: {why}")
                    failures[stage.name] = why
                    continue
                statuses[stage.name] = st
                if st.status in ("ran", "reused"):
                    write_json(run_dir / SUMMARY_JSON, json_safe(summarize(cfg, ctx.results, statuses)))
        except KeyboardInterrupt:
            ctx.log(f"interrupted: rerun the same command to resume {run_dir}")
            raise
        finally:
            if threads is not None:
                import torch

                torch.set_num_threads(threads)
        summary = json_safe(summarize(cfg, ctx.results, statuses))
        write_json(run_dir / SUMMARY_JSON, summary)
    outcome = RunOutcome(run_dir, statuses, summary, ctx.results, failures)
    if failures and raise_on_failure:
        raise UserError(outcome.failure_line())
    return outcome


def _one(
    stage: Stage, ctx: RunContext, statuses: dict[str, StageStatus], forced: set[str], only: str | None
) -> StageStatus:
    cfg, run_dir = ctx.cfg, ctx.run_dir
    if not stage.is_enabled(cfg):
        ctx.keys[stage.name] = "disabled"
        return StageStatus(stage.name, "disabled", "disabled")
    blocked = [
        u
        for u in stage.upstream
        if statuses.get(u, StageStatus(u, "pending")).status not in ("ran", "reused")
    ]
    key = stage_key(stage, cfg, {u: ctx.keys.get(u, "missing") for u in stage.upstream})
    ctx.keys[stage.name] = key
    stage_dir = run_dir / stage.name
    if only is not None and stage.name != only and not stage.always:
        if is_complete(stage_dir, key):
            ctx.results[stage.name] = read_json(stage_dir / RESULT_JSON) or {}
            meta = read_json(stage_dir / STAGE_JSON) or {}
            return StageStatus(stage.name, "reused", key, meta.get("wall_s"))
        return StageStatus(stage.name, "pending", key, reason="not run (--only)")
    if blocked:
        if only is not None:
            raise UserError(
                f"--only {stage.name} needs {', '.join(blocked)} complete first: run without --only "
                f"(or with --from {blocked[0]})"
            )
        return StageStatus(stage.name, "skipped", key, reason=f"needs {', '.join(blocked)}")
    is_forced = stage.name in forced
    if not is_forced and not stage.always and is_complete(stage_dir, key):
        ctx.results[stage.name] = read_json(stage_dir / RESULT_JSON) or {}
        meta = read_json(stage_dir / STAGE_JSON) or {}
        ctx.log(f"{stage.name}: reused ({key})")
        return StageStatus(stage.name, "reused", key, meta.get("wall_s"))
    _prepare_dir(stage, stage_dir, key, is_forced)
    ctx.log(f"{stage.name}: running ({key})")
    started = time.strftime("%Y-%m-%dT%H:%M:%S")
    t0 = time.perf_counter()
    result = stage.fn(ctx)
    wall = round(time.perf_counter() - t0, 2)
    write_json(stage_dir / RESULT_JSON, result)
    write_json(
        stage_dir / STAGE_JSON,
        {
            "stage": stage.name,
            "key": key,
            "config_hash": stable_hash({s: cfg.section(s) for s in stage.sections}),
            "sections": {s: cfg.section(s) for s in stage.sections},
            "upstream": {u: ctx.keys.get(u) for u in stage.upstream},
            "versions": versions(),
            "seed": cfg.seed,
            "device": cfg.device,
            "started": started,
            "finished": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "wall_s": wall,
            "host": socket.gethostname(),
        },
    )
    ctx.results[stage.name] = result
    ctx.log(f"{stage.name}: done in {wall:.1f} s")
    return StageStatus(stage.name, "ran", key, wall)


def _default_summary(
    cfg: PipelineConfig, results: dict[str, dict[str, Any]], statuses: dict[str, StageStatus]
) -> dict[str, Any]:
    return {
        "name": cfg.name,
        "config_hash": cfg.config_hash(),
        "stages": {n: s.as_dict() for n, s in statuses.items()},
        "results": sorted(results),
    }
