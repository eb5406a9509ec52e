"""The Python feed client against a real HTTP server: it replays, follows, survives the
server going away and coming back, and resumes from its position file — every event once,
in order."""

from __future__ import annotations

import threading
import time

import pytest

from client.feed_client import FeedClient, PositionFile
from domain.values import Actor, ActorRole
from infrastructure.tokens import Tokens
from tests.builders import World
from tests.e2e.servers import Server, free_port
from tests.settings import Settings

pytestmark = pytest.mark.stores("sqlite", "postgres")


def test_the_client_replays_follows_and_resumes_after_a_disconnect(database_url, tmp_path):
    settings = Settings(database_url=database_url, tokens_file=tmp_path / "tokens.json")
    token = Tokens.for_settings(settings).issue(Actor("erp", ActorRole.AUDITOR))
    port = free_port()
    positions = PositionFile(tmp_path / "position")
    seen: list[int] = []
    client = FeedClient(f"http://127.0.0.1:{port}", token, retry_seconds=0.1, connection_seconds=0.5)

    def consume() -> None:
        try:
            client.run(lambda event: seen.append(event["position"]), positions)
        except Exception as error:  # pragma: no cover - surfaced by the asserts
            seen.append(-1)
            raise error

    with Server(settings, port) as first:
        world = World(first.ledger)  # history to replay
        follower = threading.Thread(target=consume, daemon=True)
        follower.start()
        world.convention_in_force()  # written while the client follows
        deadline = time.monotonic() + 20
        while (not seen or seen[-1] < first.ledger.history.last_position()) and time.monotonic() < deadline:
            time.sleep(0.05)
    # The server is gone; writes go on; another server comes up on the same store.
    with Server(settings, port) as second:
        world.through(second.ledger).convention_in_force()
        last = second.ledger.history.last_position()
        deadline = time.monotonic() + 20
        while (not seen or seen[-1] < last) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert seen == list(range(1, last + 1))
        assert positions.read() == last
        # A job restarted from its position file finds nothing to replay.
        again = FeedClient(f"http://127.0.0.1:{port}", token)
        assert list(again.events(positions.read(), follow=False)) == []
        client.close()
        follower.join(timeout=5)
        assert not follower.is_alive()
