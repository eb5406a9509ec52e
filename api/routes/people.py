"""The registry of people (signatories, elected officials, agents): personal data kept out of the
events, so that it can be erased. Events refer to a person by id only."""

from __future__ import annotations

from uuid import UUID

from api import routing
from api.deps import CurrentActor, Ledger, Writer, acting_party
from api.schemas import PersonCreate, PersonPublic
from application.people import Person

router = routing.router(prefix="/people", tags=["people"])


def person_public(person: Person) -> PersonPublic:
    return PersonPublic(
        id=person.person_id,
        party_id=person.party_id,
        full_name=person.full_name,
        function=person.function,
        email=person.email,
        phone=person.phone,
        registered_at=person.registered_at,
        erased_at=person.erased_at,
    )


@router.post("", status_code=201)
def register_person(body: PersonCreate, ledger: Writer, actor: CurrentActor) -> PersonPublic:
    """The administrator, or an editor or signatory of the party, registers one of its people."""
    party_id = acting_party(actor, body.party_id)
    person = ledger.people.register(party_id, body.full_name, body.function, actor, body.email, body.phone)
    return person_public(person)


@router.get("/{person_id}")
def read_person(person_id: UUID, ledger: Ledger, actor: CurrentActor) -> PersonPublic:
    """Readable by the person's party, auditors and the administrator; 404 for anyone else."""
    return person_public(ledger.people.read(person_id, actor))


@router.delete("/{person_id}")
def erase_person(person_id: UUID, ledger: Writer, actor: CurrentActor) -> PersonPublic:
    """Erasure (RGPD art. 17): name, function and contact details are blanked; the id, the party
    and the date of erasure stay, so the events that name the person still resolve to « effacé »."""
    return person_public(ledger.people.erase(person_id, actor))
