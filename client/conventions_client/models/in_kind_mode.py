from enum import StrEnum


class InKindMode(StrEnum):
    BAIL = "bail"
    CESSION = "cession"
    MISE_A_DISPOSITION = "mise_a_disposition"
    VIABILISATION = "viabilisation"

    def __str__(self) -> str:
        return str(self.value)
