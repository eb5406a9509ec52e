"""The composition root: settings pick the persistence, wire the ledger, the read side
(alert process and projections) and the API."""

from __future__ import annotations

import os
import secrets
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from eventsourcing.persistence import InternalError
from fastapi import FastAPI

from api.app import add_sessions, create_app, prepare_routes
from api.guards import Guards, Limits
from api.idempotency import IdempotencyMiddleware
from api.web.session import OidcSettings, WebSettings, session_account
from application.accounts import Accounts
from application.audit import snapshot_discrepancies
from application.blobs import BlobStore
from application.ledger import ConventionLedger
from application.webhooks import WebhookRegistry
from domain.values import Actor, ActorRole
from infrastructure.accounts_store import SqlAccountStore
from infrastructure.audit_trail import DailyClosure, DailyScan, Signer, StoreAuditTrail, Witness
from infrastructure.auditor_reads_store import SqlAuditorReads
from infrastructure.blob_store import blob_store
from infrastructure.chain_store import ChainAccess
from infrastructure.idempotency_store import SqlIdempotencyStore
from infrastructure.logging import configure_logging
from infrastructure.people_store import SqlPeopleStore
from infrastructure.projector import Projector
from infrastructure.read_side import ReadSide
from infrastructure.runtime import tune_garbage_collector
from infrastructure.settings import ConfigurationError, Settings, persistence_env
from infrastructure.tokens import Tokens
from infrastructure.view_store import ViewStore
from infrastructure.webhooks import SqlWebhookStore, WebhookDispatcher
from infrastructure.worker_lease import LeasedWorker, lease_for
from projections.alert_board import AlertBoard
from projections.base import Projection
from projections.portfolio import Portfolio
from projections.portfolio_queries import ReadersIndex


def build_blobs(settings: Settings) -> BlobStore:
    return blob_store(
        settings.documents_location,
        endpoint_url=settings.documents_s3_endpoint_url,
        region=settings.documents_s3_region,
        access_key_id=settings.documents_s3_access_key_id,
        secret_access_key=settings.documents_s3_secret_access_key,
    )


def build_ledger(settings: Settings) -> ConventionLedger:
    people = SqlPeopleStore(ViewStore(settings.database_url))
    blobs = build_blobs(settings)
    # Processes starting together (API, worker, several writers) all create the tables and
    # functions "if not exists"; PostgreSQL can refuse the loser of that race ("tuple
    # concurrently updated"): it tries again, and then finds them made.
    for attempt in range(1, 6):
        try:
            return ConventionLedger(env=persistence_env(settings.database_url), people=people, blobs=blobs)
        except InternalError as error:
            if "concurrently" not in str(error) or attempt == 5:
                raise
            time.sleep(0.1 * attempt)
    raise AssertionError("unreachable")


def build_audit_trail(settings: Settings, ledger: ConventionLedger) -> StoreAuditTrail:
    chain: ChainAccess = ledger.recorder.chain_access  # type: ignore[attr-defined] # our recorders
    return StoreAuditTrail(
        chain,
        Signer(settings.signing_key_file),
        store_owner=ledger,
        witness=Witness(settings.witness_dir),
        derived_state=lambda: snapshot_discrepancies(ledger) + ledger.documents.discrepancies(),
    )


def build_projector(settings: Settings, ledger: ConventionLedger, store: ViewStore) -> Projector:
    projections: list[Projection] = [
        AlertBoard(),
        Portfolio(load=ledger.aggregate_at),
    ]
    return Projector(ledger, store, projections, page_size=settings.read_side_page_size)


def build_read_side(settings: Settings, ledger: ConventionLedger) -> ReadSide:
    store = ViewStore(settings.database_url)
    read_side = ReadSide(ledger, store, build_projector(settings, ledger, store))
    read_side.when_idle.append(DailyClosure(build_audit_trail(settings, ledger)))
    if settings.daily_deadline_scan:
        scheduler = Actor("planificateur", ActorRole.SYSTEM)
        read_side.when_idle.append(DailyScan(lambda day: ledger.alerts.scan_deadlines(day, scheduler)))
    return read_side


def views_differences(settings: Settings, ledger: ConventionLedger) -> dict[str, tuple[int, int]]:
    """The read models compared with a rebuild made aside (in a database of its own, from the
    same log): per table that differs, the rows the live tables lack and the rows they hold in
    excess — an edit of a read model's rows, as a database administrator could, shows here.
    The live read models are first brought up to the log's end."""
    live = build_read_side(settings, ledger)
    ledger.alert_process.process()
    live.projector.catch_up()
    aside_store = ViewStore("memory://")
    aside = build_projector(settings, ledger, aside_store)
    aside.rebuild()
    differences = {}
    for table in live.projector.tables:
        mine = Counter(tuple(row) for row in live.query(f"SELECT * FROM {table}"))  # noqa: S608 - constants
        truth = Counter(tuple(row) for row in aside_store.query(f"SELECT * FROM {table}"))  # noqa: S608
        if mine != truth:
            differences[table] = (sum((truth - mine).values()), sum((mine - truth).values()))
    return differences


