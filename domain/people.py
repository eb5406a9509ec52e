"""People — signatories, elected officials, agents — as the rules see them: by id.

Their names and contact details are personal data and never enter an event: they live in an
erasable registry (application/people.py) and events carry only the person's id. What a rule
needs to know of a person is which party they act for and whether their details were erased.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from domain.errors import PersonErasedError, PersonNotFoundError, PersonNotOfPartyError


@dataclass(frozen=True)
class PersonRef:
    person_id: UUID
    party_id: UUID
    erased: bool


def check_signatory(person: PersonRef | None, person_id: UUID, party_id: UUID) -> UUID:
    """The person who signs for a party is registered, for that party, and not erased."""
    if person is None:
        raise PersonNotFoundError(
            f"Aucune personne enregistrée sous l'identifiant {person_id} : enregistrez le "
            "signataire dans le registre des personnes (POST /people) avant de le désigner."
        )
    if person.erased:
        raise PersonErasedError(
            f"Les données de la personne {person_id} ont été effacées : elle ne peut plus être "
            "désignée comme signataire."
        )
    if person.party_id != party_id:
        raise PersonNotOfPartyError(
            f"La personne {person_id} est enregistrée pour une autre partie : le signataire doit "
            "être une personne de la partie qui signe."
        )
    return person_id
