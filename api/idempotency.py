"""Idempotent writes: a POST with an ``Idempotency-Key`` header (scoped to the actor) is
carried out once. A repeat with the same body gets the first answer again, without a second
event; the same key with another body is refused (422); a repeat while the first is still
being carried out is told so (409). A first attempt that failed on the server (5xx) frees
its key, so the client may retry.

The key is claimed before the write and its answer stored after: a process that dies in
between leaves the key claimed ("in flight") until it expires (``CLAIM_SECONDS``); a repeat
then re-runs the write — the one window where a write could run twice (docs/decisions.md).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Protocol

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.deps import Authenticator
from api.errors import problem

MAX_KEY_LENGTH = 200
CLAIM_SECONDS = 300
KEPT_HEADERS = ("content-type", "etag", "location")


@dataclass(frozen=True)
class StoredAnswer:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


@dataclass(frozen=True)
class Claim:
    """What claiming a key found: nothing (the caller carries out the write), an answer to
    give again, or a conflict (``in_flight`` or ``other_body``)."""

    answer: StoredAnswer | None = None
    conflict: str | None = None


class IdempotencyStore(Protocol):
    def claim(self, actor_id: str, key: str, fingerprint: str) -> Claim: ...

    def complete(self, actor_id: str, key: str, answer: StoredAnswer) -> None: ...

    def release(self, actor_id: str, key: str) -> None: ...


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp, store: IdempotencyStore, authenticate: Authenticator) -> None:
        self.app = app
        self.store = store
        self.authenticate = authenticate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        key = headers.get("idempotency-key")
        authorization = headers.get("authorization", "")
        actor = self.authenticate(authorization[7:]) if authorization.lower().startswith("bearer ") else None
        if key is None or actor is None:
            await self.app(scope, receive, send)  # no key, or no actor: the route answers (401…)
            return
        path = scope["path"]
        if not 1 <= len(key) <= MAX_KEY_LENGTH:
            await problem(
                422, "invalid-idempotency-key", f"Idempotency-Key : 1 à {MAX_KEY_LENGTH} caractères.", path
            )(scope, receive, send)
            return
        body = await _read_body(receive)
        fingerprint = hashlib.sha256(
            b"\n".join([path.encode(), scope.get("query_string", b""), body])
        ).hexdigest()
        claim = await run_in_threadpool(self.store.claim, actor.actor_id, key, fingerprint)
        if claim.answer is not None:
            await _send_answer(send, claim.answer, replayed=True)
            return
        if claim.conflict == "in_flight":
            await problem(
                409,
                "idempotency-key-in-flight",
                "Une requête avec cette clé d'idempotence est encore en cours : réessayez dans un instant.",
                path,
            )(scope, receive, send)
            return
        if claim.conflict == "other_body":
            await problem(
                422,
                "idempotency-key-reused",
                "Cette clé d'idempotence a déjà servi pour une autre requête : prenez une nouvelle clé.",
                path,
            )(scope, receive, send)
            return

        sent_body = False

        async def replay_body() -> Message:
            nonlocal sent_body
            if not sent_body:
                sent_body = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        started: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                started.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, replay_body, capture)
        except BaseException:
            await run_in_threadpool(self.store.release, actor.actor_id, key)
            raise
        status = int(started.get("status", 500))
        if status >= 500:
            await run_in_threadpool(self.store.release, actor.actor_id, key)
            return
        kept = [
            (name.decode("latin-1"), value.decode("latin-1"))
            for name, value in started.get("headers", [])
            if name.decode("latin-1").lower() in KEPT_HEADERS
        ]
        await run_in_threadpool(
            self.store.complete, actor.actor_id, key, StoredAnswer(status, kept, b"".join(chunks))
        )


async def _read_body(receive: Receive) -> bytes:
    parts: list[bytes] = []
    while True:
        message = await receive()
        parts.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(parts)


async def _send_answer(send: Send, answer: StoredAnswer, *, replayed: bool) -> None:
    headers = [(n.encode("latin-1"), v.encode("latin-1")) for n, v in answer.headers]
    headers.append((b"content-length", str(len(answer.body)).encode()))
    if replayed:
        headers.append((b"idempotent-replayed", b"true"))
    await send({"type": "http.response.start", "status": answer.status, "headers": headers})
    await send({"type": "http.response.body", "body": answer.body})


def encode_headers(headers: list[tuple[str, str]]) -> str:
    return json.dumps(headers)


def decode_headers(text: str) -> list[tuple[str, str]]:
    return [(str(n), str(v)) for n, v in json.loads(text)]
