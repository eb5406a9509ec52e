from enum import StrEnum


class PartyType(StrEnum):
    COLLECTIVITE = "collectivite"
    ETAT = "etat"
    OFFICE = "office"
    ORGANISME = "organisme"
    SOCIETE_DE_COORDINATION = "societe_de_coordination"

    def __str__(self) -> str:
        return str(self.value)
