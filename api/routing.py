"""How the API's and the pages' routes are declared and served: each refuses a query parameter
it does not declare and is named by its handler, and each is the application's own route."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, FastAPI
from fastapi.routing import APIRoute

from api.deps import no_unknown_query_parameters


def operation_id(route: APIRoute) -> str:
    """Operations named by their handler (``read_convention``, ``record_payment``): the names a
    generated client gives its functions (tests check they are unique)."""
    return route.name


CHECKS = [Depends(no_unknown_query_parameters)]
"""What every route checks first (the application's own routes too)."""


def router(**options: Any) -> APIRouter:
    """A router of routes served by ``serve``: what an inclusion would add to each (the checks,
    the operation's name) is given here, where the routes are made."""
    return APIRouter(dependencies=CHECKS, generate_unique_id_function=operation_id, **options)


def serve(app: FastAPI, routes: APIRouter) -> None:
    """The router's routes as the application's own, matched as ``@app.get``'s are.
    ``include_router`` keeps a router as a branch that FastAPI matches through twice per
    request, with bookkeeping for each route tried: half a millisecond of each portfolio read
    under the profiler, with 60 routes tried before it."""
    app.router.routes.extend(routes.routes)
