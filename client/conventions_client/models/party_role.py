from enum import StrEnum


class PartyRole(StrEnum):
    ADHERENT = "adherent"
    BENEFICIAIRE = "beneficiaire"
    SIGNATAIRE = "signataire"

    def __str__(self) -> str:
        return str(self.value)
