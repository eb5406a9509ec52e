"""Fuzzing the API from its OpenAPI document (schemathesis, bounded examples so CI stays fast).

Every schemathesis check runs (status codes, content types, headers and bodies as documented,
negative data rejected, authentication enforced, resources available after creation, ...) but one:
`positive_data_acceptance`, which expects every schema-valid body to be accepted. The domain's
rules (a SIREN's Luhn key, a signatory who is a party, a year inside the convention) cannot all be
written as JSON Schema, so a schema-valid request may rightly be refused with a named 422/409.

Our own check replays each request with the token of another, unrelated party: a write never
succeeds for it, and a convention read by the administrator is 404 for it.

Two modes: each operation on its own (stateless), and sequences of calls chained by the links
schemathesis infers from the schema (stateful: a party created, then read, joined to an SC, ...).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
import schemathesis
from hypothesis import HealthCheck, assume, settings
from schemathesis import GenerationMode
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi.checks import positive_data_acceptance

from domain.values import Actor, ActorRole
from infrastructure.bootstrap import build_api, build_ledger
from infrastructure.demo import load_demo
from infrastructure.tokens import Tokens
from tests.e2e.servers import Server, free_port
from tests.settings import Settings

EXAMPLES = 8
SCENARIOS = 30
STEPS = 10

_settings = Settings(
    database_url="memory://",
    tokens_file=Path(tempfile.mkdtemp()) / "tokens.json",
    writes_per_second=100_000,
    write_burst=100_000,
)
app = build_api(_settings, run_worker=False)
ADMIN_TOKEN = Tokens.for_settings(_settings).issue(Actor("fuzz-admin", ActorRole.ADMIN))
OTHER_TOKEN = Tokens.for_settings(_settings).issue(Actor("fuzz-other", ActorRole.SIGNATORY, UUID(int=7)))


def bearer(token: str) -> dict[str, str]:
    # A new dict each call: schemathesis adds to and removes from the headers it is given.
    return {"Authorization": f"Bearer {token}"}


schema = schemathesis.openapi.from_asgi("/openapi.json", app)


class ReplayedByAnotherPartyError(AssertionError):
    pass


def replayed_by_another_party(other_token: str) -> Any:
    """A check: the same request with an unrelated party's token writes nothing and reads no
    convention (404, as for an unknown id)."""

    def another_party_gets_nothing(ctx: Any, response: Any, case: Any) -> bool | None:
        if case.method == "GET" and not (
            "{convention_id}" in case.path and 200 <= response.status_code < 300
        ):
            return None
        other = case.call(headers=bearer(other_token))
        if 200 <= other.status_code < 300 or other.status_code >= 500:
            raise ReplayedByAnotherPartyError(
                f"{case.method} {case.formatted_path} answered {other.status_code} to another party"
            )
        if case.method == "GET" and other.status_code != 404:
            raise ReplayedByAnotherPartyError(
                f"{case.method} {case.formatted_path}: another party got {other.status_code}, not 404"
            )
        return None

    return another_party_gets_nothing


def _bounded(case: Any) -> None:
    if case.path == "/events/live":
        case.query = {**(case.query or {}), "timeout": 0.05}
    # A negative case whose mutation cannot travel: a query parameter whose value is an empty
    # list is not sent at all, so the request is a valid one (answered 200, rightly).
    if _negative(case, ParameterLocation.QUERY):
        assume(not any(value == [] for value in (case.query or {}).values()))


def _negative(case: Any, location: ParameterLocation) -> bool:
    component = case.meta.components.get(location) if case.meta else None
    return component is not None and component.mode is GenerationMode.NEGATIVE


def authorised(case: Any, token: str) -> dict[str, str] | None:
    """Our token, unless the case is about a malformed Authorization header: then it is sent
    as generated (and must be refused) — replacing it made a malformed request look accepted."""
    return None if _negative(case, ParameterLocation.HEADER) else bearer(token)


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_each_operation_answers_as_documented(case):
    _bounded(case)
    case.call_and_validate(
        headers=authorised(case, ADMIN_TOKEN),
        excluded_checks=[positive_data_acceptance],
        additional_checks=[replayed_by_another_party(OTHER_TOKEN)],
    )


# Routes of the party registry are the administrator's; every other write is a party's.
REGISTRY = ("/collectivites", "/offices", "/organismes", "/societes-de-coordination")


class DemoServer:
    """The demo on a real server (its worker follows, so `?wait=` answers), put back to the
    demo as loaded before each scenario.

    Hypothesis replays a scenario's prefix and expects the same answers: on a server that
    kept the writes of earlier scenarios, a POST accepted once is refused the next time (the
    avenant is already proposed), a bundle stays empty and the run fails as « flaky ». So each
    scenario starts on a fresh copy of the pristine demo (SQLite's backup, which includes what
    is still in the write-ahead log), served on the same port."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pristine = folder / "pristine.db"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server: Server | None = None
        self.scenarios = 0

    def settings(self, database: Path) -> Settings:
        return Settings(
            database_url=f"sqlite:///{database}",
            tokens_file=self.folder / "tokens.json",
            documents_url=str(database.with_suffix(".documents")),
            writes_per_second=100_000,
            write_burst=100_000,
        )

    def load(self) -> dict[str, str]:
        settings = self.settings(self.pristine)
        ledger = build_ledger(settings)
        ids = load_demo(ledger)
        ledger.close()
        tokens = Tokens.for_settings(settings)
        return {
            "admin": tokens.issue(Actor("fuzz-admin", ActorRole.ADMIN)),
            # The demo's party to the most conventions: its signatory reaches the deepest.
            "party": tokens.issue(ids.actors["oph-nievre"]),
            "other": tokens.issue(Actor("fuzz-other", ActorRole.SIGNATORY, UUID(int=7))),
        }

    def restart(self) -> None:
        self.stop()
        self.scenarios += 1
        live = self.folder / f"scenario-{self.scenarios}.db"
        with sqlite3.connect(self.pristine) as source, sqlite3.connect(live) as copy:
            source.backup(copy)
        shutil.copytree(self.pristine.with_suffix(".documents"), live.with_suffix(".documents"))
        self.server = Server(self.settings(live), self.port).__enter__()

    def settle(self) -> None:
        """Wait until the alert process and the read models have followed every write.

        The worker follows the log in its own thread, so the answer to a request sent right
        after a write depends on timing (a convention not yet in the read model is 404, an
        alert raised meanwhile moves a version and an If-Match fails). Schemathesis chains
        the next call from those answers, so a replayed prefix took another path and
        Hypothesis stopped with « FlakyStrategyDefinition ». Each call starts on a settled
        state instead."""
        assert self.server is not None
        ledger = self.server.ledger
        settled = self.server.app.state.reads.wait_for(ledger.recorder.max_notification_id() or 0, 30)
        assert settled, "the read side did not follow the log within 30 s"

    def stop(self) -> None:
        if self.server is not None:
            self.server.__exit__()
            self.server = None


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DemoServer, dict[str, str]]]:
    demo = DemoServer(tmp_path_factory.mktemp("fuzz-demo"))
    roles = demo.load()
    demo.restart()
    try:
        yield demo, roles
    finally:
        demo.stop()


def test_sequences_of_operations_answer_as_documented(demo_server):
    demo, roles = demo_server
    demo_schema = schemathesis.openapi.from_url(f"{demo.url}/openapi.json")

    another_party_gets_nothing = replayed_by_another_party(roles["other"])

    class APIWorkflow(demo_schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            demo.restart()  # settled before the first call, as before every call

        def before_call(self, case: Any) -> None:
            _bounded(case)
            demo.settle()

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            role = "admin" if case.path.startswith(REGISTRY) else "party"
            headers = authorised(case, roles[role])
            return {} if headers is None else {"headers": headers}

        def validate_response(
            self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any
        ) -> None:
            case.validate_response(
                response,
                excluded_checks=[positive_data_acceptance],
                additional_checks=[another_party_gets_nothing],
                transport_kwargs=kwargs or None,
                recorder=self.recorder,
            )

    APIWorkflow.run(
        settings=settings(
            max_examples=SCENARIOS,
            stateful_step_count=STEPS,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
    )
