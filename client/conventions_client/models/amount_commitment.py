from enum import StrEnum


class AmountCommitment(StrEnum):
    ENVELOPPE_CONDITIONNELLE = "enveloppe_conditionnelle"
    FERME = "ferme"
    PLAFOND = "plafond"

    def __str__(self) -> str:
        return str(self.value)
