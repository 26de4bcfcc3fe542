"""The persona monitor inside a user's own Hugging Face ``Trainer`` script: one line to add.

::

    from persona_xray.monitor.hf import PersonaMonitorCallback
    from persona_xray.monitor import sae_signals
    from persona_xray.sae import load_sae

    sae = load_sae("path/to/sae")
    trainer = Trainer(..., callbacks=[PersonaMonitorCallback(sae_signals(sae, [LATENT]), every=50,
                                                             threshold=2.0, stop_on_threshold=True)])

Every ``every`` optimizer steps (and once before the first step) the callback reads the signals over the
fixed probe prompts with the model being trained, prints one line, appends a row to a JSONL file and, when
``torch.utils.tensorboard`` can be imported, writes TensorBoard scalars. When the primary (first) signal
reaches ``threshold`` it warns once, and with ``stop_on_threshold`` sets ``control.should_training_stop``.

TRL's ``SFTTrainer`` is a ``Trainer`` subclass and calls callbacks the same way, so the callback works there
unchanged; it is tested here with ``transformers.Trainer`` only, because TRL is not installable offline.

The training model is wrapped in an :class:`~persona_xray.lm.LM` without copying any weight; the wrapper
switches it to eval mode for the reading (no dropout noise in the signal) and the callback puts it back in
train mode afterwards. Tokenizer attributes the wrapper may fill in (a pad token, a fallback chat template)
are restored too, so the user's data collation is unchanged. Every process measures (the decision to stop is
then the same on every rank), only the main process writes. Sharded models (FSDP, DeepSpeed ZeRO-3) are not
supported: a reading needs the whole layer stack on one device.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from transformers import TrainerCallback, TrainerControl, TrainerState, TrainingArguments

from persona_xray.errors import UserError
from persona_xray.lm import LM
from persona_xray.monitor.mixtures import append_row, take_reading
from persona_xray.monitor.signal import Signal, probe_prompts, probe_texts


class PersonaMonitorCallback(TrainerCallback):
    """Log (and optionally act on) persona signals during ``transformers.Trainer`` training.

    ``tokenizer`` is needed only when the trainer was built without one (``processing_class``).
    ``log_path`` defaults to ``<output_dir>/persona_monitor.jsonl``, ``tensorboard_dir`` to
    ``<output_dir>/persona_monitor_tb``; ``tensorboard=False`` turns TensorBoard off.
    """

    def __init__(
        self,
        signals: Sequence[Signal],
        *,
        every: int = 50,
        tokenizer: Any = None,
        texts: Sequence[str] | None = None,
        probe: str = "core",
        probe_limit: int | None = 20,
        paired_items: Sequence[Any] | None = None,
        log_path: str | Path | None = None,
        tensorboard: bool = True,
        tensorboard_dir: str | Path | None = None,
        threshold: float | None = None,
        stop_on_threshold: bool = False,
        batch_size: int = 16,
        console: bool = True,
    ) -> None:
        if not signals:
            raise UserError(
                "PersonaMonitorCallback needs at least one signal (sae_signals or direction_signal)"
            )
        if every < 1:
            raise UserError(f"every must be >= 1 (got {every})")
        if stop_on_threshold and threshold is None:
            raise UserError("stop_on_threshold needs a threshold")
        self.signals = list(signals)
        self.every = every
        self.tokenizer = tokenizer
        self.texts = list(texts) if texts is not None else None
        self.probe, self.probe_limit = probe, probe_limit
        self.paired_items = list(paired_items) if paired_items else None
        self.log_path = Path(log_path) if log_path is not None else None
        self.tensorboard = tensorboard
        self.tensorboard_dir = Path(tensorboard_dir) if tensorboard_dir is not None else None
        self.threshold = threshold
        self.stop_on_threshold = stop_on_threshold
        self.batch_size = batch_size
        self.console = console
        self.rows: list[dict[str, Any]] = []
        self.crossed_step: int | None = None
        self._writer: Any = None
        self._tb_tried = False

    # ------------------------------------------------------------------ helpers
    def _tokenizer(self, kwargs: dict[str, Any]) -> Any:
        tok = kwargs.get("processing_class") or kwargs.get("tokenizer") or self.tokenizer
        # A multimodal processor carries its text tokenizer as an attribute.
        if tok is not None and not hasattr(tok, "apply_chat_template") and hasattr(tok, "tokenizer"):
            tok = tok.tokenizer
        if tok is None:
            raise UserError(
                "PersonaMonitorCallback found no tokenizer: pass processing_class= to the Trainer or "
                "tokenizer= to the callback"
            )
        return tok

    def _tb(self, args: TrainingArguments) -> Any:
        if self._tb_tried or not self.tensorboard:
            return self._writer
        self._tb_tried = True
        try:
            from torch.utils.tensorboard import SummaryWriter
        except ImportError:
            print(
                "[persona-monitor] TensorBoard is not installed: logging to the console and JSONL only",
                file=sys.stderr,
            )
            return None
        folder = self.tensorboard_dir or Path(args.output_dir or ".") / "persona_monitor_tb"
        self._writer = SummaryWriter(log_dir=str(folder))
        return self._writer

    def _measure(
        self, args: TrainingArguments, state: TrainerState, kwargs: dict[str, Any]
    ) -> dict[str, Any]:
        model = kwargs.get("model")
        if model is None:
            raise UserError("PersonaMonitorCallback got no model from the Trainer")
        tok = self._tokenizer(kwargs)
        saved = {"pad_token": tok.pad_token, "chat_template": getattr(tok, "chat_template", None)}
        was_training = bool(model.training)
        t0 = time.perf_counter()
        try:
            lm = LM(model=model, tokenizer=tok, name=type(model).__name__)  # wraps, never copies
            if self.texts is None:
                self.texts = probe_texts(lm, probe_prompts(self.probe, self.probe_limit))
            reading = take_reading(
                lm, self.signals, self.texts, self.paired_items, batch_size=self.batch_size
            )
        finally:
            model.train(was_training)
            if tok.pad_token != saved["pad_token"]:
                tok.pad_token = saved["pad_token"]
            if getattr(tok, "chat_template", None) != saved["chat_template"]:
                tok.chat_template = saved["chat_template"]
        row: dict[str, Any] = {"step": int(state.global_step), "epoch": state.epoch, **reading}
        row["measure_s"] = round(time.perf_counter() - t0, 3)
        self.rows.append(row)
        if state.is_world_process_zero:
            self._write(args, row)
        return row

    def _write(self, args: TrainingArguments, row: dict[str, Any]) -> None:
        step = row["step"]
        path = self.log_path or Path(args.output_dir or ".") / "persona_monitor.jsonl"
        append_row(path, row)
        writer = self._tb(args)
        if writer is not None:
            for name, value in row["signal"].items():
                if value is not None:
                    writer.add_scalar(f"persona/{name}", value, step)
            if row.get("paired"):
                writer.add_scalar("persona/paired_misaligned_preference", row["paired"]["value"], step)
            writer.flush()
        if self.console:
            parts = [f"{k}={v:.4f}" if v is not None else f"{k}=n/a" for k, v in row["signal"].items()]
            if row.get("paired"):
                parts.append(f"paired={row['paired']['value']:.3f}")
            print(f"[persona-monitor] step {step}: " + "  ".join(parts), file=sys.stderr, flush=True)

    def _crossed(self, row: dict[str, Any]) -> bool:
        if self.threshold is None:
            return False
        value = row["signal"].get(self.signals[0].name)
        if value is None or not value >= self.threshold:
            return False
        if self.crossed_step is None:
            self.crossed_step = int(row["step"])
            action = "stopping training" if self.stop_on_threshold else "training continues"
            print(
                f"[persona-monitor] WARNING step {row['step']}: {self.signals[0].name} = {value:.4f} reached "
                f"the threshold {self.threshold:g} ({action})",
                file=sys.stderr,
                flush=True,
            )
        return True

    # ------------------------------------------------------------------ Trainer events
    def on_train_begin(
        self, args: TrainingArguments, state: TrainerState, control: TrainerControl, **kwargs: Any
    ) -> None:
        """Read the starting model (step 0) so later readings have a baseline; a resumed run skips this."""
        if state.global_step == 0:
            self._crossed(self._measure(args, state, kwargs))  # warn only: nothing has been trained yet

    def on_step_end(
        self, args: TrainingArguments, state: TrainerState, control: TrainerControl, **kwargs: Any
    ) -> None:
        if state.global_step % self.every:
            return
        row = self._measure(args, state, kwargs)
        if self._crossed(row) and self.stop_on_threshold:
            control.should_training_stop = True

    def on_train_end(
        self, args: TrainingArguments, state: TrainerState, control: TrainerControl, **kwargs: Any
    ) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
            self._tb_tried = False
