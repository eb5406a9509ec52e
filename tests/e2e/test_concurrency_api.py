"""Optimistic concurrency over HTTP, against a real server: sixteen clients write to the same
version of a convention at once, round after round — exactly one succeeds each round, the
others are told the version moved (412), nothing fails, no version is written twice."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from datetime import date, timedelta

import pytest

from domain.values import ActorRole
from infrastructure.tokens import Tokens
from tests.builders import World
from tests.e2e.servers import Server, free_port
from tests.settings import Settings

pytestmark = pytest.mark.stores("sqlite", "postgres")

CLIENTS = 16
ROUNDS = 6


def post(url: str, body: bytes, headers: dict[str, str]) -> int:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def test_sixteen_writers_on_one_version_one_wins_each_round(database_url, tmp_path):
    settings = Settings(  # rates high enough not to limit the rounds (tests/e2e/test_guards_api.py)
        database_url=database_url,
        tokens_file=tmp_path / "tokens.json",
        writes_per_second=1000,
        write_burst=1000,
    )
    port = free_port()
    with Server(settings, port) as server:
        world = World(server.ledger)
        cid = world.convention_in_force()
        signatory = world.signatory(world.oph_nievre)
        token = Tokens.for_settings(settings).issue(signatory)
        assert signatory.role is ActorRole.SIGNATORY
        url = f"http://127.0.0.1:{port}/conventions/{cid}/meetings"
        for round_ in range(ROUNDS):
            version = server.ledger.get_convention(cid).version
            statuses: list[int] = []
            start = threading.Barrier(CLIENTS)

            def write(
                client: int,
                version: int = version,
                round_: int = round_,
                start: threading.Barrier = start,
                statuses: list[int] = statuses,
            ) -> None:
                met_on = date(2021, 3, 1) + timedelta(days=round_ * CLIENTS + client)
                body = f'{{"body_id": "comite", "met_on": "{met_on}", "reference": "PV-{round_}-{client}"}}'
                headers = {
                    "Authorization": f"Bearer {token}",
                    "Content-Type": "application/json",
                    "If-Match": f'"{version}"',
                }
                start.wait()
                statuses.append(post(url, body.encode(), headers))

            threads = [threading.Thread(target=write, args=(c,)) for c in range(CLIENTS)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert sorted(statuses) == [201] + [412] * (CLIENTS - 1), round_
        convention = server.ledger.get_convention(cid)
        assert len(convention.meetings) == ROUNDS
        versions = [e.version for e in server.ledger.events_of(cid)]
        assert versions == list(range(1, convention.version + 1))
