from enum import StrEnum


class AvenantStatus(StrEnum):
    IN_FORCE = "in_force"
    PROPOSED = "proposed"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
