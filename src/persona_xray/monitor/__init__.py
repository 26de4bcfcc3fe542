"""Early warning for fine-tuning runs: read the persona latent (or a direction) while a model trains.

The study's finding that makes this worth having: the toxic-persona latent rises with only 5% bad data in
the fine-tuning set, while the behavioural misalignment score is still near zero. A signal that is one
forward pass over a fixed probe set is cheap enough to read every few optimizer steps.

The pieces::

    from persona_xray.monitor import Signal, sae_signals, probe_texts, measure, auc
    reading = measure(lm, sae_signals(sae, [latent]), probe_texts(lm))   # per-prompt values + means

- :mod:`persona_xray.monitor.signal`: signals, probe texts, one-pass measurement, detection AUC.
- :mod:`persona_xray.monitor.mixtures`: the bad-data-fraction experiment (``run_mixtures``), the trainer
  callback that logs and can stop a run (``MonitorCallback``), and readings over saved checkpoints
  (``monitor_checkpoints``).
- :mod:`persona_xray.monitor.hf`: ``PersonaMonitorCallback``, the same signal inside a user's own Hugging
  Face ``Trainer`` script.
"""

from __future__ import annotations

from persona_xray.monitor.mixtures import (
    MonitorCallback,
    MonitorConfig,
    load_monitor_config,
    monitor_checkpoints,
    run_mixtures,
)
from persona_xray.monitor.signal import (
    Signal,
    SignalReading,
    auc,
    direction_signal,
    measure,
    probe_prompts,
    probe_texts,
    sae_signals,
)

__all__ = [
    "MonitorCallback",
    "MonitorConfig",
    "Signal",
    "SignalReading",
    "auc",
    "direction_signal",
    "load_monitor_config",
    "measure",
    "monitor_checkpoints",
    "probe_prompts",
    "probe_texts",
    "run_mixtures",
    "sae_signals",
]
