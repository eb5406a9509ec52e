from enum import StrEnum


class CollectiviteKind(StrEnum):
    COMMUNAUTE_DE_COMMUNES = "communaute_de_communes"
    COMMUNAUTE_D_AGGLOMERATION = "communaute_d_agglomeration"
    COMMUNAUTE_URBAINE = "communaute_urbaine"
    COMMUNE = "commune"
    DEPARTEMENT = "departement"
    ETABLISSEMENT_PUBLIC_TERRITORIAL = "etablissement_public_territorial"
    METROPOLE = "metropole"
    REGION = "region"

    def __str__(self) -> str:
        return str(self.value)
