"""Serve a model (optionally fine-tuned and steered) behind an OpenAI-compatible chat endpoint.

``persona-xray serve`` lets any tool that speaks the OpenAI API talk to a steered model, and lets the ``api``
judge be tested against a real HTTP server. Endpoints: ``GET /v1/models`` and ``POST /v1/chat/completions``
(``messages``, ``max_tokens``, ``temperature``, ``top_p``, ``n``, ``seed``, ``logprobs``, ``top_logprobs``).

The server is built to survive clients it cannot trust:

- every request body is validated by a strict pydantic model before any work, and failures get the status
  codes OpenAI clients expect (400 bad request, 401 bad key, 404 unknown model or route, 413 body too large,
  429 queue full, 503 shutting down or waited too long, 504 ran past the time limit) with an OpenAI-style
  ``{"error": {...}}`` body that never contains a Python exception;
- ``n`` and ``max_tokens`` are capped, at most ``queue`` requests wait while one runs, and every request
  has a deadline, so one hostile request cannot hold the only worker for long;
- generation is polled after every token and stops when the client disconnects, the deadline passes or
  the server is asked to stop (Ctrl-C waits for that, so no torch thread dies mid-kernel);
- an optional bearer key is required on every endpoint, and binding beyond loopback without one is refused.

Requests are served one at a time (the model is not thread-safe); the HTTP layer is the standard library's.
"""

from __future__ import annotations

import contextlib
import hmac
import ipaddress
import json
import select
import signal
import socket
import sys
import threading
import time
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from persona_xray.errors import UserError
from persona_xray.interventions import Intervention, apply_all
from persona_xray.lm import LM

API_KEY_ENV = "PERSONA_XRAY_API_KEY"


@dataclass(frozen=True)
class ServeOptions:
    """Limits that keep one client from starving the others; the CLI exposes each as a flag."""

    max_n: int = 4
    max_tokens: int = 512
    default_max_tokens: int = 128
    queue: int = 8  # requests that may wait while one runs; the next one gets 429
    timeout_s: float = 120.0  # from arrival to reply, waiting included
    api_key: str | None = None
    max_body_bytes: int = 1_000_000
    read_timeout_s: float = 30.0  # a client that stalls mid-request is dropped after this

    def check(self) -> None:
        if self.max_n < 1:
            raise UserError(f"--max-n must be >= 1 (got {self.max_n})")
        if self.max_tokens < 1:
            raise UserError(f"--max-tokens must be >= 1 (got {self.max_tokens})")
        if self.queue < 0:
            raise UserError(f"--queue must be >= 0 (got {self.queue})")
        if not self.timeout_s > 0:
            raise UserError(f"--timeout must be > 0 seconds (got {self.timeout_s})")
        if self.api_key is not None and not self.api_key.strip():
            raise UserError("--api-key is empty: give a non-empty key or leave it out")


# ---------------------------------------------------------------------------------------------- request model
class _TextPart(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True)
    type: Literal["text"]
    text: str


class _Message(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True)
    role: Literal["system", "user", "assistant", "developer"]
    content: str | list[_TextPart]

    def as_chat(self) -> dict[str, str]:
        text = self.content if isinstance(self.content, str) else "".join(p.text for p in self.content)
        return {"role": "system" if self.role == "developer" else self.role, "content": text}


class ChatRequest(BaseModel):
    """The subset of OpenAI's chat-completions request this server honours, strictly typed.

    Strict mode on purpose: ``"max_tokens": "abc"`` or ``"temperature": "hot"`` is a client bug that
    must be reported, not coerced; NaN and infinity are refused for the same reason. Unknown fields are
    ignored, as OpenAI-compatible servers do, so clients that send extras still work.
    """

    model_config = ConfigDict(extra="ignore", strict=True)
    model: str | None = None
    messages: Annotated[list[_Message], Field(min_length=1)]
    max_tokens: Annotated[int | None, Field(ge=1)] = None
    max_completion_tokens: Annotated[int | None, Field(ge=1)] = None
    temperature: Annotated[float, Field(ge=0, le=2, allow_inf_nan=False)] = 1.0
    top_p: Annotated[float, Field(gt=0, le=1, allow_inf_nan=False)] = 1.0
    n: Annotated[int, Field(ge=1)] = 1
    seed: Annotated[int | None, Field(ge=0, lt=2**63)] = None
    logprobs: bool | None = None
    top_logprobs: Annotated[int | None, Field(ge=0, le=20)] = None
    stream: bool | None = None

    def chat(self) -> list[dict[str, str]]:
        return [m.as_chat() for m in self.messages]


