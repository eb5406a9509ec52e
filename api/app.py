"""The FastAPI application, built from what the composition root gives it."""

from __future__ import annotations

from fastapi import FastAPI

from api.deps import Authenticator
from api.errors import install_error_handlers
from api.routes import alerts, conventions, feed, parties, portfolios
from application.ledger import ConventionLedger
from projections.read_models import ReadModels


def create_app(ledger: ConventionLedger, authenticate: Authenticator, reads: ReadModels) -> FastAPI:
    app = FastAPI(
        title="Conventions OPH",
        summary="Registre des conventions entre offices publics de l'habitat, collectivités et "
        "sociétés de coordination, en événements immuables.",
        version="0.1.0",
    )
    app.state.ledger = ledger
    app.state.authenticate = authenticate
    app.state.reads = reads
    install_error_handlers(app)
    app.include_router(parties.router)
    app.include_router(conventions.router)
    app.include_router(alerts.router)
    app.include_router(portfolios.router)
    app.include_router(feed.router)

    @app.get("/health", tags=["ops"])
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
