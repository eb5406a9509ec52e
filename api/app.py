"""The FastAPI application, built from what the composition root gives it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware
from swagger_ui_bundle import swagger_ui_path  # type: ignore[import-untyped]

from api.deps import Authenticator
from api.errors import install_error_handlers
from api.openapi_examples import with_examples
from api.routes import alerts, conventions, documents, feed, open_data, parties, people, portfolios, webhooks
from api.routes import audit as audit_routes
from api.routing import CHECKS, operation_id, serve
from api.web import accounts_admin, drafting, forms, pages, sign_in
from api.web.errors import install_page_handlers, page_error
from api.web.session import SESSION_COOKIE, SESSION_SECONDS, WebSettings
from api.web.sign_in import oauth_client
from application.audit import AuditorReads, AuditTrail
from application.ledger import ConventionLedger
from projections.read_models import ReadModels

ASSETS = Path(__file__).resolve().parent.parent / "node_modules" / "@gouvfr" / "dsfr" / "dist"
"""The DSFR's files, installed by ``make install`` (npm ci); WEB_ASSETS_DIR elsewhere (image)."""


def create_app(
    ledger: ConventionLedger,
    authenticate: Authenticator,
    reads: ReadModels,
    audit: AuditTrail,
    auditor_reads: AuditorReads,
    web: WebSettings | None = None,
) -> FastAPI:
    app = FastAPI(
        title="Conventions OPH",
        summary="Registre des conventions entre offices publics de l'habitat, collectivités et "
        "sociétés de coordination, en événements immuables.",
        version="0.1.0",
        dependencies=CHECKS,
        docs_url=None,  # served below from local assets: FastAPI's loads Swagger UI from a CDN
        redoc_url=None,
        generate_unique_id_function=operation_id,
    )
    # Swagger UI from the installed package (swagger-ui-bundle), not from the internet: the
    # platform runs where there is none (issue 17).
    app.mount("/static/swagger-ui", StaticFiles(directory=str(swagger_ui_path)), name="swagger-ui")

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} — API",
            swagger_js_url="/static/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/swagger-ui/favicon-32x32.png",
        )

    app.state.ledger = ledger
    app.state.authenticate = authenticate
    app.state.reads = reads
    app.state.audit = audit
    app.state.auditor_reads = auditor_reads
    install_error_handlers(app, page_error if web is not None else None)
    serve(app, parties.router)
    serve(app, conventions.router)
    serve(app, documents.router)
    serve(app, alerts.router)
    serve(app, portfolios.router)
    serve(app, open_data.router)
    serve(app, feed.router)
    serve(app, people.router)
    serve(app, webhooks.router)
    serve(app, audit_routes.router)
    # The pages' routers after the API's: a request is matched router by router, and the API's
    # reads are the many (a portfolio read used to be tried against the pages' ~40 routes first).
    if web is not None:
        install_web_interface(app, web)

    @app.get("/health", tags=["ops"])
    def health() -> dict[str, str]:
        """``ok``; or ``degraded`` with what stops a follower of the log (writes are still
        taken and the other followers go on; the log's ``projection.failed`` or
        ``alert_process.failed`` has the traceback)."""
        failure = reads.failure()
        return {"status": "ok"} if failure is None else {"status": "degraded", "read_side": failure}

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = with_examples(
                with_problem_responses(
                    get_openapi(title=app.title, version=app.version, summary=app.summary, routes=app.routes)
                )
            )
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def install_web_interface(app: FastAPI, web: WebSettings) -> None:
    """The pages (issue 17), their assets served from the installed packages (no CDN), the
    signed session cookie, and the sign-in."""
    assets = Path(os.environ.get("WEB_ASSETS_DIR") or ASSETS)
    if not (assets / "dsfr.min.css").exists():
        raise RuntimeError(
            f"Les fichiers du DSFR sont introuvables dans {assets} : lancez `make install` (npm ci) "
            "ou indiquez WEB_ASSETS_DIR."
        )
    app.mount("/static/dsfr", StaticFiles(directory=str(assets)), name="dsfr")
    app.mount("/static/web", StaticFiles(packages=[("api", "static")]), name="web-assets")
    app.state.web = web
    app.state.oidc_client = oauth_client(web.oidc) if web.oidc is not None else None
    serve(app, sign_in.router)
    serve(app, drafting.router)  # before the pages: /convention/nouvelle is not a convention's id
    serve(app, pages.router)
    serve(app, forms.router)
    serve(app, accounts_admin.router)
    install_page_handlers(app)


def add_sessions(app: FastAPI, web: WebSettings) -> None:
    """The signed session cookie; added last by the composition root (outermost), so that the
    guards in front of every route know the signed-in actor too (write rates, auditors' reads)."""
    app.add_middleware(
        SessionMiddleware,
        secret_key=web.secret,
        session_cookie=SESSION_COOKIE,
        max_age=SESSION_SECONDS,
        same_site="lax",
        https_only=web.secure_cookies,
    )


async def prepare_routes(app: FastAPI) -> None:
    """Build every route's request handling now. FastAPI builds it (dependencies, pydantic
    adapters of each route) on the first request, ~2 s for this API on a shared CPU, paid by
    whichever client comes first. At start-up, one request to ``/health`` (the last route, so
    every router is built on the way) pays it instead."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": "/health",
        "raw_path": b"/health",
        "root_path": "",
        "query_string": b"",
        "headers": [],
        "client": ("127.0.0.1", 0),
        "server": ("127.0.0.1", 0),
        "app": app,
    }

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(_: Any) -> None:
        return None

    await app(scope, receive, send)


PROBLEM_SCHEMA = {
    "title": "Problem",
    "description": "An error, as RFC 9457 problem details; `type` is a stable slug, `detail` says what to change.",
    "type": "object",
    "properties": {
        "type": {"type": "string", "examples": ["/problems/convention-not-found"]},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "errors": {"type": "array", "items": {"type": "object"}},
    },
    "required": ["type", "title", "status", "detail", "instance"],
}

PUBLIC_PATHS = ("/health", "/audit/public-key")

ERRORS = {
    "401": "No valid bearer token.",
    "403": "Not allowed for this actor.",
    "404": "Not found, or not for this actor's party.",
    "409": "The state of the ledger forbids it (or an Idempotency-Key is in flight).",
    "412": "If-Match: the convention moved since it was read.",
    "413": "Body too large.",
    "422": "Invalid input.",
    "428": "If-Match required.",
    "429": "Too many writes for this actor.",
}


def with_problem_responses(document: dict[str, Any]) -> dict[str, Any]:
    """Every operation documents its errors as application/problem+json (what it answers)."""
    document.setdefault("components", {}).setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
    content = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for path, operations in document["paths"].items():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            for status, description in ERRORS.items():
                if path in PUBLIC_PATHS:
                    continue
                responses[status] = {"description": description, "content": content}
    return document
