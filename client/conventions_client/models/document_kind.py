from enum import StrEnum


class DocumentKind(StrEnum):
    AVENANT = "avenant"
    BILAN = "bilan"
    CONVENTION = "convention"
    DELIBERATION = "deliberation"

    def __str__(self) -> str:
        return str(self.value)
