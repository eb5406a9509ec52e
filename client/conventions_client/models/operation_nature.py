from enum import StrEnum


class OperationNature(StrEnum):
    ACQUISITION_AMELIORATION = "acquisition_amelioration"
    CONSTRUCTION = "construction"
    DEMOLITION = "demolition"
    REHABILITATION = "rehabilitation"
    RENOUVELLEMENT_URBAIN = "renouvellement_urbain"
    RESIDENTIALISATION = "residentialisation"
    REVITALISATION_CENTRE_BOURG = "revitalisation_centre_bourg"

    def __str__(self) -> str:
        return str(self.value)
