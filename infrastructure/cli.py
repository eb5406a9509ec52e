"""``conventions`` command: serve the API, load the demo, issue tokens, invite and revoke web
accounts, run the worker, scan deadlines, rebuild the read models, verify the audit chain and sign checkpoints."""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from application.ledger import ConventionLedger
from domain import wording
from domain.errors import DomainError
from domain.values import Actor, ActorRole
from infrastructure.bootstrap import (
    build_accounts,
    build_audit_trail,
    build_ledger,
    build_read_side,
    build_webhooks,
    build_worker,
    views_differences,
)
from infrastructure.demo import SITUATIONS, load_demo
from infrastructure.logging import configure_logging
from infrastructure.runtime import tune_garbage_collector
from infrastructure.settings import ConfigurationError, Settings, sqlite_path
from infrastructure.tokens import Tokens
from infrastructure.worker_lease import lease_for


@contextlib.contextmanager
def shown(description: str, total: int) -> Iterator[Callable[[int], None]]:
    """A progress bar on the terminal for long work (rich, on standard error; nothing when the
    output is not a terminal: logs and pipes stay clean). Yields what the work tells how far it
    got (``total`` is where it ends)."""
    console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=not console.is_terminal,
    ) as bar:
        task = bar.add_task(description, total=total)
        yield lambda reached: bar.update(task, completed=reached)


DEMO_TOKENS = Path("var/demo-tokens.txt")
CLI_ADMIN = Actor("administrateur-cli", ActorRole.ADMIN)
"""Who invites or revokes from the command line (run on the server by its administrator)."""


ROLE_LABELS = {
    ActorRole.ADMIN: "administrateur de la plateforme",
    ActorRole.AUDITOR: "magistrat de la chambre régionale des comptes",
    ActorRole.SIGNATORY: "signataire",
    ActorRole.EDITOR: "rédacteur",
    ActorRole.READER: "lecteur",
}


def demo_accounts(settings: Settings, ledger: ConventionLedger) -> int:
    """An account of the web interface per demo actor (those holding a ``demo-`` token),
    for the development sign-in; a store loaded by an earlier version gets them too."""
    tokens = Tokens.for_settings(settings)
    accounts = build_accounts(settings, ledger, tokens)
    made = 0
    for actor in tokens.actors("demo-"):
        if accounts.store.by_actor(actor.actor_id) is not None:
            continue
        party = ledger.parties.party_names([actor.party_id]).get(actor.party_id) if actor.party_id else None
        role = ROLE_LABELS.get(actor.role, actor.role.value)
        accounts.invite(
            email=f"{actor.actor_id}@demo.invalid",
            role=actor.role,
            party_id=actor.party_id,
            display_name=f"{party} — {role}" if party else wording.sentence(role),
            actor=DEMO_LOADER,
            actor_id=actor.actor_id,
        )
        made += 1
    return made


DEMO_LOADER = Actor("demo-chargement", ActorRole.SYSTEM)


def demo(settings: Settings) -> None:
    """Load the demo data set once (skipped if the store already holds events), issue a
    development token per demo actor, written to var/demo-tokens.txt, and open their accounts
    for the development sign-in of the web interface."""
    ledger = build_ledger(settings)
    if ledger.recorder.max_notification_id():
        print(f"La base {settings.database_url} contient déjà des événements : démo non rechargée.")
        demo_accounts(settings, ledger)
        return
    with shown("Chargement de la démo (situations)", len(SITUATIONS)) as progress:
        ids = load_demo(ledger, progress)
    tokens = Tokens.for_settings(settings)
    lines = ["# Jetons de développement (générés par `conventions demo`). Ne pas publier.", ""]
    for actor in (
        Actor("demo-admin", ActorRole.ADMIN),
        Actor("demo-auditeur-crc", ActorRole.AUDITOR),
        *ids.actors.values(),
    ):
        token = tokens.issue(actor)
        lines.append(f"{actor.actor_id}\t{actor.role.value}\t{actor.party_id or '-'}\t{token}")
    DEMO_TOKENS.parent.mkdir(parents=True, exist_ok=True)
    DEMO_TOKENS.write_text("\n".join(lines) + "\n")
    DEMO_TOKENS.chmod(0o600)
    demo_accounts(settings, ledger)
    print(
        f"Démo chargée : {len(ids.parties)} parties, {len(ids.conventions)} conventions, "
        f"{ledger.recorder.max_notification_id()} événements. Jetons : {DEMO_TOKENS}"
    )


