"""Verdict and result caches: a crashed eval resumes without paying twice, a repeated eval costs nothing.

The verdict cache is an append-only JSONL file (one verdict per line, flushed as it is written), so a process
killed mid-eval leaves at most one torn last line, which the reader skips.
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path
from typing import Any

from persona_xray.evals.judge import Verdict


def digest(*parts: Any) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(json.dumps(p, sort_keys=True, default=str).encode())
        h.update(b"\x00")
    return h.hexdigest()[:20]


class VerdictCache:
    """Maps (judge id, question, answer) to a verdict, persisted in ``path`` (or memory only if None)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._data: dict[str, Verdict] = {}
        if path is not None and path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    row = json.loads(line)
                    self._data[row["key"]] = Verdict(**row["verdict"])
                except (ValueError, KeyError, TypeError):
                    continue  # a torn last line from a killed process

    @staticmethod
    def key(judge_id: str, question: str, answer: str) -> str:
        return digest(judge_id, question, answer)

    def get(self, key: str) -> Verdict | None:
        return self._data.get(key)

    def put(self, key: str, verdict: Verdict) -> None:
        with self._lock:
            self._data[key] = verdict
            if self.path is not None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self.path.open("a", encoding="utf-8") as f:
                    f.write(json.dumps({"key": key, "verdict": verdict.as_dict()}) + "\n")
                    f.flush()

    def __len__(self) -> int:
        return len(self._data)
