"""Accounts: who may sign in to the web interface, as which actor (issue 17).

An administrator invites a person by e-mail for one party and one role; the person then signs
in through the identity federation (ProConnect for public agents), which states their e-mail
and the SIRET of their organisation. That identity is matched to the account: the e-mail
(case-insensitive) and, when the account names one, the SIRET. The account *is* the actor of
the events the person records (its id is the ``actor_id``; no name in the events).

Like the people registry, accounts are rows of the store's database, not events: they are
access rights, revoked and re-issued, holding personal data (an e-mail).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Protocol
from uuid import UUID, uuid4

from application.authorization import check_may_administer
from domain.errors import (
    AccountAlreadyExistsError,
    AccountNotFoundError,
    AccountOrganisationMismatchError,
    InvalidValueError,
)
from domain.identifiers import check_siret
from domain.values import NAME_MAX_LENGTH, Actor, ActorRole, check_label

EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,185}\.[^@\s]{2,}$")

PARTY_ROLES = (ActorRole.READER, ActorRole.EDITOR, ActorRole.SIGNATORY)
"""Roles exercised for a party; auditors and administrators act for none."""


@dataclass(frozen=True)
class Account:
    actor_id: str
    email: str
    role: ActorRole
    party_id: UUID | None
    display_name: str
    invited_at: datetime
    invited_by: str
    siret: str | None = None
    revoked_at: datetime | None = None

    @property
    def actor(self) -> Actor:
        return Actor(self.actor_id, self.role, self.party_id)


@dataclass(frozen=True)
class Identity:
    """What the identity provider states about the person who signed in."""

    email: str
    siret: str | None = None


class AccountStore(Protocol):
    def add(self, account: Account) -> None: ...

    def by_actor(self, actor_id: str) -> Account | None: ...

    def by_email(self, email: str) -> Account | None: ...

    def replace(self, account: Account) -> None: ...

    def all(self) -> list[Account]: ...


def normalised_email(value: str) -> str:
    text = value.strip().lower()
    if not EMAIL.match(text):
        raise InvalidValueError(f"L'adresse électronique « {value[:80]} » n'est pas valide.")
    return text


class Accounts:
    """The accounts, and what closing one closes with it: ``on_revoke`` is given the actor id
    (the platform closes the actor's API token there, so that a person whose account is closed
    can no more write through the API than sign in)."""

    def __init__(
        self,
        store: AccountStore,
        party_exists: Callable[[UUID], object],
        on_revoke: Callable[[str], object] = lambda _: None,
    ) -> None:
        self.store = store
        self._party_exists = party_exists
        self._on_revoke = on_revoke

    def invite(
        self,
        *,
        email: str,
        role: ActorRole,
        party_id: UUID | None,
        display_name: str,
        actor: Actor,
        siret: str | None = None,
        actor_id: str | None = None,
    ) -> Account:
        """Rules:
        - only an administrator (or the system) invites;
        - a reader, editor or signatory acts for a party that exists; an auditor or an
          administrator acts for none;
        - one account per e-mail address;
        - a SIRET, when given, is valid (the person must then sign in from that
          establishment)."""
        check_may_administer(actor)
        if role is ActorRole.SYSTEM:
            raise InvalidValueError("Le rôle « system » est réservé aux traitements de la plateforme.")
        if role in PARTY_ROLES and party_id is None:
            raise InvalidValueError(f"Un compte « {role.value} » agit pour une partie : indiquez-la.")
        if role not in PARTY_ROLES and party_id is not None:
            raise InvalidValueError(f"Un compte « {role.value} » n'agit pour aucune partie.")
        if party_id is not None:
            self._party_exists(party_id)  # raises PartyNotFoundError
        address = normalised_email(email)
        if self.store.by_email(address) is not None:
            raise AccountAlreadyExistsError(
                f"Un compte existe déjà pour {address} : un même agent n'est invité qu'une fois."
            )
        account = Account(
            actor_id=actor_id or f"compte-{uuid4()}",
            email=address,
            role=role,
            party_id=party_id,
            display_name=check_label(display_name, "Le nom affiché du compte", max_length=NAME_MAX_LENGTH),
            invited_at=datetime.now(UTC),
            invited_by=actor.actor_id,
            siret=check_siret(siret) if siret else None,
        )
        self.store.add(account)
        return account

    def sign_in(self, identity: Identity) -> Account:
        """The account this identity signs in to. Rules: an account was opened for the
        e-mail and is not revoked; when it names a SIRET, the provider states that one."""
        address = identity.email.strip().lower()
        account = self.store.by_email(address)
        if account is None or account.revoked_at is not None:
            raise AccountNotFoundError(
                f"Aucun compte n'est ouvert pour {address[:200]} sur la plateforme : demandez à "
                "l'administrateur de vous inviter (pour votre organisme et votre rôle)."
            )
        if account.siret is not None and (identity.siret or "").replace(" ", "") != account.siret:
            raise AccountOrganisationMismatchError(
                f"Ce compte est ouvert pour l'établissement SIRET {account.siret} ; vous êtes "
                f"connecté pour {identity.siret or 'aucun établissement'}. Choisissez le bon "
                "organisme auprès du fournisseur d'identité."
            )
        return account

    def active(self, actor_id: str) -> Account | None:
        """The account of a session, unless revoked since (checked on every page)."""
        account = self.store.by_actor(actor_id)
        return account if account is not None and account.revoked_at is None else None

    def revoke(self, actor_id: str, actor: Actor) -> Account:
        """Rules: only an administrator revokes; the next page of a signed-in session is the
        sign-in page, the next request with the actor's API token is refused. Revoking twice
        changes nothing."""
        check_may_administer(actor)
        account = self.store.by_actor(actor_id)
        if account is None:
            raise AccountNotFoundError(f"Aucun compte {actor_id[:100]}.")
        if account.revoked_at is not None:
            return account
        revoked = replace(account, revoked_at=datetime.now(UTC))
        self.store.replace(revoked)
        self._on_revoke(actor_id)
        return revoked

    def check_token_matches(self, actor: Actor) -> None:
        """A token issued for an actor who has an account acts as that account: same role, same
        party, and not once the account is closed."""
        account = self.store.by_actor(actor.actor_id)
        if account is None:
            return
        if account.revoked_at is not None:
            raise AccountNotFoundError(f"Le compte {actor.actor_id[:100]} est fermé : aucun jeton pour lui.")
        if (account.role, account.party_id) != (actor.role, actor.party_id):
            raise InvalidValueError(
                f"Le compte {actor.actor_id[:100]} agit comme « {account.role.value} » pour "
                f"{account.party_id or 'aucune partie'} : son jeton agit de même."
            )

    def listed(self) -> list[Account]:
        return sorted(self.store.all(), key=lambda a: (a.display_name.lower(), a.actor_id))


class MemoryAccountStore:
    def __init__(self) -> None:
        self._accounts: dict[str, Account] = {}

    def add(self, account: Account) -> None:
        self._accounts[account.actor_id] = account

    def by_actor(self, actor_id: str) -> Account | None:
        return self._accounts.get(actor_id)

    def by_email(self, email: str) -> Account | None:
        return next((a for a in self._accounts.values() if a.email == email), None)

    def replace(self, account: Account) -> None:
        self.add(account)

    def all(self) -> list[Account]:
        return list(self._accounts.values())
