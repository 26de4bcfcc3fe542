"""Data stage: narrow fine-tuning sets, mixtures, eval sets and the tools that keep them clean.

Later stages need only :func:`get_dataset` / :func:`load_dataset`, which accept a shipped set name
(``health_subtle``, ``insecure_code``, ``core``, ...) or a path to the user's own JSONL file.
"""

from __future__ import annotations

from persona_xray.data.io import load_jsonl, validate_file, write_jsonl
from persona_xray.data.registry import dataset_names, get_dataset, load_dataset

__all__ = ["dataset_names", "get_dataset", "load_dataset", "load_jsonl", "validate_file", "write_jsonl"]
