"""The composition root: settings pick the persistence, wire the ledger and the API."""

from __future__ import annotations

from fastapi import FastAPI

from api.app import create_app
from application.ledger import ConventionLedger
from infrastructure.logging import configure_logging
from infrastructure.settings import Settings, persistence_env
from infrastructure.tokens import TokenFile


def build_ledger(settings: Settings) -> ConventionLedger:
    return ConventionLedger(env=persistence_env(settings.database_url))


def build_api(settings: Settings | None = None, ledger: ConventionLedger | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    configure_logging(settings.log_format, settings.log_level)
    ledger = ledger or build_ledger(settings)
    return create_app(ledger, TokenFile(settings.tokens_file).authenticate)


def asgi_app() -> FastAPI:
    """For ``uvicorn --factory infrastructure.bootstrap:asgi_app``."""
    return build_api()
