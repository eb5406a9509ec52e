"""The read rule cannot be forgotten by a route or a page: what reads one convention (its
state at a point, its events, its alerts, its differences) or the feed is reached from api/
only through use cases that take the actor and apply ``domain.readers`` themselves. This test reads the
source of api/ and refuses a call to a read that takes no actor — a new route written with
one fails here, before any test of its answers."""

from __future__ import annotations

import ast
from pathlib import Path

API = Path(__file__).resolve().parents[2] / "api"

ACTORLESS_READS = {
    "get_convention",  # → readable_convention(id, actor)
    "convention_at",  # → readable_convention_at(id, point, actor), convention_file(…, actor)
    "terms_at",
    "get_alerts",  # → readable_alerts(id, actor), readable_alert(id, n, actor)
    "stream",  # → convention_events(id, actor, …)
    "events_of",  # → alert_history(id, n, actor), party_history(id) (public)
    "aggregate_at",
    "aggregate_or_none",
    "repository",  # the aggregates themselves
}


ACTORLESS_QUERIES = {"FeedQuery"}
"""A feed query is the actor's: made by ``readable_feed(filters, actor, index)`` (then copied
with ``dataclasses.replace``), never built from the filters by a route."""


def calls_without_actor() -> list[str]:
    found = []
    for path in sorted(API.rglob("*.py")):
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            where = f"{path.relative_to(API.parent)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Attribute) and node.attr in ACTORLESS_READS:
                # ``client.stream(...)`` of an HTTP client or a response would be fine; api/ has none.
                found.append(f"{where} .{node.attr}")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ACTORLESS_QUERIES
            ):
                found.append(f"{where} {node.func.id}(…)")
    return found


def test_no_route_or_page_reads_a_convention_without_the_actor():
    assert calls_without_actor() == []


def test_the_check_sees_such_a_call(tmp_path, monkeypatch):
    """The test above can fail: a route reading a convention without the actor is found."""
    module = tmp_path / "api" / "routes" / "leak.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        "def leak(convention_id, ledger):\n    return ledger.get_convention(convention_id).latest_terms\n"
    )
    monkeypatch.setattr(f"{__name__}.API", tmp_path / "api")
    assert calls_without_actor() == ["api/routes/leak.py:2 .get_convention"]
