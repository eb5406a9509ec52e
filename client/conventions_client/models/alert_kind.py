from enum import StrEnum


class AlertKind(StrEnum):
    AVENANT_UNSIGNED = "avenant_unsigned"
    BILAN_OVERDUE = "bilan_overdue"
    CONTREPARTIE_UNPAID = "contrepartie_unpaid"
    CUMULATIVE = "cumulative"
    EXPIRING_WITHOUT_SUCCESSOR = "expiring_without_successor"
    GOVERNANCE_MISSED = "governance_missed"
    INDICATOR = "indicator"
    PARTY_TO_REGULARISE = "party_to_regularise"

    def __str__(self) -> str:
        return str(self.value)
