"""Who may do what: the one policy every use case asks (issue 7 extends it to reads).

- an administrator registers parties and records their changes (SC membership, rattachement,
  fusion); it never acts inside a convention;
- an editor or a signatory of a party prepares and executes the conventions of its party;
- only a signatory acting for a party signs (or adheres) for that party;
- the system actor (demo loader, scheduled jobs) may do everything;
- readers and auditors only read.

Reads: administrators, auditors and the system read everything; an actor of a party reads
a convention (its terms, history, alerts, timeline) only if its party is one of the
convention's readers — the rule has one home, ``domain.readers``, which the read models store
(``convention_readers``) for their lists. Anyone else is told the convention does not exist
(404, the same words as for an unknown id): whether a convention exists is itself
information.
"""

from __future__ import annotations

from uuid import UUID

from domain.convention import Convention
from domain.values import Actor, ActorRole


class NotAuthorizedError(Exception):
    """The actor is authenticated but may not do this."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


WRITERS = (ActorRole.EDITOR, ActorRole.SIGNATORY)


def check_may_administer(actor: Actor) -> None:
    if actor.role not in (ActorRole.ADMIN, ActorRole.SYSTEM):
        raise NotAuthorizedError(
            "Seul un administrateur de la plateforme enregistre les parties et leurs changements."
        )


def check_may_prepare(actor: Actor, party_ids: tuple[UUID, ...]) -> None:
    """Draft or execute a convention: an editor or signatory of one of its parties."""
    if actor.role is ActorRole.SYSTEM:
        return
    if actor.role not in WRITERS or actor.party_id not in party_ids:
        raise NotAuthorizedError(
            "Seul un rédacteur ou un signataire d'une partie à la convention peut la modifier."
        )


def check_may_act_for(actor: Actor, party_id: UUID, *, signing: bool) -> None:
    """Sign or deliberate for a party: someone of that party (a signatory, to sign)."""
    if actor.role is ActorRole.SYSTEM:
        return
    allowed = (ActorRole.SIGNATORY,) if signing else WRITERS
    if actor.role not in allowed or actor.party_id != party_id:
        raise NotAuthorizedError(
            "Seul un signataire habilité de cette partie peut signer pour elle."
            if signing
            else "Seul un rédacteur ou un signataire de cette partie peut agir pour elle."
        )


def check_may_manage_party(actor: Actor, party_id: UUID, what: str) -> None:
    """What a party keeps outside the events (its people, its webhooks): the administrator, or
    an editor or signatory of the party, manages it."""
    if actor.role is ActorRole.ADMIN:
        return
    if actor.role not in WRITERS or actor.party_id != party_id:
        raise NotAuthorizedError(
            f"Seuls l'administrateur et les rédacteurs ou signataires de la partie gèrent {what}."
        )


def convention_party_ids(convention: Convention) -> tuple[UUID, ...]:
    return tuple(p.party_id for p in convention.latest_terms.parties)


SEES_EVERYTHING = (ActorRole.ADMIN, ActorRole.AUDITOR, ActorRole.SYSTEM)


def sees_everything(actor: Actor) -> bool:
    return actor.role in SEES_EVERYTHING
