from enum import StrEnum


class AlertStatus(StrEnum):
    ACKNOWLEDGED = "acknowledged"
    DECIDED = "decided"
    DISMISSED = "dismissed"
    EXAMINATION_REQUESTED = "examination_requested"
    OPEN = "open"
    RESOLVED = "resolved"

    def __str__(self) -> str:
        return str(self.value)
