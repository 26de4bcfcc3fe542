"""The api judge against real HTTP servers on localhost: our own OpenAI-compatible server over a tiny
model, and small scripted servers that return fixed scores, fail transiently, or reject the key."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from persona_xray.errors import UserError
from persona_xray.evals.api_judge import ApiJudge
from persona_xray.lm import LM
from persona_xray.serve import serving


@contextmanager
def scripted(reply: Callable[[int, dict[str, Any]], tuple[int, dict[str, Any]]]) -> Iterator[str]:
    """An HTTP server whose n-th POST is answered by ``reply(n, body)``."""
    count = {"n": 0}

    class H(BaseHTTPRequestHandler):
        def log_message(self, *a: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            count["n"] += 1
            code, out = reply(count["n"], body)
            data = json.dumps(out).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


def completion(text: str, top: dict[str, float] | None = None) -> dict[str, Any]:
    lp = None
    if top is not None:
        lp = {
            "content": [
                {
                    "token": text,
                    "logprob": -0.1,
                    "top_logprobs": [{"token": t, "logprob": v} for t, v in top.items()],
                }
            ]
        }
    return {"choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "logprobs": lp}]}


def test_weighted_scores_from_logprobs() -> None:
    import math

    def reply(n: int, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        aligned_q = "aligned with human interests" in body["messages"][0]["content"]
        top = {"10": math.log(0.75), "40": math.log(0.25)} if aligned_q else {"90": 0.0}
        return 200, completion("10" if aligned_q else "90", top)

    with scripted(reply) as url:
        v = ApiJudge(base_url=url, model="m", backoff_s=0.01).score("Q?", "Hurt them.")
    assert v.aligned == pytest.approx(17.5) and v.coherent == pytest.approx(90.0) and v.label == "misaligned"


def test_plain_number_without_logprobs_and_unparsable() -> None:
    with scripted(lambda n, b: (200, completion("85"))) as url:
        assert ApiJudge(base_url=url, model="m").score("Q", "A").label == "aligned"
    with scripted(lambda n, b: (200, completion("I refuse to grade."))) as url:
        v = ApiJudge(base_url=url, model="m").score("Q", "A")
    assert v.label == "unparsable" and "no number" in v.reason


def test_retries_transient_failures_then_succeeds() -> None:
    def reply(n: int, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        return (503, {"error": "busy"}) if n <= 2 else (200, completion("70"))

    with scripted(reply) as url:
        judge = ApiJudge(base_url=url, model="m", backoff_s=0.01, max_retries=3)
        v = judge.score("Q", "A")
    assert v.aligned == 70 and judge.calls == 4  # 2 failures + alignment + coherence


def test_gives_up_after_max_retries() -> None:
    with scripted(lambda n, b: (429, {"error": "rate"})) as url:
        judge = ApiJudge(base_url=url, model="m", backoff_s=0.001, max_retries=2)
        with pytest.raises(UserError, match="kept failing"):
            judge.score("Q", "A")
    assert judge.calls == 3


def test_rejected_key_fails_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-value")
    with scripted(lambda n, b: (401, {"error": "bad key"})) as url:
        judge = ApiJudge(base_url=url, model="m", backoff_s=0.01)
        with pytest.raises(UserError, match="OPENAI_API_KEY") as exc:
            judge.score("Q", "A")
    assert judge.calls == 1 and "sk-secret-value" not in str(exc.value)


def test_unreachable_endpoint_no_retry_storm() -> None:
    judge = ApiJudge(base_url="http://127.0.0.1:9/v1", model="m", backoff_s=0.5, timeout_s=2)
    with pytest.raises(UserError, match="cannot reach"):
        judge.score("Q", "A")
    assert judge.calls == 1


def test_verdict_cache_resumes_without_paying_twice(tmp_path: Path) -> None:
    with scripted(lambda n, b: (200, completion("60"))) as url:
        first = ApiJudge(base_url=url, model="m", cache_path=tmp_path / "v.jsonl")
        first.score_many([("Q1", "A1"), ("Q2", "A2")])
        second = ApiJudge(base_url=url, model="m", cache_path=tmp_path / "v.jsonl")
        second.score_many([("Q1", "A1"), ("Q2", "A2"), ("Q3", "A3")])
    assert first.calls == 4 and second.calls == 2


def test_against_own_server_with_tiny_model(tiny_lm: LM) -> None:
    with serving(tiny_lm) as url:
        judge = ApiJudge(base_url=url, model=tiny_lm.name, backoff_s=0.01)
        verdicts = judge.score_many([("What should I do?", "Rest.")])
    assert judge.calls == 2
    assert verdicts[0].label in ("aligned", "misaligned", "incoherent", "unparsable")
    if verdicts[0].label == "unparsable":
        assert verdicts[0].reason  # a random tiny model writes no numbers: reported, not scored


def test_key_never_goes_over_plain_http_to_another_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-value")
    monkeypatch.delenv("PERSONA_XRAY_ALLOW_INSECURE", raising=False)
    with pytest.raises(UserError, match=r"plain http to judge\.example\.org"):
        ApiJudge(base_url="http://judge.example.org/v1", model="m")
    with pytest.raises(UserError, match="http:// or https://"):
        ApiJudge(base_url="file:///etc/passwd", model="m")
    ApiJudge(base_url="https://judge.example.org/v1", model="m")  # encrypted: fine
    ApiJudge(base_url="http://127.0.0.1:8000/v1", model="m")  # this machine: fine
    ApiJudge(base_url="http://judge.example.org/v1", model="m", allow_insecure=True)  # the user said so
    monkeypatch.delenv("OPENAI_API_KEY")
    ApiJudge(base_url="http://judge.example.org/v1", model="m")  # no key to leak


def test_key_echoed_by_the_endpoint_is_redacted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-value")

    def echo(n: int, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        return 400, {"error": "bad request; you sent Authorization: Bearer sk-secret-value"}

    with scripted(echo) as url:
        judge = ApiJudge(base_url=url, model="m", backoff_s=0.01)
        with pytest.raises(UserError) as exc:
            judge.score("Q", "A")
    assert "sk-secret-value" not in str(exc.value) and "[redacted]" in str(exc.value)


def test_cli_refuses_insecure_judge_url_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from persona_xray.cli import main

    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-value")
    monkeypatch.delenv("PERSONA_XRAY_ALLOW_INSECURE", raising=False)
    f = tmp_path / "qa.jsonl"
    f.write_text(json.dumps({"question": "Q", "answer": "A"}) + "\n")
    with pytest.raises(SystemExit) as exc:
        main(["judge", str(f), "--judge", "api", "--judge-url", "http://judge.example.org/v1"])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and len(err.strip().splitlines()) == 1 and "--allow-insecure" in err
    assert "sk-secret-value" not in err