class ApiError(Exception):
    """An HTTP error reply in OpenAI's shape."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        kind: str = "invalid_request_error",
        param: str | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.kind, self.param, self.code = status, message, kind, param, code

    def body(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.kind, "param": self.param, "code": self.code}}


def parse_request(raw: bytes, served_model: str, options: ServeOptions) -> ChatRequest:
    """Decode and validate one request body; every failure is an :class:`ApiError` (400 or 404)."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ApiError(400, "request body is not valid JSON") from None
    if not isinstance(data, dict):
        raise ApiError(400, f"request body must be a JSON object, not {type(data).__name__}")
    try:
        req = ChatRequest.model_validate(data)
    except ValidationError as e:
        err = e.errors(include_url=False)[0]
        where = ".".join(str(x) for x in err["loc"]) or "body"
        raise ApiError(400, f"{where}: {err['msg']}", param=where) from None
    if req.model is not None and req.model != served_model:
        raise ApiError(
            404,
            f"model '{req.model}' does not exist here: this server serves '{served_model}'",
            param="model",
            code="model_not_found",
        )
    if req.stream:
        raise ApiError(400, "stream=true is not supported by this server", param="stream")
    if req.n > options.max_n:
        raise ApiError(400, f"n must be <= {options.max_n} on this server (got {req.n})", param="n")
    wanted = req.max_completion_tokens if req.max_completion_tokens is not None else req.max_tokens
    if wanted is not None and wanted > options.max_tokens:
        raise ApiError(
            400,
            f"max_tokens must be <= {options.max_tokens} on this server (got {wanted})",
            param="max_tokens",
        )
    return req


# ---------------------------------------------------------------------------------------------- server
def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (``localhost``, 127.0.0.0/8, ``::1``)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_listen_args(host: str, port: int, options: ServeOptions) -> None:
    """Refuse, before any model is loaded, what could never serve safely."""
    options.check()
    if not 0 <= port <= 65535:
        raise UserError(f"--port must be in 0..65535 (got {port})")
    if not is_loopback(host) and not options.api_key:
        raise UserError(
            f"binding to {host or 'all interfaces'} exposes the model to the network: "
            f"set an API key with --api-key or ${API_KEY_ENV}, or use --host 127.0.0.1"
        )


class ChatServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self,
        lm: LM,
        interventions: Sequence[Intervention],
        host: str,
        port: int,
        options: ServeOptions | None = None,
    ) -> None:
        self.lm = lm
        self.interventions = list(interventions)
        self.options = options or ServeOptions()
        check_listen_args(host, port, self.options)
        self.model_lock = threading.Lock()
        self.slots = threading.BoundedSemaphore(1 + self.options.queue)
        self.stopping = threading.Event()
        self.longest_hold_s = 0.0  # longest time one request held the model (the load benchmark reports it)
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        try:
            super().__init__((host, port), _Handler)
        except OSError as e:
            why = e.strerror or str(e)
            raise UserError(f"cannot listen on {host}:{port}: {why}; pick another --port or --host") from None

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that resets or stalls its connection is routine here, not a server fault worth a traceback."""
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)

    def stop_generation(self, wait_s: float = 30.0) -> None:
        """Ask running generations to end after their current token and wait for the model to be free."""
        self.stopping.set()
        if self.model_lock.acquire(timeout=wait_s):
            self.model_lock.release()


def _top_logprobs(lm: LM, messages: list[dict[str, str]], k: int) -> tuple[str, list[dict[str, Any]]]:
    """Greedy first token and the top-k alternatives of the next-token distribution after the prompt."""
    vals, idx = lm.next_token_logprobs([messages])[0].topk(k)
    top = [
        {"token": lm.tokenizer.decode([int(i)]), "logprob": float(v)} for v, i in zip(vals, idx, strict=True)
    ]
    return top[0]["token"], top


class _Handler(BaseHTTPRequestHandler):
    server: ChatServer
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.options.read_timeout_s)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, code: int, body: dict[str, Any], *, close: bool = False) -> None:
        data = json.dumps(body).encode()
        try:
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            if code == 429:
                self.send_header("Retry-After", "1")
            if close:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            self.wfile.write(data)
        except OSError:  # the client went away; nothing left to tell it
            self.close_connection = True

    def _fail(self, e: ApiError, *, close: bool = False) -> None:
        self._send(e.status, e.body(), close=close)

    def _authorized(self) -> bool:
        key = self.server.options.api_key
        if not key:
            return True
        given = self.headers.get("Authorization", "")
        ok = given.startswith("Bearer ") and hmac.compare_digest(given[7:].strip().encode(), key.encode())
        if not ok:
            self._fail(
                ApiError(
                    401,
                    "missing or wrong API key: send 'Authorization: Bearer <key>'",
                    code="invalid_api_key",
                ),
                close=True,
            )
        return ok

    def do_GET(self) -> None:
        if not self._authorized():
            return
        if self.path.rstrip("/") == "/v1/models":
            model = {"id": self.server.lm.name, "object": "model", "created": 0, "owned_by": "persona-xray"}
            self._send(200, {"object": "list", "data": [model]})
        else:
            self._fail(ApiError(404, f"no route {self.path}"))

    def _read_body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if length is None or not length.strip().isdigit():
            raise ApiError(411, "send the body with a Content-Length header")
        n = int(length)
        if n > self.server.options.max_body_bytes:
            raise ApiError(
                413,
                f"request body is {n} bytes; this server takes at most {self.server.options.max_body_bytes}",
            )
        return self.rfile.read(n)

    def do_POST(self) -> None:
        if not self._authorized():
            return
        if self.path.rstrip("/") != "/v1/chat/completions":
            self._fail(ApiError(404, f"no route {self.path}"), close=True)
            return
        deadline = time.monotonic() + self.server.options.timeout_s
        try:
            raw = self._read_body()
        except ApiError as e:
            self._fail(e, close=True)
            return
        except OSError:  # stalled or vanished mid-body
            self.close_connection = True
            return
        try:
            req = parse_request(raw, self.server.lm.name, self.server.options)
        except ApiError as e:
            self._fail(e)
            return
        if not self.server.slots.acquire(blocking=False):
            self._fail(
                ApiError(
                    429,
                    "too many requests are waiting; retry shortly",
                    kind="rate_limit_error",
                    code="queue_full",
                )
            )
            return
        try:
            self._answer(req, deadline)
        finally:
            self.server.slots.release()

    def _answer(self, req: ChatRequest, deadline: float) -> None:
        server = self.server
        # Wait in short slices so a client that leaves the queue frees its slot at once, not at its turn.
        while not server.model_lock.acquire(timeout=min(0.1, max(0.0, deadline - time.monotonic()))):
            if self._client_gone():
                self.close_connection = True
                return
            if time.monotonic() >= deadline:
                self._fail(
                    ApiError(503, "server busy: the request waited past its time limit", kind="server_error")
                )
                return
        why: list[str] = []
        held_from = time.monotonic()
        try:
            if server.stopping.is_set():
                raise ApiError(503, "server is shutting down", kind="server_error")

            def should_stop() -> bool:
                if server.stopping.is_set():
                    why.append("stopping")
                elif time.monotonic() > deadline:
                    why.append("timeout")
                elif self._client_gone():
                    why.append("gone")
                return bool(why)

            body = self._complete(req, should_stop)
        except ApiError as e:
            self._fail(e)
            return
        except UserError as e:  # e.g. prompt plus max_tokens longer than the context
            self._fail(ApiError(400, str(e)))
            return
        except Exception:  # a bug: the traceback goes to the server's log, not to the client
            traceback.print_exc(file=sys.stderr)
            self._fail(ApiError(500, "internal server error (see the server log)", kind="server_error"))
            return
        finally:
            server.longest_hold_s = max(server.longest_hold_s, time.monotonic() - held_from)
            server.model_lock.release()
        if not why:
            self._send(200, body)
        elif why[0] == "timeout":
            limit = server.options.timeout_s
            self._fail(
                ApiError(
                    504,
                    f"generation ran past the server's {limit:g}s limit: ask for fewer tokens",
                    kind="server_error",
                )
            )
        elif why[0] == "stopping":
            self._fail(ApiError(503, "server is shutting down", kind="server_error"), close=True)
        else:
            self.close_connection = True

    def _client_gone(self) -> bool:
        """True when the peer closed its end (readable with nothing to read) or the socket broke."""
        try:
            readable, _, _ = select.select([self.connection], [], [], 0)
            return bool(readable) and self.connection.recv(1, socket.MSG_PEEK) == b""
        except (OSError, ValueError):
            return True

    def _complete(self, req: ChatRequest, should_stop: Any) -> dict[str, Any]:
        lm = self.server.lm
        opts = self.server.options
        messages = req.chat()
        max_tokens = (
            req.max_completion_tokens or req.max_tokens or min(opts.default_max_tokens, opts.max_tokens)
        )
        counts: list[list[int]] = []
        with apply_all(lm, self.server.interventions):
            texts = lm.generate(
                [messages],
                max_new_tokens=max_tokens,
                temperature=req.temperature,
                top_p=req.top_p,
                n=req.n,
                seed=req.seed or 0,
                should_stop=should_stop,
                token_counts=counts,
            )[0]
            logprobs = None
            if req.logprobs:
                k = 5 if req.top_logprobs is None else req.top_logprobs
                first, top = _top_logprobs(lm, messages, max(1, k))
                entry = {"token": first, "logprob": top[0]["logprob"], "top_logprobs": top[:k]}
                logprobs = {"content": [entry]}
        return {
            "id": f"chatcmpl-{int(time.time() * 1000)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": lm.name,
            "choices": [
                {
                    "index": i,
                    "message": {"role": "assistant", "content": t},
                    "finish_reason": "length" if k >= max_tokens else "stop",
                    "logprobs": logprobs if i == 0 else None,
                }
                for i, (t, k) in enumerate(zip(texts, counts[0], strict=True))
            ],
        }


@contextlib.contextmanager
def serving(
    lm: LM,
    interventions: Sequence[Intervention] = (),
    host: str = "127.0.0.1",
    port: int = 0,
    options: ServeOptions | None = None,
) -> Iterator[str]:
    """Run the server in a background thread; yields its base URL (``http://host:port/v1``)."""
    server = ChatServer(lm, interventions, host, port, options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}/v1"
    finally:
        server.stop_generation()
        server.shutdown()
        server.server_close()


def serve_forever(
    lm: LM,
    interventions: Sequence[Intervention],
    host: str,
    port: int,
    options: ServeOptions | None = None,
) -> None:
    """Serve until Ctrl-C or SIGTERM, then let the running generation stop at its next token and exit."""
    server = ChatServer(lm, interventions, host, port, options)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, signal.default_int_handler)
    auth = "key required" if server.options.api_key else "no key"
    print(
        f"serving {lm.name} at http://{host}:{server.server_address[1]}/v1 ({auth}; Ctrl-C to stop)",
        file=sys.stderr,
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop_generation()
        server.server_close()
    print("stopped", file=sys.stderr)
