"""The feed and time travel over HTTP: pages with a cursor, NDJSON, Server-Sent Events that
resume from Last-Event-ID and follow new writes; a convention as recorded at an instant."""

from __future__ import annotations

import json
import threading
import time
from datetime import date, datetime, timedelta

import pytest

from infrastructure.demo import load_demo
from tests.builders import World


@pytest.fixture
def demo(api):
    ledger = api.client.app.state.ledger
    ids = load_demo(ledger)
    ledger.alert_process.process()
    assert api.client.app.state.reads.wait_for(ledger.history.last_position(), 30)
    return ids


def get(api, path, **params):
    response = api.client.get(path, params=params, headers=api.admin)
    assert response.status_code == 200, response.text
    return response.json()


def test_pages_ndjson_and_filters_agree(api, demo):
    whole = get(api, "/events", limit=1000)
    last = whole["last_position"]
    assert [e["position"] for e in whole["items"]] == list(range(1, last + 1))
    assert whole["next_after"] == last
    first = whole["items"][0]
    assert set(first) == {
        "id", "position", "stream", "stream_type", "version", "type", "schema_version",
        "recorded_at", "effective_on", "actor", "payload",
    }  # fmt: skip
    paged, after = [], 0
    while True:
        page = get(api, "/events", after=after, limit=37)
        paged += page["items"]
        if len(page["items"]) < 37:
            break
        after = page["next_after"]
    assert paged == whole["items"]
    with api.client.stream("GET", "/events/stream.ndjson", headers=api.admin) as response:
        assert response.headers["content-type"].startswith("application/x-ndjson")
        streamed = [json.loads(line) for line in response.iter_lines() if line]
    assert streamed == whole["items"]
    # A party: its own events and those of every convention it is party to, directly or
    # through its SC, with their alerts.
    nievre = demo.parties["oph-nievre"]
    mine = get(api, "/events", party_id=str(nievre), limit=1000)["items"]
    streams = {e["stream"] for e in mine}
    assert str(nievre) in streams and str(demo.conventions["nievre-2015"]) in streams
    assert str(demo.conventions["lyon-contrat-de-plan"]) not in streams
    signed = get(api, "/events", type=["Signed", "AvenantSigned"], limit=1000)["items"]
    assert {e["type"] for e in signed} == {"Signed", "AvenantSigned"}
    response = api.client.get("/events", params={"type": "Nope"}, headers=api.admin)
    assert response.status_code == 422 and response.headers["content-type"] == "application/problem+json"
    assert api.client.get("/events", params={"limit": 1001}, headers=api.admin).status_code == 422


def test_sse_resumes_from_last_event_id_and_follows_new_writes(api):
    ledger = api.client.app.state.ledger
    world = World(ledger)  # twelve parties registered
    last = ledger.history.last_position()
    written: list[int] = []  # the log's end once the writer is done
    writer = threading.Thread(
        target=lambda: (
            time.sleep(0.3),
            world.convention_in_force(),
            written.append(ledger.history.last_position()),
        )
    )
    seen: list[int] = []
    headers = {**api.admin, "Last-Event-ID": str(last - 3)}
    writer.start()
    # Followed until the convention written meanwhile has come through (the stream's own
    # timeout is only a bound: a slow machine waits longer, it does not fail; a heartbeat line
    # comes every 15 s).
    with api.client.stream("GET", "/events/live", params={"timeout": 120}, headers=headers) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            if line.startswith("id: "):
                seen.append(int(line[4:]))
            if written and seen and seen[-1] >= written[0]:
                break
    writer.join()
    # The three last registrations replayed, then the convention written while following.
    assert seen == list(range(last - 2, ledger.history.last_position() + 1))
    assert len(seen) > 10


def test_a_convention_as_recorded_at_an_instant_over_http(api, demo):
    cid = demo.conventions["nievre-2015"]
    events = get(api, f"/conventions/{cid}/events", limit=1000)["items"]
    assert [e["version"] for e in events] == list(range(1, len(events) + 1))
    from_version = get(api, f"/conventions/{cid}/events", from_version=10, limit=5)
    assert [e["version"] for e in from_version["items"]] == [10, 11, 12, 13, 14]
    corrected = next(e for e in events if e["type"] == "EvaluationCorrected")
    before = (datetime.fromisoformat(corrected["recorded_at"]) - timedelta(microseconds=1)).isoformat()
    then = get(api, f"/conventions/{cid}", recorded_at=before, on="2017-12-31")
    now = get(api, f"/conventions/{cid}", on="2017-12-31")
    value = lambda c: next(  # noqa: E731
        v["value"]
        for e in c["evaluations"]
        if e["year"] == 2017
        for v in e["values"]
        if v["indicator_id"] == "rehab"
    )
    assert (value(then), value(now)) == ("230", "235")
    assert then["version"] == corrected["version"] - 1
    diff = get(api, f"/conventions/{cid}/diff", from_version=1, to_version=5)
    assert {c["part"] for c in diff["changes"]} <= {
        "axes",
        "commitments",
        "contreparties",
        "governance_bodies",
        "evaluation_scheme",
    }
    assert [e["version"] for e in diff["events"]] == [2, 3, 4, 5]
    naive = api.client.get(
        f"/conventions/{cid}", params={"recorded_at": "2022-01-01T00:00:00"}, headers=api.admin
    )
    assert naive.status_code == 422
    early = (date.today() - timedelta(days=365 * 30)).isoformat() + "T00:00:00Z"
    assert (
        api.client.get(f"/conventions/{cid}", params={"recorded_at": early}, headers=api.admin).status_code
        == 404
    )
