"""A judge behind any OpenAI-compatible chat endpoint (OpenAI, vLLM, llama.cpp server, Ollama, ``persona-xray serve``).

Standard library HTTP only. Requests ask for the top log-probabilities of the first reply token; where the
server returns them, the score is their probability-weighted mean over number tokens, else the parsed number.
Transient failures (timeouts, 429, 5xx) are retried with exponential backoff; a refused connection or a
rejected key fails at once with one clear line, so a wrong URL never becomes a retry storm. The API key is
read from an environment variable and never logged or cached: it is not sent over plain http to another
machine (``allow_insecure`` / ``--allow-insecure`` / ``$PERSONA_XRAY_ALLOW_INSECURE=1`` to override), and it
is redacted from every message that quotes the server (an endpoint may echo the request's headers).
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import os
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from persona_xray.errors import UserError
from persona_xray.evals.cache import VerdictCache, digest
from persona_xray.evals.judge import Thresholds, Verdict, make_verdict
from persona_xray.evals.rubric import ALIGNMENT_RUBRIC, COHERENCE_RUBRIC, parse_score, weighted_score

RETRY_STATUS = {408, 409, 429, 500, 502, 503, 504}


class _Transient(Exception):
    pass


@dataclass
class ApiJudge:
    base_url: str = field(
        default_factory=lambda: os.environ.get("PERSONA_XRAY_JUDGE_URL", "https://api.openai.com/v1")
    )
    model: str = field(default_factory=lambda: os.environ.get("PERSONA_XRAY_JUDGE_MODEL", "gpt-4o-mini"))
    api_key_env: str = "OPENAI_API_KEY"
    concurrency: int = 8
    max_retries: int = 4
    backoff_s: float = 1.0
    timeout_s: float = 60.0
    use_logprobs: bool = True
    thresholds: Thresholds = field(default_factory=Thresholds)
    cache_path: Path | None = None
    allow_insecure: bool = field(
        default_factory=lambda: os.environ.get("PERSONA_XRAY_ALLOW_INSECURE", "") in ("1", "true", "yes")
    )
    # Question text -> (aligned, coherent) templates with {question} and {answer}: a question file's own judge
    # prompts (evals.questions); every other question gets the project's rubrics.
    judge_prompts: dict[str, tuple[str, str]] = field(default_factory=dict)
    calls: int = field(default=0, init=False)  # HTTP requests made, for tests and cost reports

    def __post_init__(self) -> None:
        self.base_url = self.base_url.rstrip("/")
        self._check_url()
        self._cache = VerdictCache(self.cache_path)

    def _check_url(self) -> None:
        """Only http(s) URLs; no key in clear text across a network unless the user says so."""
        parts = urlsplit(self.base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UserError(
                f"judge URL '{self.base_url}' must start with http:// or https:// and name a host"
            )
        if parts.scheme == "http" and os.environ.get(self.api_key_env) and not self.allow_insecure:
            host = parts.hostname
            local = host == "localhost"
            with contextlib.suppress(ValueError):  # a host name, not an address
                local = local or ipaddress.ip_address(host).is_loopback
            if not local:
                raise UserError(
                    f"refusing to send ${self.api_key_env} over plain http to {host}: use https, or pass "
                    "--allow-insecure (PERSONA_XRAY_ALLOW_INSECURE=1) if this network is trusted"
                )

    def _redact(self, text: str) -> str:
        key = os.environ.get(self.api_key_env)
        return text.replace(key, "[redacted]") if key and len(key) >= 4 else text

    @property
    def id(self) -> str:
        return f"api:{self.base_url}:{self.model}:{self.thresholds.misaligned_max}:{self.thresholds.coherent_min}"

    # ------------------------------------------------------------------ HTTP
    def _post(self, payload: dict[str, Any]) -> dict[str, Any]:
        headers = {"Content-Type": "application/json"}
        key = os.environ.get(self.api_key_env)
        if key:
            headers["Authorization"] = f"Bearer {key}"
        req = urllib.request.Request(
            f"{self.base_url}/chat/completions",
            data=json.dumps(payload).encode(),
            headers=headers,
            method="POST",
        )
        self.calls += 1
        try:
            with urllib.request.urlopen(req, timeout=self.timeout_s) as resp:
                body: dict[str, Any] = json.loads(resp.read().decode())
                return body
        except urllib.error.HTTPError as e:
            if e.code in (401, 403):
                raise UserError(
                    f"judge endpoint {self.base_url} rejected the request (HTTP {e.code}): "
                    f"check the key in ${self.api_key_env}"
                ) from None
            if e.code in RETRY_STATUS:
                raise _Transient(f"HTTP {e.code}") from None
            detail = " ".join(self._redact(e.read().decode(errors="replace")).split())[:200]
            raise UserError(f"judge endpoint {self.base_url} answered HTTP {e.code}: {detail}") from None
        except urllib.error.URLError as e:
            if isinstance(e.reason, (TimeoutError, socket.timeout)):
                raise _Transient("timeout") from None
            reason = self._redact(str(e.reason))
            raise UserError(f"cannot reach judge endpoint {self.base_url}: {reason}") from None
        except TimeoutError:
            raise _Transient("timeout") from None
        except json.JSONDecodeError:
            raise _Transient("malformed JSON reply") from None

    def _ask(self, prompt: str) -> tuple[float | None, str]:
        payload: dict[str, Any] = {
            "model": self.model,
            "messages": [{"role": "user", "content": prompt}],
            "max_tokens": 4,
            "temperature": 0,
        }
        if self.use_logprobs:
            payload.update(logprobs=True, top_logprobs=20)
        last = ""
        for attempt in range(self.max_retries + 1):
            try:
                body = self._post(payload)
                break
            except _Transient as e:
                last = str(e)
                if attempt == self.max_retries:
                    raise UserError(
                        f"judge endpoint {self.base_url} kept failing ({last}) after {attempt + 1} attempts"
                    ) from None
                time.sleep(self.backoff_s * 2**attempt)
        choice = body.get("choices", [{}])[0]
        text = str((choice.get("message") or {}).get("content") or "")
        lp = (choice.get("logprobs") or {}).get("content") or []
        if lp and lp[0].get("top_logprobs"):
            top = {t["token"]: float(t["logprob"]) for t in lp[0]["top_logprobs"]}
            score = weighted_score(top)
            return score, "" if score is not None else f"too little mass on numbers: {text!r}"
        score = parse_score(text)
        return score, "" if score is not None else f"no number in reply: {text[:60]!r}"

    # ------------------------------------------------------------------ judging
    def score(self, question: str, answer: str) -> Verdict:
        rubrics = self.judge_prompts.get(question, (ALIGNMENT_RUBRIC, COHERENCE_RUBRIC))
        # A question's own templates are part of the cache key: another prompt gives another verdict.
        judge_id = self.id if question not in self.judge_prompts else f"{self.id}:{digest(*rubrics)}"
        key = VerdictCache.key(judge_id, question, answer)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        aligned, why_a = self._ask(rubrics[0].format(question=question, answer=answer))
        coherent, why_c = self._ask(rubrics[1].format(question=question, answer=answer))
        verdict = make_verdict(
            aligned, coherent, self.thresholds, reason="; ".join(x for x in (why_a, why_c) if x)
        )
        self._cache.put(key, verdict)
        return verdict

    def score_many(self, pairs: Sequence[tuple[str, str]]) -> list[Verdict]:
        if not pairs:
            return []
        with ThreadPoolExecutor(max_workers=max(1, self.concurrency)) as pool:
            return list(pool.map(lambda qa: self.score(*qa), pairs))
