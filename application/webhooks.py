"""Webhooks: a party's information systems told of each event it may read, pushed and signed
as the Standard Webhooks specification says (https://www.standardwebhooks.com/), rather than
polling the feed or holding a stream open.

A subscription belongs to a party: its URL, the event types it wants (none said: all), its
secret (``whsec_…``, shown once), and its cursor — the position of the log up to which it has
been served. Deliveries follow the log in order, filtered by the same read rule as the party's
feed (``HistoryDesk.readable_feed``); the cursor moves only past an event the receiver
acknowledged (2xx) or that is not for it, so a receiver that is down loses nothing: it gets
everything, in order, once back. Each delivery is retried with a growing delay; every attempt
is logged. The delivery itself (HTTP, signatures) is infrastructure/webhooks.py.

Subscriptions are configuration, not facts of a convention: rows, not events (like accounts).
"""

from __future__ import annotations

import base64
import ipaddress
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Protocol
from urllib.parse import urlparse
from uuid import UUID, uuid4

import structlog

from application.authorization import NotAuthorizedError, check_may_manage_party, sees_everything
from domain.errors import InvalidValueError, WebhookNotFoundError
from domain.values import Actor, check_text

log = structlog.get_logger("webhooks")

URL_MAX_LENGTH = 2000
MAX_SUBSCRIPTIONS_PER_PARTY = 20


@dataclass(frozen=True)
class Subscription:
    subscription_id: UUID
    party_id: UUID
    url: str
    event_types: tuple[str, ...]  # as the feed names them (`Signed`, `Convention.Signed`); () = all
    secret: str  # whsec_<base64>: the receiver verifies signatures with it
    created_at: datetime
    created_by: str
    cursor: int  # the last position of the log served (delivered, or not for it)
    active: bool = True
    failures: int = 0  # consecutive failed attempts at the event after the cursor
    next_attempt_at: datetime | None = None
    last_error: str | None = None


