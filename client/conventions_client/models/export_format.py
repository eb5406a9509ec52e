from enum import StrEnum


class ExportFormat(StrEnum):
    CSV = "csv"
    HTML = "html"
    JSONL = "jsonl"
    ZIP = "zip"

    def __str__(self) -> str:
        return str(self.value)
