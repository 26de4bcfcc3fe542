"""The OpenAI-compatible server against hostile and careless clients, over real HTTP on localhost.

Every test starts the real server in-process on a free port with a tiny random-init model; requests go
through ``http.client`` (raw bodies a typed client could never send) and the official ``openai`` client.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from persona_xray.errors import UserError
from persona_xray.lm import LM
from persona_xray.serve import ApiError, ChatServer, ServeOptions, parse_request, serving
from persona_xray.testing import tiny_model, tiny_tokenizer

HELLO = [{"role": "user", "content": "Hello"}]


@contextmanager
def running(lm: LM, options: ServeOptions | None = None) -> Iterator[ChatServer]:
    """The server on a free localhost port, in a background thread (so a test can hold its model lock)."""
    server = ChatServer(lm, [], "127.0.0.1", 0, options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop_generation()
        server.shutdown()
        server.server_close()


def post(
    server: ChatServer, body: bytes | dict[str, Any], headers: dict[str, str] | None = None, path: str = ""
) -> tuple[int, dict[str, Any]]:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=60)
    try:
        conn.request(
            "POST",
            path or "/v1/chat/completions",
            body=raw,
            headers={"Content-Type": "application/json", **(headers or {})},
        )
        resp = conn.getresponse()
        return resp.status, json.loads(resp.read())
    finally:
        conn.close()


BAD_BODIES: list[tuple[str, bytes | dict[str, Any], int, str]] = [
    ("body is a list", b"[1, 2]", 400, "JSON object"),
    ("body is not JSON", b"{not json", 400, "not valid JSON"),
    ("body is not UTF-8", b"\xff\xfe{}", 400, "not valid JSON"),
    ("no messages", {"max_tokens": 4}, 400, "messages"),
    ("messages is a string", {"messages": "Hello"}, 400, "messages"),
    ("messages is empty", {"messages": []}, 400, "messages"),
    ("message without content", {"messages": [{"role": "user"}]}, 400, "content"),
    ("unknown role", {"messages": [{"role": "wizard", "content": "x"}]}, 400, "role"),
    (
        "temperature NaN",
        b'{"messages": [{"role": "user", "content": "x"}], "temperature": NaN}',
        400,
        "temperature",
    ),
    ("temperature a string", {"messages": HELLO, "temperature": "hot"}, 400, "temperature"),
    ("temperature too high", {"messages": HELLO, "temperature": 7}, 400, "temperature"),
    ("top_p zero", {"messages": HELLO, "top_p": 0}, 400, "top_p"),
    ("max_tokens a string", {"messages": HELLO, "max_tokens": "abc"}, 400, "max_tokens"),
    ("max_tokens zero", {"messages": HELLO, "max_tokens": 0}, 400, "max_tokens"),
    ("max_tokens over the cap", {"messages": HELLO, "max_tokens": 8000}, 400, "max_tokens"),
    ("n over the cap", {"messages": HELLO, "n": 1000000}, 400, "n must be"),
    ("n zero", {"messages": HELLO, "n": 0}, 400, "n"),
    ("top_logprobs huge", {"messages": HELLO, "logprobs": True, "top_logprobs": 1e9}, 400, "top_logprobs"),
    ("seed negative", {"messages": HELLO, "seed": -1}, 400, "seed"),
    ("stream", {"messages": HELLO, "stream": True}, 400, "stream"),
    ("unknown model", {"model": "gpt-4o", "messages": HELLO}, 404, "does not exist"),
]


@pytest.mark.parametrize(
    ("body", "status", "needle"), [b[1:] for b in BAD_BODIES], ids=[b[0] for b in BAD_BODIES]
)
def test_bad_requests_get_openai_style_errors(
    tiny_lm: LM, body: bytes | dict[str, Any], status: int, needle: str
) -> None:
    with running(tiny_lm, ServeOptions(max_n=4, max_tokens=64)) as server:
        code, reply = post(server, body)
        assert (code, set(reply)) == (status, {"error"})
        message = reply["error"]["message"]
        assert needle in message and "Traceback" not in message and "Error:" not in message
        # The server is still healthy after the bad request.
        code, ok = post(server, {"model": tiny_lm.name, "messages": HELLO, "max_tokens": 2})
        assert code == 200 and len(ok["choices"]) == 1


def test_valid_request_honours_n_and_max_tokens(tiny_lm: LM) -> None:
    with running(tiny_lm) as server:
        body = {
            "model": tiny_lm.name,
            "messages": HELLO,
            "n": 3,
            "max_tokens": 3,
            "temperature": 1,
            "seed": 7,
        }
        code, reply = post(server, body)
        # Greedy on this random model never emits its end token: every answer is cut at max_tokens.
        _, greedy = post(server, {"messages": HELLO, "max_tokens": 3, "temperature": 0})
    assert code == 200 and len(reply["choices"]) == 3
    assert greedy["choices"][0]["finish_reason"] == "length"
    counts: list[list[int]] = []
    texts = tiny_lm.generate([HELLO], max_new_tokens=3, temperature=1, n=3, seed=7, token_counts=counts)[0]
    assert [c["message"]["content"] for c in reply["choices"]] == texts  # same seed, same samples
    assert all(1 <= k <= 3 for k in counts[0])
    assert [c["finish_reason"] for c in reply["choices"]] == [
        "length" if k == 3 else "stop" for k in counts[0]
    ]


def test_wrong_route_and_body_without_length(tiny_lm: LM) -> None:
    with running(tiny_lm) as server:
        assert post(server, {"messages": HELLO}, path="/v1/completions")[0] == 404
        conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=30)
        conn.putrequest("POST", "/v1/chat/completions")
        conn.endheaders()
        assert conn.getresponse().status == 411
        conn.close()
        conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=30)
        conn.putrequest("POST", "/v1/chat/completions")
        conn.putheader("Content-Length", "2000000")  # refused from the header, before the body is read
        conn.endheaders()
        assert conn.getresponse().status == 413
        conn.close()


def test_api_key_required_on_every_endpoint(tiny_lm: LM) -> None:
    with running(tiny_lm, ServeOptions(api_key="s3cret")) as server:
        good = {"Authorization": "Bearer s3cret"}
        assert post(server, {"messages": HELLO, "max_tokens": 2})[0] == 401
        assert post(server, {"messages": HELLO, "max_tokens": 2}, {"Authorization": "Bearer nope"})[0] == 401
        assert post(server, {"messages": HELLO, "max_tokens": 2}, good)[0] == 200
        conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=30)
        conn.request("GET", "/v1/models")
        assert conn.getresponse().status == 401
        conn.close()


def test_refuses_to_listen_unsafely(tiny_lm: LM) -> None:
    with pytest.raises(UserError, match="api-key"):
        ChatServer(tiny_lm, [], "0.0.0.0", 0)
    with pytest.raises(UserError, match="--port"):
        ChatServer(tiny_lm, [], "127.0.0.1", 70000)
    with pytest.raises(UserError, match="--max-n"):
        ChatServer(tiny_lm, [], "127.0.0.1", 0, ServeOptions(max_n=0))
    with running(tiny_lm) as server, pytest.raises(UserError, match="cannot listen"):
        ChatServer(tiny_lm, [], "127.0.0.1", server.server_address[1])


def test_full_queue_gets_429_and_the_waiting_request_is_served(tiny_lm: LM) -> None:
    with running(tiny_lm, ServeOptions(queue=1)) as server:
        server.slots.acquire()  # as if a long generation were running: it holds a slot and the model
        server.model_lock.acquire()
        results: list[int] = []
        waiter = threading.Thread(
            target=lambda: results.append(post(server, {"messages": HELLO, "max_tokens": 2})[0])
        )
        waiter.start()
        deadline = time.monotonic() + 10
        while server.slots._value > 0 and time.monotonic() < deadline:  # type: ignore[attr-defined]
            time.sleep(0.01)
        code, reply = post(server, {"messages": HELLO, "max_tokens": 2})
        server.model_lock.release()
        server.slots.release()
        waiter.join(30)
    assert code == 429 and reply["error"]["code"] == "queue_full"
    assert results == [200]


def test_request_that_waits_past_its_timeout_gets_503(tiny_lm: LM) -> None:
    with running(tiny_lm, ServeOptions(timeout_s=0.3)) as server:
        server.model_lock.acquire()
        try:
            t0 = time.monotonic()
            code, reply = post(server, {"messages": HELLO, "max_tokens": 2})
            waited = time.monotonic() - t0
        finally:
            server.model_lock.release()
    assert code == 503 and "time limit" in reply["error"]["message"] and waited < 5


def test_generation_past_the_timeout_stops_with_504(tiny_lm: LM) -> None:
    with running(tiny_lm, ServeOptions(timeout_s=0.5, max_tokens=4096)) as server:
        t0 = time.monotonic()
        code, reply = post(server, {"messages": HELLO, "max_tokens": 2000, "temperature": 0})
        took = time.monotonic() - t0
    assert code == 504 and "limit" in reply["error"]["message"]
    assert took < 10  # 2000 tokens take far longer on this model


def test_disconnected_client_frees_the_worker_for_the_next_request(tiny_lm: LM) -> None:
    with running(tiny_lm, ServeOptions(max_tokens=4096, max_n=8)) as server:
        # Greedy on this model runs to max_tokens without an end token: 8 x 2000 tokens take minutes here.
        hostile = json.dumps({"messages": HELLO, "max_tokens": 2000, "n": 8, "temperature": 0}).encode()
        sock = socket.create_connection(("127.0.0.1", server.server_address[1]))
        sock.sendall(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {len(hostile)}\r\n\r\n".encode()
            + hostile
        )
        deadline = time.monotonic() + 10
        while not server.model_lock.locked() and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.5)
        assert server.model_lock.locked()  # the hostile generation is running
        sock.close()
        t0 = time.monotonic()
        code, _ = post(server, {"messages": HELLO, "max_tokens": 2})
        waited = time.monotonic() - t0
    assert code == 200
    assert waited < 10  # the generation stopped when the client left


def test_official_openai_client(tiny_lm: LM) -> None:
    openai = pytest.importorskip("openai")
    with serving(tiny_lm, options=ServeOptions(api_key="k1", max_n=2, queue=0)) as url:
        client = openai.OpenAI(base_url=url, api_key="k1", max_retries=0, timeout=60)
        assert [m.id for m in client.models.list()] == [tiny_lm.name]
        reply = client.chat.completions.create(
            model=tiny_lm.name, messages=HELLO, max_tokens=3, n=2, logprobs=True, top_logprobs=3
        )
        assert len(reply.choices) == 2 and reply.choices[0].finish_reason in ("stop", "length")
        assert (
            reply.choices[0].logprobs is not None
            and len(reply.choices[0].logprobs.content[0].top_logprobs) == 3
        )
        with pytest.raises(openai.BadRequestError, match="n must be"):
            client.chat.completions.create(model=tiny_lm.name, messages=HELLO, n=3)
        with pytest.raises(openai.BadRequestError, match="max_tokens"):
            client.chat.completions.create(model=tiny_lm.name, messages=HELLO, max_tokens=0)
        with pytest.raises(openai.NotFoundError):
            client.chat.completions.create(model="gpt-4o", messages=HELLO)
        wrong = openai.OpenAI(base_url=url, api_key="nope", max_retries=0)
        with pytest.raises(openai.AuthenticationError):
            wrong.chat.completions.create(model=tiny_lm.name, messages=HELLO)


# ---------------------------------------------------------------------------------------------- property-based
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
_fields = st.fixed_dictionaries(
    {},
    optional={
        "model": _json | st.just("tiny-llama"),
        "messages": _json | st.just(HELLO),
        "max_tokens": _json,
        "temperature": _json,
        "top_p": _json,
        "n": _json,
        "seed": _json,
        "logprobs": _json,
        "top_logprobs": _json,
        "stream": _json,
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=_fields | _json)
def test_request_model_accepts_only_what_it_can_serve(body: Any) -> None:
    """Any JSON body either validates into something in range or is an ApiError; nothing else escapes."""
    options = ServeOptions(max_n=4, max_tokens=64)
    try:
        req = parse_request(json.dumps(body).encode(), "tiny-llama", options)
    except ApiError as e:
        assert e.status in (400, 404) and e.message
        return
    assert isinstance(body, dict) and req.messages
    assert 1 <= req.n <= 4 and 0 <= req.temperature <= 2 and 0 < req.top_p <= 1
    assert req.max_tokens is None or 1 <= req.max_tokens <= 64
    assert req.model in (None, "tiny-llama")


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=64))
def test_request_model_on_arbitrary_bytes(raw: bytes) -> None:
    with pytest.raises(ApiError):
        parse_request(raw, "m", ServeOptions())


# ---------------------------------------------------------------------------------------------- the real CLI
@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("tiny-llama-serve")
    tiny_model("llama").save_pretrained(path)
    tiny_tokenizer().save_pretrained(path)
    return str(path)


def _cli(*args: str) -> list[str]:
    code = "import sys; from persona_xray.cli import main; main(sys.argv[1:])"
    return [sys.executable, "-c", code, "serve", *args]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--host", "0.0.0.0"], "api-key"),
        (["--port", "70000"], "--port"),
        (["--port", "-1"], "--port"),
        (["--max-tokens", "0"], "--max-tokens"),
        (["--queue", "-1"], "--queue"),
        (["--timeout", "0"], "--timeout"),
    ],
)
def test_cli_refuses_before_loading(args: list[str], needle: str, tmp_path: Path) -> None:
    env = {**os.environ, "PERSONA_XRAY_API_KEY": ""}
    env.pop("PERSONA_XRAY_API_KEY")
    proc = subprocess.run(
        _cli("--model", str(tmp_path / "does-not-exist"), *args),
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 2 and needle in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr


def _start(model_dir: str, *args: str) -> tuple[subprocess.Popen[str], int]:
    proc = subprocess.Popen(
        _cli("--model", model_dir, "--device", "cpu", "--port", "0", *args),
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stderr is not None
    line = proc.stderr.readline()
    assert "serving" in line, line
    return proc, int(urlparse(line.split(" at ")[1].split()[0]).port or 0)


def test_cli_port_in_use_is_one_line(model_dir: str) -> None:
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen()
    try:
        proc = subprocess.run(
            _cli("--model", model_dir, "--device", "cpu", "--port", str(holder.getsockname()[1])),
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        holder.close()
    assert proc.returncode == 2 and "cannot listen" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_cli_ctrl_c_while_generating_exits_cleanly(model_dir: str, sig: signal.Signals) -> None:
    proc, port = _start(model_dir, "--max-tokens", "2000")
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        body = json.dumps({"messages": HELLO, "max_tokens": 2000, "n": 4, "temperature": 0})
        threading.Thread(
            target=lambda: conn.request("POST", "/v1/chat/completions", body=body), daemon=True
        ).start()
        time.sleep(1.5)  # the generation is under way
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "stopped" in err and "terminate called" not in err and "Traceback" not in err
