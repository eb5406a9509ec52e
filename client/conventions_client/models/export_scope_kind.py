from enum import StrEnum


class ExportScopeKind(StrEnum):
    COLLECTIVITE = "collectivite"
    CONVENTION = "convention"
    OFFICE = "office"
    SOCIETE = "societe"

    def __str__(self) -> str:
        return str(self.value)
