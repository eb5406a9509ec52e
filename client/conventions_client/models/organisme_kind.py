from enum import StrEnum


class OrganismeKind(StrEnum):
    COOPERATIVE_HLM = "cooperative_hlm"
    ESH = "esh"
    SEM = "sem"

    def __str__(self) -> str:
        return str(self.value)
