"""Hold under abuse at the HTTP edge (#14): a per-client rate limit on the routes that start work,
a Vietnamese "busy" answer when Gradio's bounded queue is full, and a delay then a temporary
lockout after repeated failed logins. A plain ASGI middleware, passed to Gradio's FastAPI app
through `launch(app_kwargs={"middleware": [...]})`, so Gradio itself is not patched."""
from __future__ import annotations

import asyncio
import json
import logging
import math
import time
from dataclasses import dataclass, field

from assistant import msg

log = logging.getLogger(__name__)

# POSTs that queue a job or store a file; page loads, static files and result streams are free.
WORK_ROUTES = ("/gradio_api/call/", "/gradio_api/queue/join", "/gradio_api/run/", "/gradio_api/api/",
               "/gradio_api/upload")
LOGIN_ROUTES = ("/login", "/login/")
_MAX_CLIENTS = 10_000  # buckets kept; beyond this the idlest are forgotten (memory stays bounded)


@dataclass
class TokenBucket:
    """`rate` tokens per second, at most `burst` saved up; one token per request."""

    rate: float
    burst: float
    clients: dict[str, tuple[float, float]] = field(default_factory=dict)  # key -> (tokens, stamp)

    def take(self, key: str, now: float | None = None) -> float:
        """0 when allowed, else the seconds until a token is back."""
        now = time.monotonic() if now is None else now
        tokens, stamp = self.clients.pop(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - stamp) * self.rate)
        wait = 0.0
        if tokens >= 1:
            tokens -= 1
        else:
            wait = (1 - tokens) / self.rate
        self.clients[key] = (tokens, now)  # most recent last
        while len(self.clients) > _MAX_CLIENTS:
            self.clients.pop(next(iter(self.clients)))
        return wait


@dataclass
class LoginThrottle:
    """Failed logins per client: each failure answers later (1, 2, 4… s, at most `max_delay`);
    `max_failures` in a row lock the client out for `lockout` seconds."""

    max_failures: int = 5
    lockout: float = 300.0
    max_delay: float = 8.0
    failures: dict[str, int] = field(default_factory=dict)
    locked_until: dict[str, float] = field(default_factory=dict)

    def locked(self, key: str, now: float | None = None) -> float:
        now = time.monotonic() if now is None else now
        until = self.locked_until.get(key, 0.0)
        if until and until <= now:
            self.locked_until.pop(key, None)
            self.failures.pop(key, None)
            return 0.0
        return max(0.0, until - now)

    def failed(self, key: str, now: float | None = None) -> float:
        """Record a failure; returns the delay before its answer is sent."""
        now = time.monotonic() if now is None else now
        n = self.failures.get(key, 0) + 1
        self.failures[key] = n
        if n >= self.max_failures:
            self.locked_until[key] = now + self.lockout
            log.warning("login locked for %s after %d failures", key, n)
        if len(self.failures) > _MAX_CLIENTS:
            self.failures.pop(next(iter(self.failures)))
        return min(self.max_delay, 2.0 ** (n - 1))

    def succeeded(self, key: str) -> None:
        self.failures.pop(key, None)


def _client(scope) -> str:
    client = scope.get("client")
    return client[0] if client else "?"


async def _send_json(send, status: int, detail: str, retry_after: float | None = None) -> None:
    body = json.dumps({"detail": detail, "error": detail}, ensure_ascii=False).encode("utf-8")
    headers = [(b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    if retry_after is not None:
        headers.append((b"retry-after", str(max(1, math.ceil(retry_after))).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class GuardMiddleware:
    def __init__(self, app, per_minute: float = 60, burst: int = 20, login: LoginThrottle | None = None):
        self.app = app
        self.bucket = TokenBucket(rate=per_minute / 60.0, burst=float(burst))
        self.login = login or LoginThrottle()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") != "POST":
            return await self.app(scope, receive, send)
        path, who = scope.get("path", ""), _client(scope)
        if path in LOGIN_ROUTES:
            return await self._login(scope, receive, send, who)
        if path.startswith(WORK_ROUTES):
            wait = self.bucket.take(who)
            if wait > 0:
                return await _send_json(send, 429, msg("busy_rate", seconds=max(1, math.ceil(wait))), wait)
            return await self.app(scope, receive, self._busy_if_full(send))
        return await self.app(scope, receive, send)

    @staticmethod
    def _busy_if_full(send):
        """Gradio answers a full queue with 503 and an English detail: say it in Vietnamese."""
        state = {"full": False}

        async def wrapped(message):
            if message["type"] == "http.response.start" and message["status"] == 503:
                state["full"] = True
                return
            if state["full"]:
                if message["type"] == "http.response.body" and not message.get("more_body"):
                    await _send_json(send, 503, msg("busy_queue"), 5)
                return
            await send(message)

        return wrapped

    async def _login(self, scope, receive, send, who):
        locked = self.login.locked(who)
        if locked:
            return await _send_json(send, 429, msg("login_locked", minutes=max(1, math.ceil(locked / 60))), locked)
        held: list = []

        async def capture(message):
            held.append(message)

        await self.app(scope, receive, capture)
        status = next((m["status"] for m in held if m["type"] == "http.response.start"), 500)
        if status == 400:
            # a wrong password answers late: guessing costs time; several in a row lock the client out
            await asyncio.sleep(self.login.failed(who))
            if self.login.locked(who):
                return await _send_json(send, 429, msg("login_locked", minutes=max(1, math.ceil(self.login.lockout / 60))),
                                        self.login.lockout)
        elif status < 400:
            self.login.succeeded(who)
        for m in held:
            await send(m)


def launch_options(app, settings) -> dict:
    """What `Blocks.launch` needs for the limits above: the middleware, the upload size limit
    (also enforced on Gradio's own upload route) and a cache that does not keep uploads."""
    from starlette.middleware import Middleware

    # uploads are deleted once indexed (ui.app.upload); this sweeps what a dropped session left
    app.delete_cache = (600, 600)

    server = settings.server
    login = LoginThrottle(max_failures=server.login_max_failures, lockout=server.login_lockout_s)
    return {
        "app_kwargs": {"middleware": [Middleware(GuardMiddleware, per_minute=server.rate_per_minute,
                                                 burst=server.rate_burst, login=login)]},
        "max_file_size": int(settings.store.max_file_mb * 1e6),
    }


def upload_dir():
    """Gradio's folder of uploaded files (GRADIO_TEMP_DIR, else the system temp folder's 'gradio')."""
    import os
    import tempfile
    from pathlib import Path

    return Path(os.environ.get("GRADIO_TEMP_DIR") or Path(tempfile.gettempdir()) / "gradio").resolve()


def discard_upload(src) -> None:
    """Delete an uploaded original from Gradio's temporary folder: once indexed (or refused) it is
    neither kept on disk nor downloadable. Only files under Gradio's upload folder are touched."""
    from pathlib import Path

    try:
        src = Path(src).resolve()
        base = upload_dir()
        if base in src.parents:
            src.unlink(missing_ok=True)
            if src.parent != base and not any(src.parent.iterdir()):
                src.parent.rmdir()
    except OSError:
        log.warning("could not delete upload %s", src)
