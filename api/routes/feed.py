"""The global feed of events, for API clients that replay and follow the history: pages
with a cursor, an NDJSON stream for large replays, and Server-Sent Events to follow live
(resuming from ``Last-Event-ID``). Every variant reads the same ledger query, in commit
order, so a client that replays and then follows sees each event once and in order."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from datetime import datetime
from typing import Annotated
from uuid import UUID

from fastapi import Depends, Header, Query, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from api import routing
from api.deps import MAX_INT, CurrentActor, Ledger, Reads, aware
from api.routes.conventions import event_page, event_public
from api.schemas import EventPage, Instant
from application.base import micros
from application.history import MAX_PAGE, FeedFilters, FeedQuery
from application.ledger import ConventionLedger
from domain.errors import InvalidValueError
from projections import portfolio_queries

router = routing.router(tags=["feed"])

STREAM_PAGE = 500
SSE_POLL_SECONDS = 0.25
SSE_HEARTBEAT_SECONDS = 15.0


def _micros(moment: datetime | None, name: str) -> int | None:
    checked = aware(moment, name)
    return None if checked is None else micros(checked)


def feed_query(
    ledger: Ledger,
    reads: Reads,
    actor: CurrentActor,
    after: Annotated[
        int,
        Query(ge=0, le=MAX_INT, description="Cursor: the last position already seen (0: from the start)."),
    ] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    convention_id: Annotated[UUID | None, Query(description="Only this convention (and its alerts).")] = None,
    party_id: Annotated[
        UUID | None,
        Query(description="Only this party and the conventions it is party to, directly or through its SC."),
    ] = None,
    type: Annotated[
        list[str] | None, Query(description="Event types (`Signed` or `Convention.Signed`), repeatable.")
    ] = None,
    recorded_from: Instant | None = None,
    recorded_until: Instant | None = None,
) -> FeedQuery:
    filters = FeedFilters(
        after=after,
        limit=limit,
        convention_id=convention_id,
        party_id=party_id,
        topics=ledger.history.topics_of(type) if type else (),
        recorded_from_us=_micros(recorded_from, "recorded_from"),
        recorded_until_us=_micros(recorded_until, "recorded_until"),
    )
    return ledger.history.readable_feed(filters, actor, portfolio_queries.ReadersIndex(reads))


Feed = Annotated[FeedQuery, Depends(feed_query)]


@router.get("/events")
def read_feed(query: Feed, ledger: Ledger, actor: CurrentActor) -> EventPage:
    """One page of the log in commit order after the cursor, filtered; `next_after` is the
    cursor of the next page."""
    last = ledger.history.last_position()
    items = ledger.history.feed(replace(query, until=last))
    return event_page(items, query.limit, query.after, last)


def _pages(ledger: ConventionLedger, query: FeedQuery, until: int | None) -> Callable[[int], list[str]]:
    def page(after: int) -> list[str]:
        events = ledger.history.feed(replace(query, after=after, limit=STREAM_PAGE, until=until))
        return [event_public(e).model_dump_json() for e in events]

    return page


@router.get("/events/stream.ndjson", response_class=StreamingResponse)
async def stream_feed(query: Feed, ledger: Ledger, actor: CurrentActor) -> StreamingResponse:
    """The whole feed after the cursor up to the log's end when asked (filters as
    `/events`), one JSON envelope per line, read page by page: never whole in memory."""
    until = await run_in_threadpool(ledger.history.last_position)
    page = _pages(ledger, query, until)

    async def lines() -> AsyncIterator[str]:
        after = query.after
        while True:
            batch = await run_in_threadpool(page, after)
            if not batch:
                return
            for line in batch:
                yield line + "\n"
            after = json.loads(batch[-1])["position"]

    return StreamingResponse(lines(), media_type="application/x-ndjson")


@router.get("/events/live", response_class=StreamingResponse)
async def follow_feed(
    request: Request,
    query: Feed,
    ledger: Ledger,
    actor: CurrentActor,
    last_event_id: Annotated[str | None, Header(description="Resume after this position (SSE).")] = None,
    timeout: Annotated[
        float | None,
        Query(gt=0, le=3600, description="Stop after so many seconds (default: follow until closed)."),
    ] = None,
) -> StreamingResponse:
    """Server-Sent Events: every event after the cursor (or `Last-Event-ID`), then each new
    one as it is committed; `id:` is the position, `event:` the type. A comment line is sent
    every 15 s to keep connections open."""
    after = query.after
    if last_event_id:
        if not last_event_id.isdigit():
            raise InvalidValueError("Last-Event-ID : une position (entier) est attendue.")
        after = int(last_event_id)
    return live_events(request, ledger, query, after, timeout)


def live_events(
    request: Request,
    ledger: ConventionLedger,
    query: FeedQuery,
    after: int,
    timeout: float | None,
    *,
    named: bool = True,
) -> StreamingResponse:
    """The feed as Server-Sent Events from ``after`` (the API's ``/events/live`` and the
    journal page's live view). ``named``: each message carries its event type as the SSE event
    name (clients listen per type); else every one is a plain message (``onmessage``)."""
    page = _pages(ledger, query, None)
    deadline = None if timeout is None else time.monotonic() + timeout

    async def events() -> AsyncIterator[str]:
        cursor = after
        quiet_since = time.monotonic()
        yield "retry: 1000\n\n"
        while deadline is None or time.monotonic() < deadline:
            if await request.is_disconnected():
                return
            batch = await run_in_threadpool(page, cursor)
            for line in batch:
                envelope = json.loads(line)
                cursor = envelope["position"]
                name = f"event: {envelope['type']}\n" if named else ""
                yield f"id: {cursor}\n{name}data: {line}\n\n"
            if batch:
                quiet_since = time.monotonic()
                continue
            if time.monotonic() - quiet_since >= SSE_HEARTBEAT_SECONDS:
                yield ": toujours là\n\n"
                quiet_since = time.monotonic()
            await asyncio.sleep(SSE_POLL_SECONDS)

    return StreamingResponse(
        events(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
