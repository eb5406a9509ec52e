from enum import StrEnum


class AlertSeverity(StrEnum):
    ALERTE = "alerte"
    VIGILANCE = "vigilance"

    def __str__(self) -> str:
        return str(self.value)
