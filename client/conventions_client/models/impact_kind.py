from enum import StrEnum


class ImpactKind(StrEnum):
    EMPLOIS_LOCAUX = "emplois_locaux"
    ENTREPRISES_LOCALES = "entreprises_locales"
    INVESTISSEMENTS = "investissements"
    PERFORMANCE_ENERGETIQUE = "performance_energetique"
    VACANCE = "vacance"

    def __str__(self) -> str:
        return str(self.value)
