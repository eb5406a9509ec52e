from enum import StrEnum


class CollectiviteConventionRelationsItem(StrEnum):
    OFFICE_RATTACHE = "office_rattache"
    PARTIE = "partie"
    SOCIETE_DE_L_OFFICE = "societe_de_l_office"
    TERRITOIRE = "territoire"

    def __str__(self) -> str:
        return str(self.value)
