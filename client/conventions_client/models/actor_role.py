from enum import StrEnum


class ActorRole(StrEnum):
    ADMIN = "admin"
    AUDITOR = "auditor"
    EDITOR = "editor"
    READER = "reader"
    SIGNATORY = "signatory"
    SYSTEM = "system"

    def __str__(self) -> str:
        return str(self.value)
