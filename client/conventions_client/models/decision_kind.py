from enum import StrEnum


class DecisionKind(StrEnum):
    CORRECTIVE_PLAN = "corrective_plan"
    OBJECTIVES_REVISED = "objectives_revised"
    SUPPORT_TRIGGERED = "support_triggered"

    def __str__(self) -> str:
        return str(self.value)
