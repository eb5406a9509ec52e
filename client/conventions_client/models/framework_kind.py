from enum import StrEnum


class FrameworkKind(StrEnum):
    ABATTEMENT_TFPB = "abattement_tfpb"
    CIA = "cia"
    CONTRAT_DE_VILLE = "contrat_de_ville"
    CUS = "cus"
    NPNRU = "npnru"
    PACTE_TERRITORIAL = "pacte_territorial"
    PDALHPD = "pdalhpd"
    PDH = "pdh"
    PLH = "plh"
    PSP = "psp"

    def __str__(self) -> str:
        return str(self.value)
