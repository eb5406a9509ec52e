"""Guards in front of every route: no control character in the path or the query (422),
bodies bounded in size (413, announced or chunked), writes limited per actor (429, with
``Retry-After``), every read of an auditor logged (who read what, when), and answers that no
cache keeps (``Cache-Control: no-store`` when authenticated) nor a browser re-types
(``X-Content-Type-Options: nosniff``).

The rate limit is a token bucket per actor, in the process: with several API processes each
applies it on its own (the limit is then per process). Reads are not limited.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote_plus

import structlog
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.deps import Authenticator, bearer_actor
from api.errors import problem
from api.web.session import SESSION_ACCOUNT
from application.accounts import Account
from application.audit import AuditorRead, AuditorReads
from domain.documents import DOCUMENT_MAX_BYTES
from domain.values import ActorRole, control_character_in

log = structlog.get_logger("api")


UPLOAD_PATH_ENDINGS = ("/documents", "/actions/document")
"""Where documents are uploaded: ``POST /conventions/{id}/documents`` and the page's form."""


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int = 1_000_000
    writes_per_second: float = 20.0
    write_burst: int = 40
    # A document's upload (multipart: the file and a few fields) may be larger.
    max_upload_bytes: int = DOCUMENT_MAX_BYTES + 64 * 1024

    def body_bound(self, method: str, path: str) -> int:
        """What a request may carry: a document's upload (the API's, the page's form) is the
        one larger body."""
        if method == "POST" and path.rstrip("/").endswith(UPLOAD_PATH_ENDINGS):
            return max(self.max_body_bytes, self.max_upload_bytes)
        return self.max_body_bytes


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


def _hardened(send: Send, authenticated: bool) -> Send:
    """Adds the headers every answer carries: no sniffing; no store when authenticated (an
    answer for one actor is never kept by a shared cache or the browser)."""

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            names = {name.lower() for name, _ in headers}
            headers.append((b"x-content-type-options", b"nosniff"))
            if authenticated and b"cache-control" not in names:
                headers.append((b"cache-control", b"no-store"))
            message = {**message, "headers": headers}
        await send(message)

    return sending


class Guards:
    def __init__(
        self,
        app: ASGIApp,
        authenticate: Authenticator,
        limits: Limits,
        auditor_reads: AuditorReads | None = None,
        session_account: Callable[[dict[str, Any] | None], Account | None] | None = None,
    ) -> None:
        self.app = app
        self.authenticate = authenticate
        self.session_account = session_account
        self.limits = limits
        self.auditor_reads = auditor_reads
        self.buckets = TokenBuckets(limits.writes_per_second, limits.write_burst)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        path = scope["path"]
        query = unquote_plus(scope.get("query_string", b"").decode("latin-1"))
        character = control_character_in(path) or control_character_in(query)
        if character is not None:
            await problem(
                422,
                "invalid-request",
                f"Requête invalide : l'adresse contient un caractère de contrôle ({character}).",
                path.encode("unicode_escape").decode(),
            )(scope, receive, send)
            return
        authenticated = "authorization" in headers
        send = _hardened(send, authenticated)
        bound = self.limits.body_bound(scope["method"], path)
        length = headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > bound:
            await self._too_large(scope, receive, send, bound)
            return
        state = scope.setdefault("state", {})
        # Looking a token up reads the database: off the event loop, which would otherwise wait
        # on it for every request in flight (without a token there is nothing to look up).
        actor = (
            await run_in_threadpool(bearer_actor, scope, self.authenticate)
            if authenticated
            else bearer_actor(scope, self.authenticate)
        )
        if actor is None and self.session_account is not None and scope.get("session"):  # a signed-in one
            account = await run_in_threadpool(self.session_account, scope["session"])  # the pages'
            state[SESSION_ACCOUNT] = account
            actor = account.actor if account is not None else None
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
        too_large = False

        async def bounded() -> Message:
            nonlocal received, too_large
            message = await receive()
            received += len(message.get("body", b""))
            if received > bound:
                too_large = True
                raise _TooLarge
            return message

        async def answering(message: Message) -> None:
            # A body that grew past the bound while streamed (chunked, no Content-Length): the
            # framework may catch the interruption and answer its own error; the answer is 413.
            if not too_large:
                await send(message)
            elif message["type"] == "http.response.start":
                await self._too_large(scope, receive, send, bound)

        try:
            await self.app(scope, bounded, answering)
        except _TooLarge:
            await self._too_large(scope, receive, send, bound)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send, bound: int) -> None:
        await problem(
            413,
            "body-too-large",
            f"Corps de requête trop grand : {bound} octets au plus.",
            scope["path"],
        )(scope, receive, send)
