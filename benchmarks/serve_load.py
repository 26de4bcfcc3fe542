"""Load test of ``persona-xray serve``: many concurrent clients, some hostile, against the real HTTP server.

The server runs in this process on a free localhost port with the caps under test. ``--clients`` threads
each send ``--requests`` valid chat requests (short answers) while ``--hostile`` threads keep sending the
largest requests the caps allow and hang up after ``--hangup-s`` seconds, as a client that times out does.

Reported: valid requests served / refused with 429 / failed, their p50/p95/max latency, hostile requests
sent, and the longest time the model was held by one request. "No request blocks another beyond its caps"
holds when the worst valid latency stays below (queue + 1) x the longest hold, i.e. a valid request waits at
most for the requests ahead of it, each of which ends at the deadline or when its client leaves.

Run: ``.venv/bin/python benchmarks/serve_load.py`` (tiny random model, ~1 min on 2 CPU cores);
``--model smollm2`` for the bundled model.
"""

from __future__ import annotations

import argparse
import http.client
import json
import socket
import statistics
import threading
import time
from typing import Any

from persona_xray.serve import ChatServer, ServeOptions


def _post(port: int, body: dict[str, Any], timeout: float) -> tuple[int, float]:
    t0 = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(
            "POST",
            "/v1/chat/completions",
            body=json.dumps(body),
            headers={"Content-Type": "application/json"},
        )
        resp = conn.getresponse()
        resp.read()
        return resp.status, time.perf_counter() - t0
    except OSError:
        return -1, time.perf_counter() - t0
    finally:
        conn.close()


def _hang_up(port: int, body: dict[str, Any], after_s: float) -> None:
    raw = json.dumps(body).encode()
    sock = socket.create_connection(("127.0.0.1", port))
    sock.sendall(
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(raw)}\r\n\r\n".encode()
        + raw
    )
    time.sleep(after_s)
    sock.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="tiny", help="tiny (random init) or a model name for load_lm")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=5, help="valid requests per client")
    ap.add_argument("--hostile", type=int, default=2)
    ap.add_argument("--hangup-s", type=float, default=0.5)
    ap.add_argument("--max-n", type=int, default=4)
    ap.add_argument("--max-tokens", type=int, default=512)
    ap.add_argument("--queue", type=int, default=8)
    ap.add_argument("--timeout", type=float, default=10.0)
    args = ap.parse_args()

    if args.model == "tiny":
        from persona_xray.testing import tiny_lm

        lm = tiny_lm("llama")
    else:
        from persona_xray.lm import load_lm

        lm = load_lm(args.model, device="cpu", dtype="float32")
    options = ServeOptions(
        max_n=args.max_n, max_tokens=args.max_tokens, queue=args.queue, timeout_s=args.timeout
    )
    server = ChatServer(lm, [], "127.0.0.1", 0, options)
    port = int(server.server_address[1])
    threading.Thread(target=server.serve_forever, daemon=True).start()

    valid = {"messages": [{"role": "user", "content": "What should I do this weekend?"}], "max_tokens": 8}
    hostile = {
        "messages": [{"role": "user", "content": "Hello"}],
        "max_tokens": args.max_tokens,
        "n": args.max_n,
        "temperature": 0,
    }
    results: list[tuple[int, float]] = []
    res_lock = threading.Lock()
    stop = threading.Event()
    hostile_sent = [0]

    def client() -> None:
        for _ in range(args.requests):
            r = _post(port, valid, timeout=args.timeout * (args.queue + 2))
            with res_lock:
                results.append(r)

    def attacker() -> None:
        while not stop.is_set():
            _hang_up(port, hostile, args.hangup_s)
            hostile_sent[0] += 1

    t0 = time.perf_counter()
    attackers = [threading.Thread(target=attacker, daemon=True) for _ in range(args.hostile)]
    for a in attackers:
        a.start()
    time.sleep(0.2)  # the hostile requests are running before the first valid one arrives
    clients = [threading.Thread(target=client) for _ in range(args.clients)]
    for c in clients:
        c.start()
    for c in clients:
        c.join()
    stop.set()
    for a in attackers:
        a.join(30)
    wall = time.perf_counter() - t0
    server.stop_generation()
    server.shutdown()
    server.server_close()

    ok = sorted(t for s, t in results if s == 200)
    longest_hold = server.longest_hold_s
    report = {
        "model": lm.name,
        "caps": {
            "max_n": args.max_n,
            "max_tokens": args.max_tokens,
            "queue": args.queue,
            "timeout_s": args.timeout,
        },
        "valid_sent": len(results),
        "valid_served": len(ok),
        "valid_429": sum(1 for s, _ in results if s == 429),
        "valid_failed": sorted(s for s, _ in results if s not in (200, 429)),
        "hostile_sent": hostile_sent[0],
        "latency_p50_s": round(statistics.median(ok), 3) if ok else None,
        "latency_p95_s": round(ok[int(0.95 * (len(ok) - 1))], 3) if ok else None,
        "latency_max_s": round(ok[-1], 3) if ok else None,
        "longest_model_hold_s": round(longest_hold, 3),
        "bound_s": round((args.queue + 1) * longest_hold, 3),
        "wall_s": round(wall, 1),
    }
    report["no_request_blocked_beyond_caps"] = bool(ok) and ok[-1] <= report["bound_s"] + 0.5
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