def build_webhooks(
    settings: Settings, ledger: ConventionLedger, read_side: ReadSide
) -> tuple[WebhookRegistry, WebhookDispatcher]:
    """The parties' webhooks (in the read side's database) and their dispatcher, which serves
    what the read models have seen (their read rule decides who gets what)."""
    store = SqlWebhookStore(read_side.store)
    registry = WebhookRegistry(
        store, ledger.get_party, ledger.history.topics_of, ledger.history.last_position
    )

    def seen_up_to() -> int:
        last = ledger.history.last_position()
        return last if read_side.projector.caught_up(last) else read_side.projector.position

    dispatcher = WebhookDispatcher(
        ledger, store, ReadersIndex(read_side), seen_up_to, first_delay=settings.webhook_first_retry_seconds
    )
    ledger.listeners.append(dispatcher.wake)
    return registry, dispatcher


def build_worker(settings: Settings, read_side: ReadSide, dispatcher: WebhookDispatcher) -> LeasedWorker:
    """The followers of the log, run by whichever process holds the worker's lease."""
    return LeasedWorker(
        lease_for(settings.database_url), [read_side, dispatcher], settings.worker_poll_seconds
    )


def build_accounts(settings: Settings, ledger: ConventionLedger, tokens: Tokens | None = None) -> Accounts:
    """The accounts, in the tokens' database (with the in-memory store: their SQLite file)."""
    tokens = tokens or Tokens.for_settings(settings)
    return Accounts(SqlAccountStore(tokens.store), ledger.get_party, on_revoke=tokens.revoke)


def session_secret(settings: Settings) -> str:
    """SESSION_SECRET, or a secret drawn once and kept beside the token file (mode 600), so
    that sessions outlive a restart and every process of one deployment signs alike."""
    if settings.session_secret:
        return settings.session_secret
    path = settings.session_secret_file
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as file:
            file.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


def build_web_settings(settings: Settings, accounts: Accounts) -> WebSettings:
    oidc = None
    if settings.oidc_issuer:
        if not settings.oidc_client_id:
            raise ConfigurationError("OIDC_ISSUER est donné sans OIDC_CLIENT_ID.")
        oidc = OidcSettings(
            issuer=settings.oidc_issuer,
            client_id=settings.oidc_client_id,
            client_secret=settings.oidc_client_secret,
            scopes=settings.oidc_scopes,
            provider_name=settings.oidc_provider_name,
        )
    return WebSettings(
        accounts=accounts,
        secret=session_secret(settings),
        secure_cookies=settings.secure_cookies,
        oidc=oidc,
        demo_sign_in=settings.demo_sign_in,
    )


def build_api(
    settings: Settings | None = None,
    ledger: ConventionLedger | None = None,
    *,
    run_worker: bool | None = None,
) -> FastAPI:
    """The API with its read side. Unless a separate worker service follows the log
    (``API_RUNS_WORKER=false``), a worker thread does while the app runs."""
    settings = settings or Settings.from_env()
    configure_logging(settings.log_format, settings.log_level)
    ledger = ledger or build_ledger(settings)
    read_side = build_read_side(settings, ledger)
    tokens = Tokens.for_settings(settings, read_side.store)
    authenticate = tokens.authenticate
    # The read side's connections (shared with the tokens and the kept answers) close with the
    # ledger (the lifespan may run more than once over one app: tests, schemathesis).
    ledger.on_close.append(read_side.store.close)
    auditor_reads = SqlAuditorReads(read_side.store)
    web = build_web_settings(settings, build_accounts(settings, ledger, tokens))
    app = create_app(ledger, authenticate, read_side, build_audit_trail(settings, ledger), auditor_reads, web)
    app.state.webhooks, dispatcher = build_webhooks(settings, ledger, read_side)
    app.add_middleware(
        IdempotencyMiddleware, store=SqlIdempotencyStore(read_side.store), authenticate=authenticate
    )
    # Added last, so outermost: sizes and write rates are checked before anything else.
    limits = Limits(settings.max_body_bytes, settings.writes_per_second, settings.write_burst)
    app.add_middleware(
        Guards,
        authenticate=authenticate,
        limits=limits,
        auditor_reads=auditor_reads,
        session_account=lambda session: session_account(web.accounts, session),
    )
    add_sessions(app, web)  # outermost: the guards know who is signed in

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await prepare_routes(app)
        leased = None
        if settings.api_runs_worker if run_worker is None else run_worker:
            leased = build_worker(settings, read_side, dispatcher)
            leased.start()
        yield
        if leased is not None:
            leased.stop()

    app.router.lifespan_context = lifespan
    return app


def asgi_app() -> FastAPI:
    """For ``uvicorn --factory infrastructure.bootstrap:asgi_app``."""
    tune_garbage_collector()
    return build_api()
