"""The examples of the OpenAPI document (issue 19): every body and every JSON answer has one,
shown in `/docs`, and each still fits its route's schema — an example that drifted from the
API fails here (record the answers again with `python -m tools.openapi_examples`)."""

from __future__ import annotations

import pytest
from fastapi.routing import APIRoute
from pydantic import TypeAdapter

from api.openapi_examples import REQUESTS, answers

pytestmark = pytest.mark.stores("memory")


def routes(app) -> dict[tuple[str, str], APIRoute]:
    found = {}
    for route in app.routes:  # every route is the application's own (api.routing.serve)
        if isinstance(route, APIRoute) and route.include_in_schema:
            for method in route.methods:
                found[(method.lower(), route.path)] = route
    return found


def test_every_body_has_an_example_the_api_accepts_as_well_formed(api):
    app = api.client.app
    spec = app.openapi()
    known = routes(app)
    with_body = {
        (method, path)
        for path, operations in spec["paths"].items()
        for method, operation in operations.items()
        if "requestBody" in operation
    }
    assert set(REQUESTS) == with_body
    for key in sorted(with_body):
        media = spec["paths"][key[1]][key[0]]["requestBody"]["content"]
        assert all("example" in m for m in media.values()), key
        route = known[key]
        if "application/json" in media:
            TypeAdapter(route.body_field.field_info.annotation).validate_python(REQUESTS[key])


def test_every_json_answer_has_an_example_that_fits_its_schema(api):
    app = api.client.app
    spec = app.openapi()
    known = routes(app)
    recorded = answers()
    missing = []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                media = response.get("content", {}).get("application/json")
                if not status.startswith("2") or media is None:
                    continue
                if "example" not in media:
                    missing.append(f"{method.upper()} {path}")
                    continue
                route = known[(method, path)]
                if route.response_model is not None:
                    TypeAdapter(route.response_model).validate_python(recorded[f"{method.upper()} {path}"])
    assert missing == [], "record them: python -m tools.openapi_examples"
