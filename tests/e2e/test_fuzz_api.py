"""Fuzzing the API from its OpenAPI document (schemathesis, bounded examples so CI stays fast):
no answer is a 5xx, every error is application/problem+json, and the same write replayed
with another party's token never succeeds."""

from __future__ import annotations

import tempfile
from pathlib import Path
from uuid import UUID

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from domain.values import Actor, ActorRole
from infrastructure.bootstrap import build_api
from infrastructure.settings import Settings
from infrastructure.tokens import TokenFile

pytestmark = pytest.mark.e2e

EXAMPLES = 8

_settings = Settings(
    database_url="memory://",
    tokens_file=Path(tempfile.mkdtemp()) / "tokens.json",
    writes_per_second=100_000,
    write_burst=100_000,
)
app = build_api(_settings, run_worker=False)
ADMIN_TOKEN = TokenFile(_settings.tokens_file).issue(Actor("fuzz-admin", ActorRole.ADMIN))
OTHER_TOKEN = TokenFile(_settings.tokens_file).issue(Actor("fuzz-other", ActorRole.SIGNATORY, UUID(int=7)))
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


def _content_type(response) -> str:
    value = response.headers.get("content-type", [""])
    return value[0] if isinstance(value, list) else value


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_error_and_errors_are_problems(case):
    if case.path == "/events/live":
        case.query = {**(case.query or {}), "timeout": 0.05}
    response = case.call(headers={"Authorization": f"Bearer {ADMIN_TOKEN}"})
    assert response.status_code < 500, (case.method, case.path, response.text[:300])
    if response.status_code >= 400:
        assert _content_type(response) == "application/problem+json", (
            case.method,
            case.path,
            response.status_code,
        )
    if case.method != "GET":
        other = case.call(headers={"Authorization": f"Bearer {OTHER_TOKEN}"})
        assert not 200 <= other.status_code < 300, (case.method, case.path, "succeeded for another party")
        assert other.status_code < 500