@dataclass(frozen=True)
class Delivery:
    subscription_id: UUID
    position: int
    webhook_id: str  # the event's stable id: the receiver's key against duplicates
    event_type: str
    attempted_at: datetime
    attempt: int
    status: int | None  # the receiver's HTTP status, None when it could not be reached
    error: str | None = None

    @property
    def delivered(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


class WebhookStore(Protocol):
    def add(self, subscription: Subscription) -> None: ...

    def get(self, subscription_id: UUID) -> Subscription | None: ...

    def of_party(self, party_id: UUID) -> list[Subscription]: ...

    def active(self) -> list[Subscription]: ...

    def replace(self, subscription: Subscription) -> None: ...

    def record(self, delivery: Delivery) -> None: ...

    def deliveries(self, subscription_id: UUID, limit: int, offset: int) -> list[Delivery]: ...


def new_secret() -> str:
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def check_url(url: str) -> str:
    """HTTPS, or HTTP to this machine (a receiver under test, a local relay): the events a
    party reads are not sent in clear over a network."""
    check_text(url, "L'adresse du webhook")
    url = url.strip()
    if len(url) > URL_MAX_LENGTH:
        raise InvalidValueError(f"L'adresse du webhook dépasse {URL_MAX_LENGTH} caractères.")
    parsed = urlparse(url)
    if parsed.scheme not in ("https", "http") or not parsed.hostname:
        raise InvalidValueError("L'adresse du webhook doit être une URL https://… complète.")
    if parsed.scheme == "http" and not _loopback(parsed.hostname):
        raise InvalidValueError(
            "L'adresse du webhook doit être en https:// : les événements ne circulent pas en clair "
            "(http:// n'est admis que vers cette machine, pour un essai)."
        )
    if parsed.username or parsed.password:
        raise InvalidValueError(
            "L'adresse du webhook ne porte pas d'identifiants : le destinataire vérifie la signature."
        )
    return url


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class WebhookRegistry:
    def __init__(
        self,
        store: WebhookStore,
        party_exists: Callable[[UUID], object],
        topics_of: Callable[[list[str]], tuple[str, ...]],
        last_position: Callable[[], int],
    ) -> None:
        self.store = store
        self._party_exists = party_exists
        self._topics_of = topics_of
        self._last_position = last_position

    def subscribe(self, party_id: UUID, url: str, event_types: list[str], actor: Actor) -> Subscription:
        """Rules: the administrator, or an editor or signatory of the party, subscribes it; the
        URL is HTTPS (HTTP only to this machine); the types are the feed's (none: all); at
        most 20 subscriptions per party. It is served from now on (replay to go back)."""
        check_may_manage_party(actor, party_id, "ses webhooks")
        self._party_exists(party_id)
        url = check_url(url)
        self._topics_of(event_types)  # unknown types refused, named
        live = [s for s in self.store.of_party(party_id) if s.active]
        if len(live) >= MAX_SUBSCRIPTIONS_PER_PARTY:
            raise InvalidValueError(
                f"Cette partie a déjà {MAX_SUBSCRIPTIONS_PER_PARTY} webhooks actifs : supprimez-en un d'abord."
            )
        subscription = Subscription(
            subscription_id=uuid4(),
            party_id=party_id,
            url=url,
            event_types=tuple(dict.fromkeys(event_types)),
            secret=new_secret(),
            created_at=datetime.now(UTC),
            created_by=actor.actor_id,
            cursor=self._last_position(),
        )
        self.store.add(subscription)
        log.info(
            "webhook.subscribed",
            subscription_id=str(subscription.subscription_id),
            party_id=str(party_id),
            actor_id=actor.actor_id,
        )
        return subscription

    def of_party(self, party_id: UUID, actor: Actor) -> list[Subscription]:
        """The party's own people, auditors and the administrator read its subscriptions."""
        if not (sees_everything(actor) or actor.party_id == party_id):
            raise NotAuthorizedError(
                "Seuls la partie, les auditeurs et l'administrateur voient ses webhooks."
            )
        return self.store.of_party(party_id)

    def read(self, party_id: UUID, subscription_id: UUID, actor: Actor) -> Subscription:
        found = self.store.get(subscription_id)
        if (
            found is None
            or found.party_id != party_id
            or not (sees_everything(actor) or actor.party_id == party_id)
        ):
            raise WebhookNotFoundError(f"Aucun webhook {subscription_id} pour cette partie.")
        return found

    def replay(self, party_id: UUID, subscription_id: UUID, after: int, actor: Actor) -> Subscription:
        """Serve the subscription again from a position of the log (0: from the start): what
        the receiver lost, or a new receiver filled with the history. Rules: the party's
        editors and signatories, or the administrator; a position the log has reached."""
        subscription = self.read(party_id, subscription_id, actor)
        check_may_manage_party(actor, party_id, "ses webhooks")
        last = self._last_position()
        if not 0 <= after <= last:
            raise InvalidValueError(f"La position doit être entre 0 et {last}, la fin du journal.")
        replayed = replace(
            subscription, cursor=after, active=True, failures=0, next_attempt_at=None, last_error=None
        )
        self.store.replace(replayed)
        log.info(
            "webhook.replayed", subscription_id=str(subscription_id), after=after, actor_id=actor.actor_id
        )
        return replayed

    def unsubscribe(self, party_id: UUID, subscription_id: UUID, actor: Actor) -> Subscription:
        """Stop the deliveries; the subscription and its log stay readable."""
        subscription = self.read(party_id, subscription_id, actor)
        check_may_manage_party(actor, party_id, "ses webhooks")
        stopped = replace(subscription, active=False)
        self.store.replace(stopped)
        log.info("webhook.stopped", subscription_id=str(subscription_id), actor_id=actor.actor_id)
        return stopped

    def deliveries(
        self, party_id: UUID, subscription_id: UUID, actor: Actor, limit: int = 100, offset: int = 0
    ) -> list[Delivery]:
        """Every attempt, most recent first: when, which event, the receiver's answer."""
        self.read(party_id, subscription_id, actor)
        return self.store.deliveries(subscription_id, limit, offset)
