from enum import StrEnum


class Direction(StrEnum):
    HIGHER_IS_BETTER = "higher_is_better"
    LOWER_IS_BETTER = "lower_is_better"

    def __str__(self) -> str:
        return str(self.value)
