from enum import StrEnum


class GovernanceBodyKind(StrEnum):
    COMITE_DE_PILOTAGE = "comite_de_pilotage"
    COMITE_DE_SUIVI = "comite_de_suivi"
    COMITE_D_EVALUATION = "comite_d_evaluation"
    COMITE_TECHNIQUE = "comite_technique"
    CONFERENCE_DES_PRESIDENTS = "conference_des_presidents"

    def __str__(self) -> str:
        return str(self.value)
