from enum import StrEnum


class CommitmentKind(StrEnum):
    MOYENS = "moyens"
    RESULTAT = "resultat"

    def __str__(self) -> str:
        return str(self.value)
