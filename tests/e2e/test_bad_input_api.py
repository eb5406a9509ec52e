"""Hostile and malformed input (issue 16): control characters in texts, the path or the query,
dates far away, money that is not money, odd headers. Every answer is a 4xx problem+json (or
a correct answer), never a 5xx, and a refused write records nothing."""

from __future__ import annotations

import inspect
from datetime import date
from decimal import Decimal

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from api.schemas import Schema
from domain.convention import AnnualEvaluation, IndicatorValue
from domain.values import REASON_MAX_LENGTH, REFERENCE_MAX_LENGTH, Actor, ActorRole
from infrastructure.bootstrap import build_api
from infrastructure.tokens import Tokens
from tests.builders import SYSTEM, World
from tests.settings import Settings

pytestmark = pytest.mark.stores("memory", "postgres")


@pytest.fixture
def setting(database_url, tmp_path):
    settings = Settings(database_url=database_url, tokens_file=tmp_path / "tokens.json")
    app = build_api(settings, run_worker=False)
    tokens = Tokens.for_settings(settings)
    with TestClient(app) as client:
        world = World(app.state.ledger)
        cid = world.convention_in_force()
        admin = {"Authorization": f"Bearer {tokens.issue(Actor('admin', ActorRole.ADMIN))}"}
        dep = {"Authorization": f"Bearer {tokens.issue(world.signatory(world.nievre))}"}
        yield client, world, cid, admin, dep
    app.state.ledger.close()


def refused(client: TestClient, method: str, path: str, headers: dict, status: int = 422, **kw) -> dict:
    ledger = client.app.state.ledger  # type: ignore[attr-defined]
    before = ledger.recorder.max_notification_id()
    response = client.request(method, path, headers=headers, **kw)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert ledger.recorder.max_notification_id() == before, "a refused write recorded events"
    return response.json()


def payment(world: World, **changes: object) -> dict:
    return {
        "contrepartie_id": "subv",
        "year": 2021,
        "amount": "1000.00",
        "beneficiary_id": str(world.oph_nievre),
        "paid_on": "2021-06-01",
        "reference": "M-1",
        **changes,
    }


def test_a_nul_in_a_text_is_refused_and_the_read_side_goes_on(setting):
    client, world, cid, _, dep = setting
    problem = refused(
        client, "POST", f"/conventions/{cid}/payments", dep, json=payment(world, reference="a\u0000b")
    )
    assert "caractère de contrôle (U+0000)" in problem["detail"]
    for text in ("a\u0001b", "x\u001fy", "del\u007f"):
        refused(client, "POST", f"/conventions/{cid}/payments", dep, json=payment(world, reference=text))
    # Tab and line breaks are text.
    ok = client.post(f"/conventions/{cid}/payments", json=payment(world, reference="M-1\tbis"), headers=dep)
    assert ok.status_code == 201, ok.text
    # Nested texts too (an action's label), and the domain refuses them whoever calls it.
    refused(
        client,
        "POST",
        f"/conventions/{cid}/programmes",
        dep,
        json={"year": 2021, "actions": [{"label": "Réhab\u0000"}], "adopted_on": "2021-03-01"},
    )
    read_side = client.app.state.reads  # type: ignore[attr-defined]
    read_side.settle()
    assert set(read_side.lag().values()) == {0}


def test_the_domain_refuses_control_characters_too(setting):
    client, _, cid, _, _ = setting
    ledger = client.app.state.ledger  # type: ignore[attr-defined]
    from domain.errors import InvalidValueError
    from tests.builders import refused as refused_command

    refused_command(
        ledger,
        InvalidValueError,
        lambda: ledger.evaluations.record_evaluation(
            cid,
            AnnualEvaluation(2021, (IndicatorValue("rehab", Decimal(300)),), date(2022, 3, 1), "bilan\u0000"),
            SYSTEM,
        ),
    )


def test_control_characters_in_the_address_are_refused(setting):
    client, _, cid, admin, _ = setting
    refused(client, "GET", "/conventions?title=a%00b", admin)
    refused(client, "GET", f"/conventions/{cid}/timeline?x=%1b", admin)


def test_far_dates_are_4xx_never_5xx_and_a_refused_scan_records_nothing(setting):
    client, world, cid, admin, dep = setting
    refused(client, "GET", "/conventions?as_of=9999-12-31&expiring_within_days=10", admin)
    refused(client, "GET", f"/audit/exports?scope=convention&id={cid}&format=jsonl&as_of=9999-12-31", admin)
    refused(client, "POST", "/alert-scans", admin, json={"as_of": "9999-12-31"})
    refused(client, "GET", f"/conventions/{cid}?on=0001-01-01", admin)
    refused(client, "GET", f"/conventions/{cid}?recorded_at=9999-12-31T23:59:59Z", admin)
    refused(client, "POST", f"/conventions/{cid}/payments", dep, json=payment(world, paid_on="9999-12-31"))
    # At the edge of what is admitted, a correct answer.
    scan = client.post("/alert-scans", json={"as_of": "2199-12-31"}, headers=admin)
    assert scan.status_code == 201, scan.text
    assert (
        client.get("/conventions?as_of=2199-12-31&expiring_within_days=3660", headers=admin).status_code
        == 200
    )


def test_a_date_or_an_instant_written_as_a_number_is_refused(setting):
    # Pydantic reads a number (or a numeric string) as seconds since 1970: found by the fuzzing,
    # « ends_until=-2.68e-129 » answered the list as of 1 January 1970.
    client, world, cid, admin, dep = setting
    refused(client, "GET", "/conventions?ends_until=-2.6827012218508445e-129", admin)
    refused(client, "GET", f"/conventions/{cid}?on=1700000000", admin)
    refused(client, "GET", f"/conventions/{cid}?recorded_at=1700000000", admin)
    refused(client, "GET", "/events?recorded_from=1e9", admin)
    refused(client, "POST", f"/conventions/{cid}/payments", dep, json=payment(world, paid_on=1700000000))
    assert client.get(f"/conventions/{cid}?on=2022-03-31", headers=admin).status_code == 200


