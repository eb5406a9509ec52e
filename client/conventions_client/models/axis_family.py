from enum import StrEnum


class AxisFamily(StrEnum):
    DEVELOPPEMENT_PATRIMONIAL = "developpement_patrimonial"
    GESTION_INTERNE = "gestion_interne"
    POLITIQUE_SOCIALE = "politique_sociale"
    STRATEGIE_TERRITORIALE = "strategie_territoriale"

    def __str__(self) -> str:
        return str(self.value)
