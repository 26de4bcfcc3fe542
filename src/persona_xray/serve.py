"""Serve a model (optionally fine-tuned and steered) behind an OpenAI-compatible chat endpoint.

``persona-xray serve`` lets any tool that speaks the OpenAI API talk to a steered model, and lets the ``api``
judge be tested against a real HTTP server. Endpoints: ``GET /v1/models`` and ``POST /v1/chat/completions``
(``messages``, ``max_tokens``, ``temperature``, ``top_p``, ``n``, ``seed``, ``logprobs``, ``top_logprobs``).
Requests are served one at a time (the model is not thread-safe); the HTTP layer is the standard library's.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from persona_xray.errors import UserError
from persona_xray.interventions import Intervention, apply_all
from persona_xray.lm import LM


class ChatServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, lm: LM, interventions: Sequence[Intervention], host: str, port: int) -> None:
        self.lm = lm
        self.interventions = list(interventions)
        self.model_lock = threading.Lock()
        super().__init__((host, port), _Handler)


def _top_logprobs(lm: LM, messages: list[dict[str, str]], k: int) -> tuple[str, list[dict[str, Any]]]:
    """Greedy first token and the top-k alternatives of the next-token distribution after the prompt."""
    vals, idx = lm.next_token_logprobs([messages])[0].topk(k)
    top = [
        {"token": lm.tokenizer.decode([int(i)]), "logprob": float(v)} for v, i in zip(vals, idx, strict=True)
    ]
    return top[0]["token"], top


class _Handler(BaseHTTPRequestHandler):
    server: ChatServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, code: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        if self.path.rstrip("/") == "/v1/models":
            self._send(200, {"object": "list", "data": [{"id": self.server.lm.name, "object": "model"}]})
        else:
            self._send(404, {"error": {"message": f"no route {self.path}"}})

    def do_POST(self) -> None:
        if self.path.rstrip("/") != "/v1/chat/completions":
            self._send(404, {"error": {"message": f"no route {self.path}"}})
            return
        try:
            req = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))).decode())
            messages = req["messages"]
        except (ValueError, KeyError):
            self._send(400, {"error": {"message": "body must be JSON with 'messages'"}})
            return
        try:
            self._send(200, self._complete(req, messages))
        except UserError as e:
            self._send(400, {"error": {"message": str(e)}})
        except Exception as e:  # reported to the client as a server error, like any API would
            self._send(500, {"error": {"message": f"{type(e).__name__}: {e}"}})

    def _complete(self, req: dict[str, Any], messages: list[dict[str, str]]) -> dict[str, Any]:
        lm = self.server.lm
        n = int(req.get("n", 1))
        temperature = float(req.get("temperature", 1.0))
        with self.server.model_lock, apply_all(lm, self.server.interventions):
            texts = lm.generate(
                [messages],
                max_new_tokens=int(req.get("max_tokens") or 128),
                temperature=temperature,
                top_p=float(req.get("top_p", 1.0)),
                n=n,
                seed=int(req.get("seed", 0)),
            )[0]
            logprobs = None
            if req.get("logprobs"):
                first, top = _top_logprobs(lm, messages, int(req.get("top_logprobs") or 5))
                logprobs = {"content": [{"token": first, "logprob": top[0]["logprob"], "top_logprobs": top}]}
        return {
            "id": f"chatcmpl-{int(time.time() * 1000)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": lm.name,
            "choices": [
                {
                    "index": i,
                    "message": {"role": "assistant", "content": t},
                    "finish_reason": "stop",
                    "logprobs": logprobs if i == 0 else None,
                }
                for i, t in enumerate(texts)
            ],
        }


@contextlib.contextmanager
def serving(
    lm: LM, interventions: Sequence[Intervention] = (), host: str = "127.0.0.1", port: int = 0
) -> Iterator[str]:
    """Run the server in a background thread; yields its base URL (``http://host:port/v1``)."""
    server = ChatServer(lm, interventions, host, port)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


def serve_forever(lm: LM, interventions: Sequence[Intervention], host: str, port: int) -> None:
    server = ChatServer(lm, interventions, host, port)
    print(f"serving {lm.name} at http://{host}:{server.server_address[1]}/v1 (Ctrl-C to stop)")
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    server.server_close()
