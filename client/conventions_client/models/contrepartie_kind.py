from enum import StrEnum


class ContrepartieKind(StrEnum):
    AIDE_INNOVATION = "aide_innovation"
    AIDE_PAR_LOGEMENT = "aide_par_logement"
    CESSION_FONCIERE = "cession_fonciere"
    FRAIS_DE_GESTION = "frais_de_gestion"
    GARANTIE_EMPRUNT = "garantie_emprunt"
    SOUTIEN_EXTRA_FINANCIER = "soutien_extra_financier"
    SUBVENTION_ANNUELLE = "subvention_annuelle"
    SUBVENTION_SPECIFIQUE = "subvention_specifique"
    TITRES_PARTICIPATIFS = "titres_participatifs"

    def __str__(self) -> str:
        return str(self.value)
