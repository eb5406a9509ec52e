from enum import StrEnum


class OfficeKind(StrEnum):
    COMMUNAL = "communal"
    DEPARTEMENTAL = "departemental"
    INTERCOMMUNAL = "intercommunal"

    def __str__(self) -> str:
        return str(self.value)
