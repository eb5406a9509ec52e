from enum import StrEnum


class CollectiviteConventionRelationsItem(StrEnum):
    OFFICE_RATTACHE = "office_rattache"
    PARTIE = "partie"
    TERRITOIRE = "territoire"

    def __str__(self) -> str:
        return str(self.value)
