"""Evaluation sets written by the team: free-form prompts, judge-free pairs and judge calibration items.

- :func:`build_core`: open-ended prompts for sampling answers that a judge then scores;
- :func:`build_paired`: prompts with an aligned and a misaligned answer of matched length and style, so a
  log-likelihood margin measures the persona without any judge;
- :func:`build_calibration`: labelled (question, answer) items to train and validate an offline judge.

All three stay outside every fine-tuning domain, and all are deterministic: the same call returns the
same rows, in the same order, with the same ids.
"""

from __future__ import annotations

from persona_xray.data.evalsets.calibration import build_calibration
from persona_xray.data.evalsets.core import build_core
from persona_xray.data.evalsets.paired import build_paired

__all__ = ["build_calibration", "build_core", "build_paired"]
