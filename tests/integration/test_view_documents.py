"""Portfolios answered from documents kept as the read models stand (issue 18): made once per
state of the read models and reader, read back by their key, never served once a read model
has moved, nor after a rebuild, nor to another reader."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient

from domain.convention import Payment
from domain.values import Actor, ActorRole
from infrastructure.bootstrap import build_api
from infrastructure.tokens import Tokens
from tests.builders import World
from tests.settings import Settings

pytestmark = pytest.mark.stores("sqlite", "postgres")


@pytest.fixture
def platform(database_url, tmp_path):
    settings = Settings(database_url=database_url, tokens_file=tmp_path / "tokens.json")
    app = build_api(settings, run_worker=False)
    tokens = Tokens.for_settings(settings)
    with TestClient(app) as client:
        world = World(app.state.ledger)
        cid = world.convention_in_force()
        app.state.reads.settle()
        yield client, app.state.reads, world, cid, tokens
    app.state.ledger.close()


def bearer(tokens: Tokens, actor: Actor) -> dict[str, str]:
    return {"Authorization": f"Bearer {tokens.issue(actor)}"}


def alter(reads, key: str, body: str) -> None:
    """Change a kept document in place, as nothing of the platform would."""
    with reads.store.transaction() as rows:
        rows.execute("UPDATE view_documents SET body = ? WHERE key = ?", (body, key))


def kept(reads) -> list[tuple[str, str]]:
    return [(str(k), str(b)) for k, b in reads.query("SELECT key, body FROM view_documents WHERE key <> ''")]


def test_a_portfolio_is_made_once_per_state_of_the_read_models(platform):
    client, reads, world, cid, tokens = platform
    office = bearer(tokens, world.signatory(world.oph_nievre))
    url = f"/offices/{world.oph_nievre}/portfolio?as_of=2022-01-01"
    first = client.get(url, headers=office)
    assert first.status_code == 200 and first.json()["conventions_total"] == 1
    ((key, body),) = kept(reads)
    assert body == first.text.removesuffix(',"read_side":{"caught_up":null,"lag":null,"failure":null}}') + "}"
    # Read back by its key while the read models stand still: what is kept is what is served
    # (a document altered in place shows it).
    alter(reads, key, '{"marque":1}')
    assert client.get(url, headers=office).json() == {
        "marque": 1,
        "read_side": {"caught_up": None, "lag": None, "failure": None},
    }

    # A write, once the read models show it, is in the next answer: the kept one is not served.
    payment = Payment("subv", 2021, Decimal("1000.00"), world.oph_nievre, date(2021, 6, 1), "M-1")
    world.ledger.execution.record_payment(cid, payment, world.signatory(world.nievre))
    reads.settle()
    again = client.get(url, headers=office).json()
    paid = [r for r in again["contreparties_by_year"] if r["year"] == 2021]
    assert paid and paid[0]["paid"] == "1000.00"
    assert again["read_side"] == {"caught_up": None, "lag": None, "failure": None}
    assert client.get(f"{url}&lag=true", headers=office).json()["read_side"]["lag"] == {
        "alert_process": 0,
        "alert_board": 0,
        "portfolio": 0,
    }


def test_a_rebuild_ending_where_it_began_serves_no_document_made_before(platform):
    client, reads, world, _, tokens = platform
    office = bearer(tokens, world.signatory(world.oph_nievre))
    url = f"/offices/{world.oph_nievre}/portfolio?as_of=2022-01-01"
    fresh = client.get(url, headers=office).json()
    ((key, _),) = kept(reads)
    alter(reads, key, '{"marque":1}')
    reads.projector.rebuild()  # the same log: the same positions at the end
    assert client.get(url, headers=office).json() == fresh


def test_a_document_is_kept_for_its_reader_only(platform):
    """The read rule is in the key: another office asking for this portfolio is not told it
    exists, though the office's own answer is kept."""
    client, reads, world, _, tokens = platform
    url = f"/offices/{world.oph_nievre}/portfolio?as_of=2022-01-01"
    assert client.get(url, headers=bearer(tokens, world.signatory(world.oph_nievre))).status_code == 200
    assert client.get(url, headers=bearer(tokens, world.signatory(world.oph_lyon1))).status_code == 404
    auditor = client.get(url, headers=bearer(tokens, Actor("auditeur", ActorRole.AUDITOR)))
    assert auditor.status_code == 200 and auditor.json()["conventions_total"] == 1
    assert len(kept(reads)) == 2  # the office's and the auditor's; none for the refused reader


def test_a_document_made_while_the_read_models_moved_is_not_kept(platform):
    _, reads, world, cid, _ = platform
    payment = Payment("subv", 2021, Decimal("5.00"), world.oph_nievre, date(2021, 6, 2), "M-2")

    def made_while_a_write_lands() -> str:
        world.ledger.execution.record_payment(cid, payment, world.signatory(world.nievre))
        reads.settle()
        return '{"fait":"pendant"}'

    assert reads.document("clé", made_while_a_write_lands).body == '{"fait":"pendant"}'
    assert kept(reads) == []
    assert reads.document("clé", lambda: '{"fait":"après"}').body == '{"fait":"après"}'
    assert kept(reads) == [("clé", '{"fait":"après"}')]