_HELD: list[Any] = []
"""The lock files this process holds, open for as long as it runs."""


def hold_the_embedded_store(settings: Settings) -> bool:
    """One API process per SQLite file: several would contend for its single writer and
    answer errors under load (measured in issue 16: 13–21 % of writes from 3 processes). The
    first server takes an exclusive lock beside the file; another one finds it taken and is
    refused at start. Command-line work (verify, checkpoint, scan-deadlines…) is not
    concerned: it runs beside the server, one command at a time."""
    if not settings.database_url.startswith("sqlite:"):
        return True
    lock = Path(sqlite_path(settings.database_url) + ".serveur.lock")
    handle = lock.open("a")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return False
    _HELD.append(handle)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="conventions")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="start the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--demo", action="store_true", help="load the demo data first if the store is empty")
    commands.add_parser("demo", help="load the demo data set into an empty store")
    worker = commands.add_parser(
        "worker", help="run the alert process and the read models, following the log"
    )
    worker.add_argument("--once", action="store_true", help="catch up once and exit")
    scan = commands.add_parser("scan-deadlines", help="raise the deadline alerts due on a date (cron)")
    scan.add_argument("--as-of", type=date.fromisoformat, default=None, help="ISO date (default: today)")
    commands.add_parser("rebuild-views", help="empty the read models and rebuild them from the log")
    commands.add_parser(
        "check-views", help="compare the read models with a rebuild made aside (exit 1 if they differ)"
    )
    token = commands.add_parser("create-token", help="issue a bearer token (printed once)")
    token.add_argument("--actor-id", required=True)
    token.add_argument("--role", required=True, choices=[r.value for r in ActorRole])
    token.add_argument("--party-id", type=UUID)
    revoke = commands.add_parser("revoke-token", help="revoke an actor's token (its next request is 401)")
    revoke.add_argument("--actor-id", required=True)
    verify = commands.add_parser(
        "verify", help="recompute the audit hash chain and check it against the signed checkpoints"
    )
    verify.add_argument("--after", type=int, default=0, help="from the event after this position")
    verify.add_argument("--until", type=int, default=None, help="up to this position")
    verify.add_argument(
        "--checkpoint",
        type=Path,
        action="append",
        default=[],
        help="a signed checkpoint the auditor holds (JSON, as exported or witnessed): the chain must extend it",
    )
    commands.add_parser("checkpoint", help="sign a checkpoint of the audit chain's head now")
    invite = commands.add_parser("invite", help="open a web account for a person (party and role)")
    invite.add_argument("--email", required=True)
    invite.add_argument(
        "--role", required=True, choices=[r.value for r in ActorRole if r is not ActorRole.SYSTEM]
    )
    invite.add_argument("--party-id", type=UUID)
    invite.add_argument(
        "--name", required=True, help="the name shown (e.g. « Direction financière, Office X »)"
    )
    invite.add_argument("--siret", help="the establishment the person must sign in from (ProConnect)")
    revoke_account = commands.add_parser("revoke-account", help="close a web account (signed out at once)")
    revoke_account.add_argument("--actor-id", required=True)
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
    except ConfigurationError as error:
        print(error, file=sys.stderr)
        return 2
    configure_logging(settings.log_format, settings.log_level)
    tune_garbage_collector()
    if args.command == "demo":
        demo(settings)
    elif args.command in ("invite", "revoke-account"):
        ledger = build_ledger(settings)
        accounts = build_accounts(settings, ledger)
        try:
            if args.command == "invite":
                account = accounts.invite(
                    email=args.email,
                    role=ActorRole(args.role),
                    party_id=args.party_id,
                    display_name=args.name,
                    actor=CLI_ADMIN,
                    siret=args.siret,
                )
                print(f"Compte ouvert : {account.actor_id} ({account.email}, {account.role.value}).")
            else:
                account = accounts.revoke(args.actor_id, CLI_ADMIN)
                print(f"Compte fermé : {account.actor_id}.")
        except DomainError as error:
            print(error.detail, file=sys.stderr)
            return 1
    elif args.command == "create-token":
        tokens = Tokens.for_settings(settings)
        actor = Actor(args.actor_id, ActorRole(args.role), args.party_id)
        try:
            build_accounts(settings, build_ledger(settings), tokens).check_token_matches(actor)
        except DomainError as error:
            print(error.detail, file=sys.stderr)
            return 1
        print(tokens.issue(actor))
    elif args.command == "revoke-token":
        revoked = Tokens.for_settings(settings).revoke(args.actor_id)
        print("Jeton révoqué." if revoked else f"Aucun jeton pour {args.actor_id}.")
    elif args.command == "worker":
        read_side = build_read_side(settings, build_ledger(settings))
        _, webhooks = build_webhooks(settings, read_side.ledger, read_side)
        if args.once:
            read_side.settle()  # safe beside a running worker: each follower is exactly-once
            lease = lease_for(settings.database_url)
            if lease.acquire():  # the webhooks only from the lease's holder: never twice
                webhooks.deliver_due()
                lease.release()
        else:
            leased = build_worker(settings, read_side, webhooks)
            leased.start()
            with contextlib.suppress(KeyboardInterrupt):
                while True:
                    time.sleep(3600)
            leased.stop()
        print(f"Retard (événements) : {read_side.lag()}")
    elif args.command == "scan-deadlines":
        as_of = args.as_of or datetime.now(UTC).date()
        report = build_ledger(settings).alerts.scan_deadlines(as_of, Actor("planificateur", ActorRole.SYSTEM))
        print(
            f"Échéances au {as_of:%d/%m/%Y} : {report.conventions_scanned} conventions examinées, "
            f"{report.alerts_raised} alertes déclenchées."
        )
    elif args.command == "check-views":
        ledger = build_ledger(settings)
        differences = views_differences(settings, ledger)
        ledger.close()
        if not differences:
            print("Conformes : les vues de lecture sont celles que redonnent les événements.")
            return 0
        for table, (missing, extra) in differences.items():
            print(f"DIFFÈRE {table} : {missing} ligne(s) manquante(s), {extra} en trop ou modifiée(s).")
        print("Reconstruisez-les depuis les événements : conventions rebuild-views.")
        return 1
    elif args.command == "rebuild-views":
        read_side = build_read_side(settings, build_ledger(settings))
        read_side.ledger.alert_process.process()
        projector = read_side.projector
        with shown(
            "Reconstruction des vues (événements)", read_side.ledger.history.last_position()
        ) as progress:
            count = projector.rebuild(progress)
        print(f"Vues {', '.join(projector.tables)} reconstruites : {count} événements rejoués.")
    elif args.command == "verify":
        # The ledger is held until the end: the library closes its store when it is collected.
        ledger = build_ledger(settings)
        held = [json.loads(path.read_text()) for path in args.checkpoint]
        with shown(
            "Vérification de la chaîne (événements)", args.until or ledger.history.last_position()
        ) as progress:
            verification = build_audit_trail(settings, ledger).verify(
                args.after, args.until, held=held, progress=progress
            )
        ledger.close()
        print(
            f"{verification.events_checked} événements vérifiés en {verification.seconds:.2f} s, "
            f"{verification.checkpoints_checked} points de contrôle signés."
        )
        if verification.ok:
            print("Intègre : la chaîne et les points de contrôle correspondent au journal.")
            return 0
        print(
            f"ALTÉRÉ : {verification.discrepancies_total} anomalie(s), la première à la position {verification.first_position}."
        )
        for discrepancy in verification.discrepancies[:10]:
            print(f"  position {discrepancy.position} [{discrepancy.kind}] {discrepancy.detail}")
        return 1
    elif args.command == "checkpoint":
        ledger = build_ledger(settings)
        checkpoint = build_audit_trail(settings, ledger).checkpoint()
        ledger.close()
        print(
            f"Point de contrôle signé : {checkpoint['tree_size']} événements, position "
            f"{checkpoint['head_position']}, racine {checkpoint['root']}, clé {checkpoint['key_id']}."
        )
    elif args.command == "serve":
        import uvicorn

        if not hold_the_embedded_store(settings):
            print(
                f"Un autre serveur de la plateforme utilise déjà {settings.database_url}. Le stockage "
                "embarqué (SQLite) ne sert qu'un processus d'API à la fois : pour plusieurs processus "
                "ou machines, utilisez PostgreSQL (DATABASE_URL=postgresql://…).",
                file=sys.stderr,
            )
            return 2
        if args.demo:
            demo(settings)
            # The development sign-in (pick a demo actor) exists only where the demo is loaded.
            os.environ["DEMO_SIGN_IN"] = "true"
            # The demo is a picture of November 2022 (its own scan ran as of then): a scan as of
            # today would raise today's deadlines on it.
            os.environ.setdefault("DAILY_DEADLINE_SCAN", "false")
        uvicorn.run("infrastructure.bootstrap:asgi_app", factory=True, host=args.host, port=args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
