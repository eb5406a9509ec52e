"""A small client of the conventions feed, with nothing but the Python standard library:
copy this file into an ERP, a budget tool or an open-data job.

It replays the history from a position (NDJSON, page after page on the server side), then
follows new events live (Server-Sent Events). After a disconnect it reconnects and resumes
after the last event it handed over, so the caller sees every event once and in order. The
position can be kept in a file, so that a restarted job resumes where it stopped.

    client = FeedClient("http://127.0.0.1:8000", token)
    for event in client.events(after=PositionFile("var/position").read()):
        handle(event)  # then remember event["position"]

Or, keeping the position for you: ``client.run(handle, PositionFile("var/position"))``.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

Event = dict[str, Any]


class PositionFile:
    """The last position handled, kept in a file (written atomically)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def read(self) -> int:
        try:
            return int(self.path.read_text().strip() or 0)
        except FileNotFoundError:
            return 0

    def write(self, position: int) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(str(position))
        temporary.replace(self.path)


class FeedClient:
    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        filters: dict[str, str | list[str]] | None = None,
        retry_seconds: float = 1.0,
        connection_seconds: float | None = None,
    ) -> None:
        """``filters``: as the API takes them (``convention_id``, ``party_id``, ``type``,
        ``recorded_from``, ``recorded_until``). ``connection_seconds``: ask the server to
        close each live connection after so long (the client reconnects at once)."""
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.filters = filters or {}
        self.retry_seconds = retry_seconds
        self.connection_seconds = connection_seconds
        self.closed = False

    def close(self) -> None:
        """Stop following: at the end of the current connection, no reconnection."""
        self.closed = True

    # --- reading -------------------------------------------------------------------------

    def replay(self, after: int = 0) -> Iterator[Event]:
        """Every event after ``after`` up to the end of the log when asked (NDJSON)."""
        with self._open("/events/stream.ndjson", {"after": str(after)}) as response:
            for raw in response:
                line = raw.strip()
                if line:
                    yield json.loads(line)

    def follow(self, after: int = 0) -> Iterator[Event]:
        """Every event after ``after``, then each new one, forever (one SSE connection;
        ends when the server closes it)."""
        params = {}
        if self.connection_seconds is not None:
            params["timeout"] = str(self.connection_seconds)
        with self._open("/events/live", params, {"Last-Event-ID": str(after)}) as response:
            data: list[str] = []
            for raw in response:
                line = raw.decode("utf-8").rstrip("\n").rstrip("\r")
                if line.startswith("data:"):
                    data.append(line[5:].lstrip())
                elif not line and data:
                    yield json.loads("\n".join(data))
                    data = []

    def events(self, after: int = 0, *, follow: bool = True) -> Iterator[Event]:
        """Replay from ``after``, then follow; reconnect after any disconnect, resuming
        after the last event handed over. Each event once, in order."""
        position = after

        # Late binding on purpose: each (re)connection starts after the position reached.
        def replay() -> Iterator[Event]:
            return self.replay(position)

        def follow_live() -> Iterator[Event]:
            return self.follow(position)

        for event in self._resilient(replay):
            position = event["position"]
            yield event
        while follow and not self.closed:
            for event in self._resilient(follow_live):
                if event["position"] <= position:
                    continue  # already handed over before a reconnection
                position = event["position"]
                yield event

    def run(self, handle: Callable[[Event], None], positions: PositionFile, *, follow: bool = True) -> None:
        """Hand every event to ``handle`` from the position in the file; write the position
        after each one (so a restart resumes after the last event handled)."""
        for event in self.events(positions.read(), follow=follow):
            handle(event)
            positions.write(event["position"])

    # --- plumbing -------------------------------------------------------------------------

    def _resilient(self, connect: Callable[[], Iterator[Event]]) -> Iterator[Event]:
        """One connection's events; on a network error, connect again (``connect`` reads
        the position reached so far)."""
        while not self.closed:
            try:
                yield from connect()
                return
            except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
                if isinstance(error, urllib.error.HTTPError) and error.code < 500:
                    raise
                time.sleep(self.retry_seconds)

    def _open(self, path: str, params: dict[str, str], headers: dict[str, str] | None = None) -> Any:
        query = urllib.parse.urlencode({**self.filters, **params}, doseq=True)
        request = urllib.request.Request(  # noqa: S310 - the base URL is the caller's configuration
            f"{self.base_url}{path}?{query}",
            headers={"Authorization": f"Bearer {self.token}", **(headers or {})},
        )
        return urllib.request.urlopen(request, timeout=60)  # noqa: S310
