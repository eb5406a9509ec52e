"""The authorization matrix: every route of the OpenAPI document × every relation of an actor
to the object (own party, co-signatory, through its SC, unrelated party, reader, auditor,
administrator, anonymous, revoked token). A route without its row fails the suite.

What must hold, whatever the body:
- anonymous and revoked tokens: 401 (problem+json) everywhere but /health;
- an unrelated party cannot tell a convention it may not read from one that does not exist:
  the same status and problem type for both, on reads and writes;
- reading: the parties concerned, auditors and administrators read (200); nobody else;
- writing: readers, auditors and administrators never change a convention (no 2xx), the
  convention's own party gets past authorization; only administrators register parties;
- every error is problem+json, and nothing answers 5xx.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import pytest

from application.documents import DocumentRequest
from domain.convention import AnnualEvaluation, IndicatorValue
from domain.documents import DocumentKind
from domain.identifiers import complete_siret
from domain.values import Actor, ActorRole
from tests.builders import ADMIN, SYSTEM, World

pytestmark = pytest.mark.stores("sqlite")


@dataclass(frozen=True)
class Row:
    # "convention", "office", "collectivite", "societe", "party", "person", "list", "admin", "auditor",
    # "public"
    scope: str
    body: dict[str, Any] | None = None
    query: dict[str, Any] = field(default_factory=dict)
    # The party entitled to the write: the office ("own"), or the collectivité on the other
    # side ("co_signatory") where the convention gives it the act (deciding on an alert).
    writer: str = "own"


MEETING = {"body_id": "comite", "met_on": "2021-09-01", "reference": "PV-M"}

MATRIX: dict[tuple[str, str], Row] = {
    ("get", "/health"): Row("public"),
    ("post", "/alert-scans"): Row("admin", {"as_of": "2022-07-15"}),
    ("get", "/alerts"): Row("list"),
    ("get", "/alerts.{form}"): Row("list"),
    ("get", "/audit/checkpoints"): Row("list"),
    ("get", "/audit/exports"): Row(
        "convention", query={"scope": "convention", "id": "{convention_id}", "format": "jsonl"}
    ),
    ("post", "/audit/checkpoints"): Row("admin"),
    ("get", "/audit/proofs/consistency"): Row("auditor", query={"first": 1, "second": 2}),
    ("get", "/audit/proofs/inclusion"): Row("auditor", query={"position": 1, "tree_size": 2}),
    ("get", "/audit/public-key"): Row("public"),
    ("get", "/audit/reads"): Row("auditor"),
    ("get", "/audit/verification"): Row("auditor"),
    ("post", "/collectivites"): Row("admin", {}),
    ("get", "/collectivites/{collectivite_id}/portfolio"): Row("collectivite"),
    ("get", "/collectivites/{collectivite_id}/contreparties.{form}"): Row("collectivite"),
    ("get", "/collectivites/{collectivite_id}/subventions.csv"): Row("collectivite"),
    ("get", "/conventions"): Row("list"),
    ("post", "/conventions"): Row("list", {}),
    ("get", "/conventions/{convention_id}"): Row("convention"),
    ("post", "/conventions/{convention_id}/adherents"): Row("convention", {"joined_on": "2021-09-01"}),
    ("post", "/conventions/{convention_id}/adherents/{party_id}/withdrawal"): Row(
        "convention", {"withdrawn_on": "2021-09-01", "reason": "Retrait"}
    ),
    ("post", "/conventions/{convention_id}/commune-agreements"): Row("convention", {}),
    ("get", "/conventions/{convention_id}/alerts"): Row("convention"),
    ("get", "/conventions/{convention_id}/bilans/{year}"): Row("convention"),
    ("get", "/conventions/{convention_id}/alerts/{number}"): Row("convention"),
    ("post", "/conventions/{convention_id}/alerts/{number}/acknowledgement"): Row(
        "convention", {"acknowledged_on": "2022-03-02"}
    ),
    ("post", "/conventions/{convention_id}/alerts/{number}/decision"): Row("convention", {}),
    ("post", "/conventions/{convention_id}/alerts/{number}/dismissal"): Row(
        "convention", {"reason": "Sans objet", "closed_on": "2022-03-03"}, writer="co_signatory"
    ),
    ("post", "/conventions/{convention_id}/alerts/{number}/examination-request"): Row(
        "convention", {"requested_on": "2022-03-05", "reason": "Retards"}
    ),
    ("post", "/conventions/{convention_id}/alerts/{number}/resolution"): Row(
        "convention", {"reason": "Fait", "closed_on": "2022-03-03"}, writer="co_signatory"
    ),
    ("post", "/conventions/{convention_id}/avenants"): Row("convention", {}),
    ("post", "/conventions/{convention_id}/avenants/{number}/signatures"): Row(
        "convention", {"signed_on": "2021-09-01"}
    ),
    ("post", "/conventions/{convention_id}/avenants/{number}/withdrawal"): Row("convention", {}),
    ("post", "/conventions/{convention_id}/deliberations"): Row("convention", {}),
    ("post", "/conventions/{convention_id}/documents"): Row("convention", {}),
    ("post", "/conventions/{convention_id}/recoveries"): Row("convention", {}),
    ("post", "/conventions/{convention_id}/deliveries"): Row("convention", {}),
    ("post", "/conventions/{convention_id}/in-kind"): Row("convention", {}),
    ("post", "/conventions/{convention_id}/guarantee-statements"): Row("convention", {}),
    ("get", "/conventions/{convention_id}/documents"): Row("convention"),
    ("get", "/conventions/{convention_id}/documents/{document_id}"): Row("convention"),
    ("post", "/conventions/{convention_id}/documents/{document_id}/erasure"): Row("convention", {}),
    ("get", "/conventions/{convention_id}/diff"): Row("convention", query={"from_version": 1}),
    ("post", "/conventions/{convention_id}/draft-changes"): Row("convention", {}),
    ("post", "/conventions/{convention_id}/evaluations"): Row("convention", {}),
    ("post", "/conventions/{convention_id}/evaluations/{year}/corrections"): Row("convention", {}),
    ("post", "/conventions/{convention_id}/evaluations/{year}/validation"): Row("convention", {}),
    ("get", "/conventions/{convention_id}/events"): Row("convention"),
    ("post", "/conventions/{convention_id}/expiry"): Row("convention", {}),
    ("post", "/conventions/{convention_id}/guarantees"): Row("convention", {}),
    ("post", "/conventions/{convention_id}/meetings"): Row("convention", MEETING),
    ("post", "/conventions/{convention_id}/payments"): Row("convention", {}),
    ("post", "/conventions/{convention_id}/programmes"): Row("convention", {}),
    ("post", "/conventions/{convention_id}/resumption"): Row("convention", {}),
    ("post", "/conventions/{convention_id}/reviews"): Row("convention", {}),
    ("post", "/conventions/{convention_id}/signatures"): Row("convention", {"signed_on": "2021-09-01"}),
    ("post", "/conventions/{convention_id}/suspension"): Row("convention", {}),
    ("post", "/conventions/{convention_id}/termination"): Row("convention", {}),
    ("get", "/conventions/{convention_id}/terms"): Row("convention"),
    ("get", "/conventions/{convention_id}/timeline"): Row("convention"),
    ("get", "/events"): Row("list"),
    ("get", "/events/live"): Row("list", query={"timeout": 0.1}),
    ("get", "/events/stream.ndjson"): Row("list"),
    ("post", "/offices"): Row("admin", {}),
    ("post", "/offices/{office_id}/fusion"): Row("admin", {}),
    ("get", "/offices/{office_id}/portfolio"): Row("office"),
    ("get", "/offices/{office_id}/contreparties.{form}"): Row("office"),
    ("get", "/parties/{party_id}/portfolio.{form}"): Row("office"),
    ("post", "/offices/{office_id}/rattachements"): Row("admin", {}),
    ("post", "/organismes"): Row("admin", {}),
    ("post", "/services-de-l-etat"): Row("admin", {}),
    ("post", "/parties/{party_id}/siret"): Row("admin", {}),
    ("post", "/parties/{party_id}/patrimoine"): Row(
        "landlord", {"declared_on": "2022-01-01", "communes": [{"commune_insee": "58194", "dwellings": 4200}]}
    ),
    ("get", "/parties/{party_id}"): Row("party"),
    ("post", "/parties/{party_id}/webhooks"): Row("webhooks", {"url": "https://si.exemple.fr/webhooks"}),
    ("get", "/parties/{party_id}/webhooks"): Row("webhooks"),
    ("get", "/parties/{party_id}/webhooks/{subscription_id}/deliveries"): Row("webhooks"),
    ("post", "/parties/{party_id}/webhooks/{subscription_id}/replay"): Row("webhooks", {"after": 0}),
    ("delete", "/parties/{party_id}/webhooks/{subscription_id}"): Row("webhooks"),
    ("post", "/people"): Row("person", {"full_name": "Camille Martin", "function": "directrice générale"}),
    ("get", "/people/{person_id}"): Row("person"),
    ("delete", "/people/{person_id}"): Row("person"),
    ("post", "/societes-de-coordination"): Row("admin", {}),
    ("post", "/societes-de-coordination/{societe_id}/membres"): Row("admin", {}),
    ("post", "/societes-de-coordination/{societe_id}/membres/{member_id}/depart"): Row("admin", {}),
    ("post", "/societes-de-coordination/{societe_id}/gouvernance"): Row("admin", {}),
    ("post", "/societes-de-coordination/{societe_id}/gouvernance/{collectivite_id}/depart"): Row("admin", {}),
    ("get", "/societes-de-coordination/{societe_id}/portfolio"): Row("societe"),
}


@pytest.fixture
def setting(api):
    ledger = api.client.app.state.ledger
    world = World(ledger)
    cid = world.convention_in_force()
    ledger.evaluations.record_evaluation(
        cid, AnnualEvaluation(2021, (IndicatorValue("rehab", Decimal(200)),), date(2022, 3, 1)), SYSTEM
    )  # raises alert n°1
    ledger.parties.admit_member(
        societe_id=world.sc, member_id=world.oph_nievre, joined_on=date(2020, 6, 1), actor=ADMIN
    )
    # The signed convention is attached: its download is a read like the others.
    world.document = ledger.documents.attach(
        cid,
        DocumentRequest(DocumentKind.CONVENTION, b"%PDF-1.4\n%%EOF\n", "convention.pdf"),
        world.signatory(world.oph_nievre),
    ).detail["document_id"]
    # The office's information system is subscribed to its events.
    world.webhook = api.client.app.state.webhooks.subscribe(
        world.oph_nievre, "https://si.exemple.fr/webhooks", [], ADMIN
    ).subscription_id
    # The Département's seat has its SIRET: its open-data file can be made.
    ledger.parties.record_siret(world.nievre, complete_siret(ledger.get_party(world.nievre).siren), ADMIN)
    assert api.client.app.state.reads.wait_for(ledger.history.last_position(), 30)
    person = ledger.people.register(world.oph_nievre, "Camille Martin", "directrice générale", ADMIN)
    actors = {
        "own": world.signatory(world.oph_nievre),
        "co_signatory": world.signatory(world.nievre),
        "own_reader": Actor("lecteur-nievre-habitat", ActorRole.READER, world.oph_nievre),
        "sc": Actor("lecteur-sc", ActorRole.READER, world.sc),
        "unrelated": world.signatory(world.oph_lyon1),
        "auditor": Actor("crc", ActorRole.AUDITOR),
        "admin": Actor("admin", ActorRole.ADMIN),
    }
    headers = {name: api.token_for(actor) for name, actor in actors.items()}
    revoked = api.token_for(Actor("parti", ActorRole.EDITOR, world.oph_nievre))
    api.tokens.revoke("parti")
    headers["revoked"] = revoked
    headers["anonymous"] = {}
    return world, cid, headers, person.person_id


def fill(
    path: str, world: World, cid: UUID, *, convention: UUID | None = None, person: UUID | None = None
) -> str:
    return (
        path.replace("{convention_id}", str(convention or cid))
        .replace("{person_id}", str(person))
        .replace("{number}", "1")
        .replace("{year}", "2021")
        .replace("{collectivite_id}", str(world.nievre))
        .replace("{office_id}", str(world.oph_nievre))
        .replace("{societe_id}", str(world.sc))
        .replace("{member_id}", str(world.oph_nievre))
        .replace("{party_id}", str(world.oph_nievre))
        .replace("{form}", "xlsx")
        .replace("{document_id}", str(world.document))
        .replace("{subscription_id}", str(world.webhook))
    )


def call(api, method, path, headers, row, query=None):
    params = row.query if query is None else query
    return api.client.request(method, path, headers=headers, json=row.body, params=params)


def fill_query(row: Row, world: World, cid: UUID, **ids: UUID | None) -> dict[str, Any]:
    """Ids a query names (``?id={convention_id}``) filled like a path's."""
    return {k: fill(v, world, cid, **ids) if isinstance(v, str) else v for k, v in row.query.items()}


