"""Every error as application/problem+json (RFC 9457), from one table of statuses."""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from application.authorization import NotAuthorizedError
from domain.errors import (
    DomainError,
    GoneError,
    InvalidInputError,
    NotEntitledError,
    NotFoundError,
    PreconditionFailedError,
    PreconditionRequiredError,
    RuleViolationError,
)

PROBLEM_JSON = "application/problem+json"

STATUS_BY_CATEGORY: tuple[tuple[type[Exception], int], ...] = (
    (NotFoundError, 404),
    (GoneError, 410),
    (PreconditionFailedError, 412),
    (PreconditionRequiredError, 428),
    (InvalidInputError, 422),
    (NotEntitledError, 403),
    (RuleViolationError, 409),
    (NotAuthorizedError, 403),
)


TITLES = {
    400: "Demande invalide",
    401: "Authentification requise",
    403: "Accès refusé",
    404: "Introuvable",
    405: "Méthode non permise",
    409: "Action impossible",
    410: "Effacé",
    412: "Modifiée depuis votre lecture",
    413: "Demande trop volumineuse",
    422: "Saisie invalide",
    428: "Version lue requise",
    429: "Trop de demandes",
    500: "Erreur interne",
}
"""The title of each status, in French, for the API's problems and the pages' errors alike."""


def problem(
    status: int,
    slug: str,
    detail: str,
    instance: str,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    answer_headers = {"WWW-Authenticate": "Bearer"} if status == 401 else {}
    return JSONResponse(
        status_code=status,
        media_type=PROBLEM_JSON,
        content={
            "type": f"/problems/{slug}",
            "title": TITLES.get(status, HTTPStatus(status).phrase),
            "status": status,
            "detail": detail,
            "instance": instance,
            **extra,
        },
        headers={**answer_headers, **(headers or {})} or None,
    )


def status_for(error: Exception) -> int:
    for category, status in STATUS_BY_CATEGORY:
        if isinstance(error, category):
            return status
    return 500


PageError = Callable[[Request, int, str], Response]
"""Renders an error on a page of the web interface (its route is tagged ``web``)."""


def install_error_handlers(app: FastAPI, page_error: PageError | None = None) -> None:
    def on_page(request: Request) -> bool:
        route = request.scope.get("route")
        return page_error is not None and "web" in (getattr(route, "tags", None) or [])

    @app.exception_handler(DomainError)
    async def domain_error(request: Request, error: DomainError) -> Response:
        if page_error is not None and on_page(request):
            return page_error(request, status_for(error), error.detail)
        return problem(status_for(error), error.slug(), error.detail, request.url.path)

    @app.exception_handler(NotAuthorizedError)
    async def not_authorized(request: Request, error: NotAuthorizedError) -> Response:
        if page_error is not None and on_page(request):
            return page_error(request, 403, error.detail)
        return problem(403, "not-authorized", error.detail, request.url.path)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        if page_error is not None and on_page(request):
            fields = ", ".join(str(e["loc"][-1]) for e in error.errors()) or "la demande"
            return page_error(
                request, 422, f"Valeur invalide : {fields}. Corrigez l'adresse ou le formulaire."
            )
        errors = [
            {"loc": [str(part) for part in e["loc"]], "msg": e["msg"], "type": e["type"]}
            for e in error.errors()
        ]
        first = errors[0] if errors else {"loc": [], "msg": ""}
        return problem(
            422,
            "invalid-request",
            f"Requête invalide : {'.'.join(first['loc'])} — {first['msg']}",
            request.url.path,
            errors=errors,
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        if error.status_code == 400:
            # FastAPI's answer to a body it cannot decode (not UTF-8): the same 422 as a body
            # that is not JSON, so that a client meets one status for one mistake.
            return problem(
                422,
                "invalid-request",
                "Requête invalide : le corps n'est pas du JSON lisible (UTF-8 attendu).",
                request.url.path,
            )
        slug = {401: "unauthenticated", 404: "not-found", 405: "method-not-allowed"}.get(
            error.status_code, "http-error"
        )
        # The error's own headers go with it (a 405 says which methods are allowed: ``Allow``).
        return problem(
            error.status_code, slug, str(error.detail), request.url.path, dict(error.headers or {})
        )

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> Response:
        # No internal detail leaks: the log has the traceback.
        if page_error is not None and on_page(request):
            return page_error(request, 500, "Erreur interne : elle a été journalisée.")
        return problem(500, "internal-error", "Erreur interne : elle a été journalisée.", request.url.path)
