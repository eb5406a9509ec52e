"""Idempotent writes: a POST with an ``Idempotency-Key`` header (scoped to the actor) is
carried out once. A repeat with the same body gets the first answer again, without a second
event; the same key with another body is refused (422).

Two layers. The ledger records the key **with the events** of the command, in their
transaction and unique per actor (``application.base.CommandKey``): a command is decided at
most once, whatever happens around it — a repeat while the first runs, a retry after a lost
acknowledgement, a process killed between the commit and the answer, an error raised after
the commit. This middleware keeps the *answers* (a table of the same database), so a repeat
gets the very answer given; a key whose answer was never stored ("in flight": the first is
still running, or its process died) runs the request again, and the ledger answers from the
recorded command instead of deciding twice. Only final answers are kept: a 5xx, a 409
(conflict, retry), a 412 or 428 (re-read first), a 429 (rate) or a 503 leave the key to be
tried again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Protocol

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.deps import COMMAND_KEY_STATE, Authenticator, bearer_actor
from api.errors import problem
from application.base import CommandKey

MAX_KEY_LENGTH = 200
KEPT_HEADERS = ("content-type", "etag", "location")
NOT_FINAL = frozenset({408, 409, 412, 425, 428, 429})
"""Answers that say « try again » (after re-reading, for 412 and 428: the If-Match header is not
part of the request's fingerprint), never kept as a key's answer (with every 5xx)."""


@dataclass(frozen=True)
class StoredAnswer:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


@dataclass(frozen=True)
class Claim:
    """What claiming a key found: nothing (the caller carries out the write), an answer to
    give again, or a conflict (``other_body``)."""

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
        actor = bearer_actor(scope, self.authenticate)
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

        # The route hands the key to the use case (``api.deps.get_writer``), which records it
        # with its events.
        scope.setdefault("state", {})[COMMAND_KEY_STATE] = CommandKey(actor.actor_id, key, fingerprint)
        try:
            await self.app(scope, replay_body, capture)
        except BaseException:
            await run_in_threadpool(self.store.release, actor.actor_id, key)
            raise
        status = int(started.get("status", 500))
        if status >= 500 or status in NOT_FINAL:
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