@pytest.mark.parametrize(
    "amount", ["1e3", "1E+3", "+5", "1_000", "0x10", "12.345", " 12", "12.", ".5", "NaN", "-1"]
)
def test_money_that_is_not_money_is_refused(setting, amount):
    client, world, cid, _, dep = setting
    refused(client, "POST", f"/conventions/{cid}/payments", dep, json=payment(world, amount=amount))


def test_money_is_stored_to_the_cent(setting):
    client, world, cid, _, dep = setting
    ok = client.post(f"/conventions/{cid}/payments", json=payment(world, amount="12.5"), headers=dep)
    assert ok.status_code == 201, ok.text
    ledger = client.app.state.ledger  # type: ignore[attr-defined]
    paid = [e for e in ledger.events_of(cid) if e.type == "ContrepartiePaid"][-1]
    assert paid.payload["payment"]["amount"] == "12.50"


def test_an_if_match_that_is_not_a_version_is_refused(setting):
    client, world, cid, _, dep = setting
    for value in ('"²"', '"١٢"', '"99999999999999999999"', '"-1"'):
        refused(
            client,
            "POST",
            f"/conventions/{cid}/payments",
            {**dep, "If-Match": value.encode()},  # sent as the UTF-8 bytes a client would
            json=payment(world),
        )


def test_http_details_allow_no_store_and_nosniff(setting):
    client, _, cid, admin, _ = setting
    response = client.delete(f"/conventions/{cid}", headers=admin)
    assert response.status_code == 405 and "GET" in response.headers["allow"]
    answer = client.get(f"/conventions/{cid}", headers=admin)
    assert answer.headers["cache-control"] == "no-store"
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert client.get("/health").headers["x-content-type-options"] == "nosniff"


def test_a_chunked_body_over_the_bound_is_413(setting):
    client, _, cid, _, dep = setting

    def chunks():
        yield b'{"reference": "'
        for _ in range(1200):
            yield b"x" * 1000
        yield b'"}'

    refused(
        client,
        "POST",
        f"/conventions/{cid}/payments",
        {**dep, "Content-Type": "application/json"},
        status=413,
        content=chunks(),
    )


def test_every_request_body_is_a_schema_that_refuses_control_characters(setting):
    """The refusal lives in ``api.schemas.Schema``: every JSON body of every route of the API is
    one (the document upload's form is refused by its rule: test_documents_api; the pages' forms
    reach the same use cases, whose rules refuse control characters too)."""
    client = setting[0]
    bodies = 0
    for route in client.app.routes:  # type: ignore[attr-defined]
        if not isinstance(route, APIRoute) or route.body_field is None or not route.include_in_schema:
            continue
        if route.name == "attach_document":
            continue
        bodies += 1
        model = route.body_field.field_info.annotation
        models = [m for m in getattr(model, "__args__", (model,)) if inspect.isclass(m)]
        assert models and all(issubclass(m, Schema) for m in models), (route.path, model)
    assert bodies > 40  # the routes were walked (they once were not: FastAPI's included routers)


@pytest.mark.parametrize(
    ("bound", "path", "body"),
    [
        (
            REFERENCE_MAX_LENGTH,
            "/conventions/{cid}/payments",
            lambda world, text: payment(world, reference=text),
        ),
        (
            REASON_MAX_LENGTH,
            "/conventions/{cid}/avenants",
            lambda world, text: {
                "changes": [{"op": "change_period", "start": "2021-01-01", "end": "2027-12-31"}],
                "effective_on": "2022-01-01",
                "reason": text,
                "proposed_on": "2021-11-01",
            },
        ),
    ],
    ids=["reference", "reason"],
)
def test_the_api_bounds_a_text_where_the_rule_does(setting, bound, path, body):
    """A text as long as the domain allows is recorded; one character more is refused by the
    API before the domain sees it, naming the field — the bound is the domain's constant."""
    client, world, cid, _, dep = setting
    url = path.format(cid=cid)
    headers = {**dep, "If-Match": f'"{client.app.state.ledger.get_convention(cid).version}"'}  # type: ignore[attr-defined]
    problem = refused(client, "POST", url, headers, json=body(world, "x" * (bound + 1)))
    assert any(
        error["loc"][-1] == ("reference" if bound == REFERENCE_MAX_LENGTH else "reason")
        for error in problem["errors"]
    )
    accepted = client.post(url, headers=headers, json=body(world, "x" * bound))
    assert accepted.status_code == 201, accepted.text


def test_every_route_refuses_a_query_parameter_it_does_not_declare(setting):
    """Each route is the application's own (``api.routing.serve``) and carries the check, which
    an inclusion used to add: a router made without ``routing.router`` would lose it silently."""
    from api.deps import no_unknown_query_parameters

    client, world, _, _, dep = setting
    routes = [r for r in client.app.routes if isinstance(r, APIRoute)]  # type: ignore[attr-defined]
    assert len(routes) > 100
    unchecked = [
        route.path
        for route in routes
        if no_unknown_query_parameters not in {d.call for d in route.dependant.dependencies}
    ]
    assert unchecked == []
    misspelt = client.get(f"/collectivites/{world.nievre}/portfolio?partie_id=x", headers=dep)
    assert misspelt.status_code == 422
    assert "Paramètre de requête inconnu : partie_id" in misspelt.json()["detail"]
