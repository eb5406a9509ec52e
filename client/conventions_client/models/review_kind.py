from enum import StrEnum


class ReviewKind(StrEnum):
    FINALE = "finale"
    MI_PARCOURS = "mi_parcours"

    def __str__(self) -> str:
        return str(self.value)
