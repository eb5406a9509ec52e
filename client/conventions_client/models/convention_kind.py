from enum import StrEnum


class ConventionKind(StrEnum):
    CHARTE_D_ENGAGEMENT = "charte_d_engagement"
    CONTRAT_DE_PLAN = "contrat_de_plan"
    CONTRAT_TERRITORIAL = "contrat_territorial"
    CONVENTION_OUVERTE = "convention_ouverte"
    OPERATION = "operation"
    RATTACHEMENT = "rattachement"
    SC_IMPLANTATION = "sc_implantation"

    def __str__(self) -> str:
        return str(self.value)
