from enum import StrEnum


class LatestResultStandingType0(StrEnum):
    ALERT = "alert"
    MET = "met"
    VIGILANCE = "vigilance"

    def __str__(self) -> str:
        return str(self.value)
