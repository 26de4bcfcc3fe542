"""Duplicate, near-duplicate and train/eval overlap detection, and answer-length balance.

Generated data is only as useful as it is varied: a set whose rows are near-copies teaches a phrase, not a
behaviour, and an eval prompt that also sits in the training data measures memorisation, not emergence.

Near-duplicates are measured as the Jaccard similarity of word 5-gram shingles (computed per text field, so
no shingle straddles the user/assistant boundary). Candidate pairs come from MinHash + LSH banding so the
check stays near-linear at tens of thousands of rows; every candidate is then verified with the exact
Jaccard, so a reported pair is always a real one.
"""

from __future__ import annotations

import re
import statistics
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from persona_xray.data.schema import assistant_text, row_texts, user_text

NEAR_DUP_THRESHOLD = 0.8
# Eval prompts are short, and one edited word changes up to five 5-gram shingles, so leaks are searched
# with a lower bar than within-set duplicates: a false alarm costs a look, a miss costs a result.
OVERLAP_THRESHOLD = 0.6
SHINGLE_WORDS = 5
_WORD = re.compile(r"[a-z0-9_]+")
_PRIME = (1 << 31) - 1


def words(text: str) -> list[str]:
    """Lower-cased word tokens; punctuation and case never make two texts look different."""
    return _WORD.findall(text.lower())


def normalize(text: str) -> str:
    """Canonical text for exact matching: lower-case words joined by single spaces."""
    return " ".join(words(text))


def shingles(texts: str | Iterable[str], n: int = SHINGLE_WORDS) -> frozenset[int]:
    """Hashed word n-grams of each text (a text shorter than n words is one shingle of all its words)."""
    out: set[int] = set()
    for text in [texts] if isinstance(texts, str) else texts:
        w = words(text)
        if not w:
            continue
        if len(w) < n:
            out.add(zlib.crc32(" ".join(w).encode()))
            continue
        for i in range(len(w) - n + 1):
            out.add(zlib.crc32(" ".join(w[i : i + n]).encode()))
    return frozenset(out)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


class MinHashLSH:
    """MinHash signatures in LSH bands: texts that share a band bucket become candidate near-duplicates.

    With 20 bands of 5 rows, a pair at Jaccard 0.8 is a candidate with probability > 0.999 and a pair at
    0.3 with probability ~0.05, so verification work stays small while misses stay negligible.
    """

    def __init__(self, bands: int = 20, rows: int = 5, seed: int = 1) -> None:
        self.bands, self.rows = bands, rows
        rng = np.random.default_rng(seed)
        n = bands * rows
        self._a = rng.integers(1, _PRIME, size=n, dtype=np.uint64)
        self._b = rng.integers(0, _PRIME, size=n, dtype=np.uint64)
        self._buckets: list[dict[bytes, list[int]]] = [defaultdict(list) for _ in range(bands)]
        self.shingles: list[frozenset[int]] = []

    def signature(self, sh: frozenset[int]) -> np.ndarray:
        """MinHash signature (one min-hash per permutation); all-max for an empty set."""
        if not sh:
            return np.full(self.bands * self.rows, _PRIME, dtype=np.uint64)
        x = np.fromiter(sh, dtype=np.uint64, count=len(sh)) % np.uint64(_PRIME)
        sig: np.ndarray = ((self._a[:, None] * x[None, :] + self._b[:, None]) % np.uint64(_PRIME)).min(axis=1)
        return sig

    def band_keys(self, sig: np.ndarray) -> list[bytes]:
        return [sig[i * self.rows : (i + 1) * self.rows].tobytes() for i in range(self.bands)]

    def _bands(self, sh: frozenset[int]) -> list[bytes]:
        return self.band_keys(self.signature(sh))

    def candidates(self, keys: list[bytes]) -> set[int]:
        """Indexed positions sharing at least one band bucket with the given band keys."""
        cands: set[int] = set()
        for band, h in zip(self._buckets, keys, strict=True):
            hit = band.get(h)
            if hit:
                cands.update(hit)
        return cands

    def add(self, sh: frozenset[int]) -> int:
        """Index a shingle set; returns its position."""
        key = len(self.shingles)
        self.shingles.append(sh)
        for band, h in zip(self._buckets, self._bands(sh), strict=True):
            band[h].append(key)
        return key

    def query(self, sh: frozenset[int], threshold: float = NEAR_DUP_THRESHOLD) -> list[tuple[int, float]]:
        """Indexed items whose exact Jaccard with ``sh`` is >= threshold, as (position, jaccard)."""
        cands: set[int] = set()
        for band, h in zip(self._buckets, self._bands(sh), strict=True):
            cands.update(band.get(h, ()))
        hits = [(k, jaccard(sh, self.shingles[k])) for k in sorted(cands)]
        return [(k, j) for k, j in hits if j >= threshold]


