"""The registry of people: who signs, deliberates or acts for a party, with the details that are
personal data (name, function, contact). It is deliberately not event-sourced: its rows can be
erased (RGPD art. 17) while the immutable events that refer to a person by id stay as they were.
Erasure blanks the details and keeps the id, the party and the date of erasure, so an event's
reference still says « a person of this party, erased on … » instead of dangling.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Protocol
from uuid import UUID, uuid4

from application.authorization import check_may_manage_party, sees_everything
from domain.errors import InvalidValueError, PersonNotFoundError
from domain.people import PersonRef
from domain.values import NAME_MAX_LENGTH, Actor, check_label

EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,185}\.[^@\s]{2,}$")
PHONE = re.compile(r"^\+?[0-9 .()-]{6,30}$")


@dataclass(frozen=True)
class Person:
    person_id: UUID
    party_id: UUID
    full_name: str | None
    function: str | None
    email: str | None
    phone: str | None
    registered_at: datetime
    erased_at: datetime | None = None

    @property
    def ref(self) -> PersonRef:
        return PersonRef(self.person_id, self.party_id, erased=self.erased_at is not None)


class PeopleStore(Protocol):
    def add(self, person: Person) -> None: ...

    def get(self, person_id: UUID) -> Person | None: ...

    def replace(self, person: Person) -> None: ...

    def close(self) -> None: ...


class MemoryPeopleStore:
    def __init__(self) -> None:
        self._people: dict[UUID, Person] = {}
        self._lock = threading.Lock()

    def add(self, person: Person) -> None:
        with self._lock:
            self._people[person.person_id] = person

    def get(self, person_id: UUID) -> Person | None:
        return self._people.get(person_id)

    def replace(self, person: Person) -> None:
        self.add(person)

    def close(self) -> None:
        pass


def _optional(value: str | None, pattern: re.Pattern[str], what: str) -> str | None:
    if value is None or not value.strip():
        return None
    text = value.strip()
    if not pattern.match(text):
        raise InvalidValueError(f"{what} « {text[:80]} » n'est pas valide.")
    return text


class PeopleRegistry:
    def __init__(self, store: PeopleStore, party_exists: Callable[[UUID], object]) -> None:
        self.store = store
        self._party_exists = party_exists

    def register(
        self,
        party_id: UUID,
        full_name: str,
        function: str,
        actor: Actor,
        email: str | None = None,
        phone: str | None = None,
    ) -> Person:
        """Rules:
        - the administrator, or an editor or signatory of the party, registers its people;
        - the party exists; the name and function are given; e-mail and phone, if given, are
          well-formed."""
        check_may_manage_party(actor, party_id, "ses personnes")
        self._party_exists(party_id)  # raises PartyNotFoundError
        person = Person(
            person_id=uuid4(),
            party_id=party_id,
            full_name=check_label(full_name, "Le nom de la personne", max_length=NAME_MAX_LENGTH),
            function=check_label(function, "La fonction de la personne", max_length=NAME_MAX_LENGTH),
            email=_optional(email, EMAIL, "L'adresse électronique"),
            phone=_optional(phone, PHONE, "Le numéro de téléphone"),
            registered_at=datetime.now(UTC),
        )
        self.store.add(person)
        return person

    def read(self, person_id: UUID, actor: Actor) -> Person:
        """Who sees everything and the person's own party read the entry; for anyone else it
        does not exist (404, as for an unknown id)."""
        person = self.store.get(person_id)
        if person is None or not (sees_everything(actor) or actor.party_id == person.party_id):
            raise _not_found(person_id)
        return person

    def erase(self, person_id: UUID, actor: Actor) -> Person:
        """Rules: the administrator, or an editor or signatory of the person's party, erases the
        details; the id, the party and the date stay. Erasing twice changes nothing."""
        person = self.read(person_id, actor)
        check_may_manage_party(actor, person.party_id, "ses personnes")
        if person.erased_at is not None:
            return person
        erased = replace(
            person, full_name=None, function=None, email=None, phone=None, erased_at=datetime.now(UTC)
        )
        self.store.replace(erased)
        return erased

    def ref(self, person_id: UUID) -> PersonRef | None:
        person = self.store.get(person_id)
        return person.ref if person is not None else None


def _not_found(person_id: UUID) -> PersonNotFoundError:
    return PersonNotFoundError(f"Aucune personne enregistrée sous l'identifiant {person_id}.")
