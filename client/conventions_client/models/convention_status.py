from enum import StrEnum


class ConventionStatus(StrEnum):
    DRAFT = "draft"
    EXPIRED = "expired"
    IN_FORCE = "in_force"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
