from enum import StrEnum


class TimelineEntryStream(StrEnum):
    ALERTES = "alertes"
    CONVENTION = "convention"

    def __str__(self) -> str:
        return str(self.value)