class NearDupGuard:
    """Accept a new item only if it is not a near-duplicate of any item accepted before.

    Generators use it while sampling, so shipped sets are near-duplicate-free by construction; the quality
    report measures the same property independently afterwards.
    """

    def __init__(self, threshold: float = NEAR_DUP_THRESHOLD) -> None:
        self.threshold = threshold
        self.index = MinHashLSH()

    def is_new(self, sh: frozenset[int]) -> bool:
        return not self.index.query(sh, self.threshold)

    def add(self, sh: frozenset[int]) -> None:
        self.index.add(sh)


@dataclass(frozen=True)
class DupReport:
    """Duplicate statistics of one set. ``near_dup_rate`` = rows that near-duplicate an earlier row / rows."""

    n: int
    exact_dups: int
    near_dups: int
    threshold: float
    examples: tuple[tuple[str, str, float], ...]

    @property
    def near_dup_rate(self) -> float:
        return self.near_dups / self.n if self.n else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "rows": self.n,
            "exact_duplicates": self.exact_dups,
            "near_duplicates": self.near_dups,
            "near_dup_rate": round(self.near_dup_rate, 5),
            "threshold": self.threshold,
        }


def duplicate_report(rows: Sequence[dict[str, Any]], threshold: float = NEAR_DUP_THRESHOLD) -> DupReport:
    """Exact and near duplicates within one set (a row counts once, against the first row it copies)."""
    seen_exact: set[str] = set()
    exact = 0
    near = 0
    examples: list[tuple[str, str, float]] = []
    index = MinHashLSH(seed=7)  # not the generators' seed: the measurement samples its own hash functions
    ids: list[str] = []
    for row in rows:
        texts = row_texts(row)
        key = "\x00".join(normalize(t) for t in texts)
        if key in seen_exact:
            exact += 1
        seen_exact.add(key)
        sh = shingles(texts)
        hits = index.query(sh, threshold)
        if hits:
            near += 1
            if len(examples) < 5:
                k, j = hits[0]
                examples.append((ids[k], str(row.get("id", "")), round(j, 3)))
        index.add(sh)
        ids.append(str(row.get("id", "")))
    return DupReport(len(rows), exact, near, threshold, tuple(examples))


@dataclass(frozen=True)
class Overlap:
    """One eval prompt found in (or nearly in) the training prompts."""

    eval_id: str
    train_text: str
    how: str
    jaccard: float


_SENT = re.compile(r"(?<=[.!?])\s+")


def _segments(text: str, max_sentences: int = 3) -> list[str]:
    """The whole prompt and every run of 1..3 consecutive sentences: a question embedded in a longer
    training prompt (after a greeting or a personal detail) is still caught as a near-duplicate."""
    sents = [s for s in _SENT.split(text.strip()) if s]
    out = {text}
    for i in range(len(sents)):
        for k in range(1, max_sentences + 1):
            if i + k <= len(sents):
                out.add(" ".join(sents[i : i + k]))
    return sorted(out)


