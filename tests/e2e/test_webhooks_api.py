"""Webhooks (issue 19), against a real receiver on a free loopback port: a party's receiver,
down for a while, gets every event its party may read exactly once and in order once it is
back, each signature verifying as Standard Webhooks says; another party's subscription gets
none of them; a replay from a position serves them again; the delivery log tells each attempt."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from fastapi.testclient import TestClient
from standardwebhooks.webhooks import Webhook

from domain.alerts import ConventionAlerts
from infrastructure.bootstrap import build_api
from infrastructure.tokens import Tokens
from tests.e2e.platform import Api
from tests.e2e.servers import free_port
from tests.settings import Settings

pytestmark = pytest.mark.stores("sqlite", "postgres")


class Receiver:
    """An HTTP server that keeps what it is sent; it can go down and come back on its port."""

    def __init__(self) -> None:
        self.port = free_port()
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/webhooks"

    def up(self) -> None:
        received = self.received

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *_: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def down(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None


@pytest.fixture
def api(database_url: str, tmp_path) -> Iterator[Api]:
    settings = Settings(
        database_url=database_url,
        tokens_file=tmp_path / "tokens.json",
        webhook_first_retry_seconds=0.2,
        worker_poll_seconds=0.1,
    )
    app = build_api(settings)
    with TestClient(app) as client:
        yield Api(client, Tokens.for_settings(settings))
    app.state.ledger.close()


@pytest.fixture
def receivers() -> Iterator[tuple[Receiver, Receiver]]:
    office, other = Receiver(), Receiver()
    yield office, other
    office.down()
    other.down()


def wait_until(condition, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "not reached in time"
        time.sleep(0.05)


def test_a_receiver_down_for_a_while_gets_every_event_once_in_order(api, world, receivers):
    office_receiver, lyon_receiver = receivers
    office_receiver.up()
    lyon_receiver.up()
    cid = world.nievre_convention
    office = api.token_for(world.signatory(world.oph_nievre))
    department = api.token_for(world.signatory(world.nievre))
    lyon = api.token_for(world.signatory(world.oph_lyon1))
    subscription = api.post(f"/parties/{world.oph_nievre}/webhooks", {"url": office_receiver.url}, office)
    assert subscription["secret"].startswith("whsec_") and subscription["failures"] == 0
    start = subscription["cursor"]
    api.post(f"/parties/{world.oph_lyon1}/webhooks", {"url": lyon_receiver.url}, lyon)
    # Someone else cannot see, nor add, the office's webhooks.
    assert api.client.get(f"/parties/{world.oph_nievre}/webhooks", headers=lyon).status_code == 403
    assert (
        api.client.post(
            f"/parties/{world.oph_nievre}/webhooks", json={"url": lyon_receiver.url}, headers=lyon
        ).status_code
        == 403
    )

    # The office's receiver goes down; the convention lives on: a bilan, a payment, an alert.
    office_receiver.down()
    api.post(
        f"/conventions/{cid}/evaluations?wait=10",
        {"year": 2022, "values": [{"indicator_id": "rehab", "value": "150"}], "evaluated_on": "2023-03-01"},
        office,
    )
    api.post(
        f"/conventions/{cid}/payments?wait=10",
        {
            "contrepartie_id": "subv",
            "year": 2022,
            "amount": "1000000.00",
            "beneficiary_id": str(world.oph_nievre),
            "paid_on": "2022-06-01",
            "reference": "MANDAT-22",
        },
        department,
    )
    sid = subscription["id"]
    # Attempts fail (nothing listens), are logged, and are tried again later.
    wait_until(
        lambda: (
            len(
                api.client.get(
                    f"/parties/{world.oph_nievre}/webhooks/{sid}/deliveries", headers=office
                ).json()
            )
            >= 2
        )
    )
    log = api.client.get(f"/parties/{world.oph_nievre}/webhooks/{sid}/deliveries", headers=office).json()
    assert all(d["status"] is None and not d["delivered"] and d["error"] for d in log)
    assert {d["position"] for d in log} == {log[-1]["position"]}, "it retries the first event, never skips it"

    # Back up: everything comes, in order, each once.
    office_receiver.up()
    last = api.client.app.state.ledger.history.last_position()
    wait_until(
        lambda: (
            api.client.get(f"/parties/{world.oph_nievre}/webhooks", headers=office).json()[0]["cursor"]
            >= last
        )
    )
    feed = api.client.get("/events", params={"after": start, "limit": 1000}, headers=office).json()["items"]
    assert feed, "the office reads these events"
    ids = [headers["webhook-id"] for headers, _ in office_receiver.received]
    assert ids == [event["id"] for event in feed]
    verifier = Webhook(subscription["secret"])
    for headers, body in office_receiver.received:
        message = verifier.verify(body, headers)  # raises if a signature does not verify
        assert message["data"]["id"] == headers["webhook-id"]
        assert message["type"] == f"{message['data']['stream_type']}.{message['data']['type']}"
    types = [json.loads(body)["data"]["type"] for _, body in office_receiver.received]
    assert "EvaluationRecorded" in types and "ContrepartiePaid" in types and "Raised" in types
    webhooks = api.client.get(f"/parties/{world.oph_nievre}/webhooks", headers=office).json()
    assert webhooks[0]["failures"] == 0 and webhooks[0]["last_error"] is None

    # Lyon's office reads nothing of this convention: its receiver got none of it.
    nievre_streams = {str(cid), str(ConventionAlerts.create_id(cid))}
    assert not [b for _, b in lyon_receiver.received if json.loads(b)["data"]["stream"] in nievre_streams]

    # A replay from the subscription's start serves the same events again, with the same ids.
    api.post(f"/parties/{world.oph_nievre}/webhooks/{sid}/replay", {"after": start}, office, status=200)
    wait_until(lambda: len(office_receiver.received) >= 2 * len(feed))
    assert [h["webhook-id"] for h, _ in office_receiver.received[len(feed) :]] == ids


def test_a_subscription_is_checked_and_can_be_stopped(api, world):
    office = api.token_for(world.signatory(world.oph_nievre))
    path = f"/parties/{world.oph_nievre}/webhooks"
    clear = api.client.post(path, json={"url": "http://si.exemple.fr/hook"}, headers=office)
    assert clear.status_code == 422 and "https://" in clear.json()["detail"]
    unknown = api.client.post(
        path, json={"url": "https://si.exemple.fr/hook", "event_types": ["Bidule"]}, headers=office
    )
    assert unknown.status_code == 422 and "Bidule" in unknown.json()["detail"]
    created = api.post(
        path, {"url": "https://si.exemple.fr/hook", "event_types": ["ContrepartiePaid"]}, office
    )
    assert "secret" not in api.client.get(path, headers=office).json()[0]
    stopped = api.client.delete(f"{path}/{created['id']}", headers=office)
    assert stopped.status_code == 200 and stopped.json()["active"] is False
    assert (
        api.client.get(
            f"{path}/{created['id']}/deliveries", headers=api.token_for(world.signatory(world.oph_lyon1))
        ).status_code
        == 404
    )
