from enum import StrEnum


class TableForm(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"

    def __str__(self) -> str:
        return str(self.value)