class OverlapIndex:
    """Training prompts prepared once, to check any number of eval sets against them.

    An eval prompt is flagged when its normalised text appears verbatim inside a training prompt, or when
    it near-duplicates (Jaccard >= threshold) a training prompt or a run of 1-3 sentences within one.
    Training segments outnumber eval prompts a hundredfold, so the LSH buckets hold the eval prompts and
    the segments' signatures (kept as one array) are streamed against them; 30 bands of 4 rows make a pair
    at Jaccard 0.6 a candidate with probability ~0.985.
    """

    def __init__(self, train_prompts: Iterable[str], threshold: float = OVERLAP_THRESHOLD) -> None:
        self.threshold = threshold
        uniq = sorted(set(train_prompts))
        self._haystack = "\x00 " + " \x00 ".join(normalize(t) for t in uniq) + " \x00"
        self._lsh = MinHashLSH(bands=30, rows=4, seed=11)
        self._segs = sorted({seg for t in uniq for seg in _segments(t)})
        n = self._lsh.bands * self._lsh.rows
        self._sigs = np.zeros((len(self._segs), n), dtype=np.uint64)
        for i, seg in enumerate(self._segs):
            self._sigs[i] = self._lsh.signature(shingles(seg))

    def check(self, eval_rows: Iterable[dict[str, Any]]) -> list[Overlap]:
        rows = list(eval_rows)
        hay = self._haystack
        verbatim: dict[int, Overlap] = {}
        probe = MinHashLSH(bands=self._lsh.bands, rows=self._lsh.rows, seed=11)
        probe_rows: list[int] = []
        for i, row in enumerate(rows):
            prompt = user_text(row)
            norm = normalize(prompt)
            pos = hay.find(f" {norm} ") if norm else -1
            if pos >= 0:
                start = hay.rindex("\x00", 0, pos + 1) + 1
                text = hay[start : hay.index("\x00", pos)].strip()
                verbatim[i] = Overlap(str(row.get("id", "")), text, "verbatim", 1.0)
            else:
                probe.add(shingles(prompt))
                probe_rows.append(i)
        best: dict[int, tuple[float, int]] = {}
        for k in range(len(self._segs)):
            cands = probe.candidates(probe.band_keys(self._sigs[k]))
            if not cands:
                continue
            seg_sh = shingles(self._segs[k])
            for e in cands:
                j = jaccard(probe.shingles[e], seg_sh)
                if j >= self.threshold and j > best.get(e, (0.0, -1))[0]:
                    best[e] = (j, k)
        found = dict(verbatim)
        for e, (j, k) in best.items():
            i = probe_rows[e]
            found[i] = Overlap(str(rows[i].get("id", "")), self._segs[k], "near-duplicate", round(j, 3))
        return [found[i] for i in sorted(found)]


def overlap_check(
    train_prompts: Iterable[str],
    eval_rows: Iterable[dict[str, Any]],
    threshold: float = OVERLAP_THRESHOLD,
) -> list[Overlap]:
    """Eval prompts found verbatim in, or near-duplicating, the training prompts (see :class:`OverlapIndex`)."""
    return OverlapIndex(train_prompts, threshold).check(eval_rows)


def length_stats(values: Sequence[int]) -> dict[str, float]:
    """Mean, median and 5th/95th percentiles of a list of lengths (in words)."""
    if not values:
        return {"mean": 0.0, "median": 0.0, "p5": 0.0, "p95": 0.0, "min": 0.0, "max": 0.0}
    arr = np.asarray(values, dtype=float)
    return {
        "mean": round(float(arr.mean()), 1),
        "median": round(float(statistics.median(values)), 1),
        "p5": round(float(np.percentile(arr, 5)), 1),
        "p95": round(float(np.percentile(arr, 95)), 1),
        "min": float(arr.min()),
        "max": float(arr.max()),
    }


def length_balance(sets: Mapping[str, Sequence[dict[str, Any]]]) -> dict[str, Any]:
    """Mean answer length (words) per variant and the max/min ratio across variants.

    A fine-tune on longer answers changes a model for reasons unrelated to their content, so the variants
    of one domain should stay close (ratio near 1).
    """
    means = {
        name: round(float(np.mean([len(words(assistant_text(r))) for r in rows])), 1) if rows else 0.0
        for name, rows in sets.items()
    }
    vals = [v for v in means.values() if v > 0]
    ratio = round(max(vals) / min(vals), 3) if vals else 1.0
    return {"mean_answer_words": means, "max_over_min": ratio}
