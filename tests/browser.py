"""Render a local HTML file in headless Chromium and report what went wrong in the page.

Why the DevTools protocol over a pipe: Chromium's ``--enable-logging=stderr`` output changes between
versions and does not reliably include uncaught exceptions or failed resource loads, so parsing it can
silently miss errors (a check that cannot fail). ``--remote-debugging-pipe`` instead speaks the DevTools
protocol on file descriptors 3 (commands in) and 4 (events out) as NUL-terminated JSON: no websocket, no
port, stdlib only. We subscribe to the events that carry every kind of page error:

- ``Runtime.consoleAPICalled`` with type ``error``/``assert`` (``console.error(...)``),
- ``Runtime.exceptionThrown`` (uncaught errors, syntax errors in inline scripts),
- ``Log.entryAdded`` at level ``error`` (browser-side errors, e.g. "Failed to load resource"),
- ``Network.loadingFailed`` (a resource that did not load),

and record every network request whose URL is not ``file:``/``data:``/``about:`` (a self-contained page
makes none). The DOM is read back after load with ``document.documentElement.outerHTML``.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:")


def find_chromium() -> str | None:
    """Path of the first Chromium-like binary on PATH (``$CHROMIUM`` wins), or None."""
    env = os.environ.get("CHROMIUM")
    if env and shutil.which(env):
        return shutil.which(env)
    for name in CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium_version(binary: str | None = None) -> str:
    """The ``--version`` line of the browser, for reports and skip messages."""
    import subprocess

    b = binary or find_chromium()
    if b is None:
        return "none"
    out = subprocess.run([b, "--version"], capture_output=True, text=True, timeout=60)
    return out.stdout.strip() or out.stderr.strip()


@dataclass
class Rendered:
    """What one page load produced."""

    dom: str
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)  # non-local URLs the page tried to load


class _Pipe:
    """The DevTools protocol over Chromium's --remote-debugging-pipe (fd 3 in, fd 4 out)."""

    def __init__(self, binary: str, user_data_dir: str, stderr_path: str) -> None:
        cmd_r, self._cmd_w = os.pipe()
        self._resp_r, resp_w = os.pipe()
        argv = [
            binary,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--disable-extensions",
            "--no-default-browser-check",
            f"--user-data-dir={user_data_dir}",
            "--remote-debugging-pipe",
            "about:blank",
        ]
        err = os.open(stderr_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        devnull = os.open(os.devnull, os.O_RDONLY)
        # posix_spawn renumbers the pipe ends to exactly 3 and 4 without a preexec hook (thread-safe);
        # every other descriptor of ours is close-on-exec and does not leak into the browser.
        actions = [
            (os.POSIX_SPAWN_DUP2, devnull, 0),
            (os.POSIX_SPAWN_DUP2, err, 1),
            (os.POSIX_SPAWN_DUP2, err, 2),
            (os.POSIX_SPAWN_DUP2, cmd_r, 3),
            (os.POSIX_SPAWN_DUP2, resp_w, 4),
        ]
        try:
            self.pid = os.posix_spawn(binary, argv, dict(os.environ), file_actions=actions, setsid=True)
        finally:
            for fd in (cmd_r, resp_w, err, devnull):
                os.close(fd)
        self._buf = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> int:
        self._next_id += 1
        msg: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._cmd_w, json.dumps(msg).encode() + b"\0")
        return self._next_id

    def _read_one(self, deadline: float) -> dict[str, Any] | None:
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self._resp_r], [], [], left)
            if not ready:
                return None
            chunk = os.read(self._resp_r, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe (it crashed or exited)")
            self._buf += chunk
        raw, self._buf = self._buf.split(b"\0", 1)
        out: dict[str, Any] = json.loads(raw)
        return out

    def call(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        session: str | None = None,
        timeout: float = 30,
    ) -> dict[str, Any]:
        """Send a command and wait for its reply; events that arrive meanwhile are kept in ``events``."""
        want = self.send(method, params, session)
        deadline = time.monotonic() + timeout
        while True:
            msg = self._read_one(deadline)
            if msg is None:
                raise TimeoutError(f"no DevTools reply to {method} within {timeout}s")
            if msg.get("id") == want:
                if "error" in msg:
                    raise RuntimeError(f"DevTools {method} failed: {msg['error']}")
                result: dict[str, Any] = msg.get("result", {})
                return result
            if "method" in msg:
                self.events.append(msg)

    def wait_for(self, method: str, timeout: float) -> bool:
        """Collect events until ``method`` arrives (True) or the time is up (False)."""
        deadline = time.monotonic() + timeout
        if any(e.get("method") == method for e in self.events):
            return True
        while True:
            msg = self._read_one(deadline)
            if msg is None:
                return False
            if "method" in msg:
                self.events.append(msg)
                if msg["method"] == method:
                    return True

    def drain(self, seconds: float) -> None:
        """Keep collecting events for a little while (late timers, late resource failures)."""
        deadline = time.monotonic() + seconds
        while (msg := self._read_one(deadline)) is not None:
            if "method" in msg:
                self.events.append(msg)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.send("Browser.close")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            pid, _ = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                break
            time.sleep(0.05)
        else:
            os.killpg(self.pid, 9)  # our own process group (setsid above), nothing else
            os.waitpid(self.pid, 0)
        os.close(self._cmd_w)
        os.close(self._resp_r)


def _remote_object_text(obj: dict[str, Any]) -> str:
    if "value" in obj:
        return str(obj["value"])
    return str(obj.get("description") or obj.get("unserializableValue") or obj.get("type", "?"))


def _errors_from(events: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    requests: list[str] = []
    for e in events:
        m, p = e.get("method"), e.get("params", {})
        if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            errors.append("console.error: " + " ".join(_remote_object_text(a) for a in p.get("args", [])))
        elif m == "Runtime.exceptionThrown":
            d = p.get("exceptionDetails", {})
            exc = d.get("exception")
            text = _remote_object_text(exc) if exc else d.get("text", "exception")
            errors.append(f"exception: {text} (line {d.get('lineNumber')})")
        elif m == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
            entry = p["entry"]
            errors.append(f"log: {entry.get('text')} {entry.get('url', '')}".rstrip())
        elif m == "Network.loadingFailed":
            errors.append(f"load failed: {p.get('errorText')} (request {p.get('requestId')})")
        elif m == "Network.requestWillBeSent":
            url = str(p.get("request", {}).get("url", ""))
            if not url.startswith(LOCAL_SCHEMES):
                requests.append(url)
    return errors, requests


def render(path: str | Path, *, timeout: float = 60.0, settle: float = 0.5) -> tuple[str, list[str]]:
    """Load ``path`` in headless Chromium; return (DOM after load, console errors and failed loads).

    External requests count as errors too (listed as ``external request: URL``) because the report must
    be self-contained. Raises FileNotFoundError when no browser is installed (tests skip before that).
    """
    r = render_full(path, timeout=timeout, settle=settle)
    return r.dom, r.console_errors + [f"external request: {u}" for u in r.requests]


def render_full(path: str | Path, *, timeout: float = 60.0, settle: float = 0.5) -> Rendered:
    binary = find_chromium()
    if binary is None:
        raise FileNotFoundError("no chromium binary: run scripts/install-browser.sh")
    url = Path(path).resolve().as_uri()
    with tempfile.TemporaryDirectory(prefix="px-chromium-") as tmp:
        pipe = _Pipe(binary, os.path.join(tmp, "profile"), os.path.join(tmp, "stderr.log"))
        try:
            target = pipe.call("Target.createTarget", {"url": "about:blank"}, timeout=timeout)
            session = pipe.call(
                "Target.attachToTarget", {"targetId": target["targetId"], "flatten": True}, timeout=timeout
            )["sessionId"]
            for domain in ("Page", "Runtime", "Log", "Network"):
                pipe.call(f"{domain}.enable", session=session, timeout=timeout)
            pipe.events.clear()  # about:blank's own events are not the page's
            nav = pipe.call("Page.navigate", {"url": url}, session=session, timeout=timeout)
            if nav.get("errorText"):
                raise RuntimeError(f"chromium could not open {url}: {nav['errorText']}")
            if not pipe.wait_for("Page.loadEventFired", timeout):
                raise TimeoutError(f"{url} did not finish loading within {timeout}s")
            pipe.drain(settle)
            dom = pipe.call(
                "Runtime.evaluate",
                {"expression": "document.documentElement.outerHTML", "returnByValue": True},
                session=session,
                timeout=timeout,
            )["result"]["value"]
            pipe.drain(0.05)
        finally:
            pipe.close()
    errors, requests = _errors_from(pipe.events)
    return Rendered(dom=str(dom), console_errors=errors, requests=requests)