def test_every_route_has_its_row(api):
    routes = {(method, path) for path, ops in api.client.app.openapi()["paths"].items() for method in ops}
    assert routes == set(MATRIX), (
        f"routes without a row: {routes - set(MATRIX)}; rows without a route: {set(MATRIX) - routes}"
    )


@pytest.mark.parametrize(("method", "template"), sorted(MATRIX))
def test_the_matrix_holds(api, setting, method, template):
    world, cid, headers, person = setting
    row = MATRIX[(method, template)]
    path = fill(template, world, cid, person=person)
    row = Row(row.scope, row.body, fill_query(row, world, cid, person=person), row.writer)
    if row.scope == "public":
        assert call(api, method, path, {}, row).status_code == 200
        return
    violations = []

    def expect(who: str, ok: bool, response) -> None:
        if not ok:
            violations.append(f"{who}: {response.status_code} {response.text[:160]}")
        if response.status_code >= 400 and response.headers.get("content-type") != "application/problem+json":
            violations.append(f"{who}: error {response.status_code} not problem+json")
        if response.status_code >= 500:
            violations.append(f"{who}: {response.status_code}")

    for who in ("anonymous", "revoked"):
        response = call(api, method, path, headers[who], row)
        expect(who, response.status_code == 401, response)

    if row.scope == "convention":
        # The unrelated party cannot tell this convention from one that does not exist.
        hidden = call(api, method, path, headers["unrelated"], row)
        unknown_id = uuid4()
        unknown = call(
            api,
            method,
            fill(template, world, cid, convention=unknown_id),
            headers["unrelated"],
            row,
            fill_query(MATRIX[(method, template)], world, cid, convention=unknown_id),
        )
        same = hidden.status_code == unknown.status_code and hidden.json().get("type") == unknown.json().get(
            "type"
        )
        expect("unrelated", same and hidden.status_code in (404, 422, 428), hidden)
        if method == "get":
            for who in ("own", "co_signatory", "own_reader", "auditor", "admin"):
                response = call(api, method, path, headers[who], row)
                expect(who, response.status_code == 200, response)
        else:
            for who in ("own_reader", "auditor", "admin"):
                response = call(api, method, path, headers[who], row)
                expect(who, response.status_code in (403, 404, 422, 428), response)
            # The party entitled gets past authorization (what follows is the rules').
            response = call(api, method, path, headers[row.writer], row)
            denied = response.status_code in (401, 403) or (
                response.status_code == 404 and response.json()["type"] == "/problems/convention-not-found"
            )
            expect(row.writer, not denied, response)
    elif row.scope in ("office", "collectivite", "societe"):
        allowed = {"office": ("own", "sc", "auditor", "admin"), "collectivite": ("co_signatory", "auditor", "admin"),
                   "societe": ("sc", "own", "auditor", "admin")}[row.scope]  # fmt: skip
        for who in ("own", "co_signatory", "sc", "unrelated", "auditor", "admin"):
            response = call(api, method, path, headers[who], row)
            expect(who, (response.status_code == 200) == (who in allowed), response)
    elif row.scope == "party":
        for who in ("own", "unrelated", "auditor", "admin"):
            response = call(api, method, path, headers[who], row)
            expect(who, response.status_code == 200, response)
    elif row.scope == "person":
        if "{person_id}" in template:
            # Like a convention: someone of another party cannot tell this person from nobody.
            hidden = call(api, method, path, headers["unrelated"], row)
            unknown = call(api, method, fill(template, world, cid, person=uuid4()), headers["unrelated"], row)
            same = hidden.status_code == unknown.status_code == 404
            expect("unrelated", same and hidden.json()["type"] == unknown.json()["type"], hidden)
        if method == "get":
            for who in ("own", "own_reader", "auditor", "admin"):
                response = call(api, method, path, headers[who], row)
                expect(who, response.status_code == 200, response)
            for who in ("co_signatory", "sc"):
                response = call(api, method, path, headers[who], row)
                expect(who, response.status_code == 404, response)
        else:
            for who in ("own_reader", "auditor"):
                response = call(api, method, path, headers[who], row)
                expect(who, response.status_code in (403, 422), response)
            # The party's own signatory manages its people (registers them, erases them).
            response = call(api, method, path, headers["own"], row)
            expect("own", response.status_code in (200, 201), response)
    elif row.scope == "webhooks":
        # A party's webhooks: its own people read them, its editors and signatories (and the
        # administrator) manage them; auditors read; any other party is refused (or, for one
        # subscription, told it does not exist).
        elsewhere = 404 if "{subscription_id}" in template else 403
        if method == "get":
            expected = {"own": 200, "own_reader": 200, "auditor": 200, "admin": 200, "unrelated": elsewhere,
                        "co_signatory": elsewhere}  # fmt: skip
        else:
            expected = {"own": (200, 201), "admin": (200, 201), "own_reader": 403, "auditor": 403,
                        "unrelated": (403, 404), "co_signatory": (403, 404)}  # fmt: skip
        for who, wanted in expected.items():
            response = call(api, method, path, headers[who], row)
            allowed = wanted if isinstance(wanted, tuple) else (wanted,)
            expect(who, response.status_code in allowed, response)
    elif row.scope == "landlord":
        # What a landlord declares of itself: its own editors and signatories (the
        # administrator too: tested in tests/unit); its readers, auditors and any other party
        # are refused.
        expected = {"own_reader": 403, "auditor": 403, "unrelated": 403, "co_signatory": 403, "own": 201}
        for who, wanted in expected.items():
            response = call(api, method, path, headers[who], row)
            expect(who, response.status_code == wanted, response)
    elif row.scope == "auditor":
        # The audit trail: auditors and the administrator; a party, whoever it is, is refused.
        for who in ("auditor", "admin"):
            response = call(api, method, path, headers[who], row)
            expect(who, response.status_code == 200, response)
        for who in ("own", "own_reader", "unrelated", "sc"):
            response = call(api, method, path, headers[who], row)
            expect(who, response.status_code == 403, response)
    elif row.scope == "admin":
        for who in ("own", "own_reader", "auditor", "unrelated"):
            response = call(api, method, path, headers[who], row)
            expect(who, response.status_code in (403, 404, 422), response)
    elif row.scope == "list":
        if method == "get":
            for who in ("own", "unrelated", "auditor"):
                response = call(api, method, path, headers[who], row)
                expect(who, response.status_code == 200, response)
            # The unrelated party's lists and feeds never show the convention.
            response = call(api, method, path, headers["unrelated"], row)
            expect("unrelated", str(cid) not in response.text, response)
        else:
            for who in ("auditor", "own_reader"):
                response = call(api, method, path, headers[who], row)
                expect(who, response.status_code in (403, 422), response)
    assert violations == [], violations
