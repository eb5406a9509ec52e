from enum import StrEnum


class StateServiceKind(StrEnum):
    ANRU = "anru"
    PREFECTURE = "prefecture"
    SERVICE_DECONCENTRE = "service_deconcentre"

    def __str__(self) -> str:
        return str(self.value)
