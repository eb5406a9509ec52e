"""A party's establishment (its SIRET): the number open data (the SCDL's ``idAttribuant``,
``idBeneficiaire``) and the identity federation name an organisation's seat by. Every party
has a SIREN from its registration; its SIRET is recorded when known."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventsourcing.domain import Aggregate, event

from domain import wording
from domain.errors import InvalidSirenError
from domain.identifiers import check_siret
from domain.values import Actor


class Establishment(Aggregate):
    """Base of every party (collectivités, offices and other organismes, Sociétés de
    Coordination): the SIRET of its seat."""

    if TYPE_CHECKING:  # declared for type checkers only: annotations would become event fields
        siren: str
        name: str
        siret: str | None

    siret = None  # until recorded (and for parties registered before it could be)

    def record_siret(self, siret: str, actor: Actor) -> bool:
        """Rules: a valid SIRET (14 digits, Luhn) of the party's own SIREN. Recording the same
        again records nothing; returns whether it changed."""
        siret = check_siret(siret)
        if siret[:9] != self.siren:
            raise InvalidSirenError(
                f"Le SIRET {siret} n'est pas un établissement {wording.of(self.name)} (SIREN {self.siren}) : "
                "ses neuf premiers chiffres sont le SIREN de l'organisme."
            )
        if siret == self.siret:
            return False
        self._record_siret(siret, actor)
        return True

    @event("SiretRecorded")
    def _record_siret(self, siret: str, actor: Actor) -> None:
        self.siret = siret
