"""Guards in front of every route: bodies bounded in size (413), writes limited per actor
(429, with ``Retry-After``), and every read of an auditor logged (who read what, when).

The rate limit is a token bucket per actor, in the process: with several API processes each
applies it on its own (the limit is then per process). Reads are not limited.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime

import structlog
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.deps import Authenticator
from api.errors import problem
from application.audit import AuditorRead, AuditorReads
from domain.values import ActorRole

log = structlog.get_logger("api")


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int = 1_000_000
    writes_per_second: float = 20.0
    write_burst: int = 40


class TokenBuckets:
    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = burst
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, actor_id: str) -> float:
        """0 if the actor may write now (a token is taken), else the seconds to wait."""
        now = time.monotonic()
        with self._lock:
            tokens, since = self._buckets.get(actor_id, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - since) * self.rate)
            if tokens >= 1:
                self._buckets[actor_id] = (tokens - 1, now)
                return 0.0
            self._buckets[actor_id] = (tokens, now)
            return (1 - tokens) / self.rate


class _TooLarge(Exception):
    pass


class Guards:
    def __init__(
        self,
        app: ASGIApp,
        authenticate: Authenticator,
        limits: Limits,
        auditor_reads: AuditorReads | None = None,
    ) -> None:
        self.app = app
        self.authenticate = authenticate
        self.limits = limits
        self.auditor_reads = auditor_reads
        self.buckets = TokenBuckets(limits.writes_per_second, limits.write_burst)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        path = scope["path"]
        length = headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > self.limits.max_body_bytes:
            await self._too_large(scope, receive, send)
            return
        authorization = headers.get("authorization", "")
        actor = self.authenticate(authorization[7:]) if authorization.lower().startswith("bearer ") else None
        if actor is not None and scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            wait = self.buckets.take(actor.actor_id)
            if wait > 0:
                response = problem(
                    429,
                    "too-many-writes",
                    f"Trop d'écritures pour cet acteur : réessayez dans {wait:.1f} s.",
                    path,
                )
                response.headers["Retry-After"] = str(max(1, round(wait + 0.5)))
                await response(scope, receive, send)
                return
        if actor is not None and actor.role is ActorRole.AUDITOR and scope["method"] == "GET":
            read = AuditorRead(
                actor_id=actor.actor_id,
                path=path,
                query=scope.get("query_string", b"").decode(errors="replace"),
                read_at=datetime.now(UTC).isoformat(),
            )
            log.info("audit.read", actor_id=read.actor_id, path=read.path, query=read.query)
            if self.auditor_reads is not None:
                # Recorded before the answer: a read that fails half-way is still a read.
                await run_in_threadpool(self.auditor_reads.record, read)
        received = 0

        async def bounded() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limits.max_body_bytes:
                raise _TooLarge
            return message

        try:
            await self.app(scope, bounded, send)
        except _TooLarge:
            await self._too_large(scope, receive, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        await problem(
            413,
            "body-too-large",
            f"Corps de requête trop grand : {self.limits.max_body_bytes} octets au plus.",
            scope["path"],
        )(scope, receive, send)
