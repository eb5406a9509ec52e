"""Contains all the data models used in inputs/outputs"""

from .acknowledgement_create import AcknowledgementCreate
from .actor_public import ActorPublic
from .actor_role import ActorRole
from .add_party_in import AddPartyIn
from .add_party_public import AddPartyPublic
from .adhesion_create import AdhesionCreate
from .adhesion_public import AdhesionPublic
from .adhesion_withdrawal import AdhesionWithdrawal
from .alert_closing import AlertClosing
from .alert_decision_public import AlertDecisionPublic
from .alert_kind import AlertKind
from .alert_page import AlertPage
from .alert_public import AlertPublic
from .alert_row import AlertRow
from .alert_severity import AlertSeverity
from .alert_status import AlertStatus
from .amount_commitment import AmountCommitment
from .annual_evaluation_public import AnnualEvaluationPublic
from .application_programme_public import ApplicationProgrammePublic
from .auditor_read_public import AuditorReadPublic
from .avenant_create import AvenantCreate
from .avenant_public import AvenantPublic
from .avenant_status import AvenantStatus
from .avenant_withdrawal import AvenantWithdrawal
from .axis_family import AxisFamily
from .axis_in import AxisIn
from .axis_public import AxisPublic
from .bilan_action import BilanAction
from .bilan_alert import BilanAlert
from .bilan_impact import BilanImpact
from .bilan_indicator import BilanIndicator
from .bilan_line import BilanLine
from .bilan_meeting import BilanMeeting
from .bilan_money import BilanMoney
from .bilan_review import BilanReview
from .bilan_view import BilanView
from .body_attach_document import BodyAttachDocument
from .change_period_in import ChangePeriodIn
from .change_period_public import ChangePeriodPublic
from .charte_level_in import CharteLevelIn
from .charte_level_public import CharteLevelPublic
from .checkpoint_public import CheckpointPublic
from .collectivite_convention import CollectiviteConvention
from .collectivite_convention_relations_item import CollectiviteConventionRelationsItem
from .collectivite_create import CollectiviteCreate
from .collectivite_deliberation_in import CollectiviteDeliberationIn
from .collectivite_deliberation_public import CollectiviteDeliberationPublic
from .collectivite_kind import CollectiviteKind
from .collectivite_portfolio import CollectivitePortfolio
from .commitment_in import CommitmentIn
from .commitment_kind import CommitmentKind
from .commitment_public import CommitmentPublic
from .commune_agreement_create import CommuneAgreementCreate
from .commune_agreement_public import CommuneAgreementPublic
from .commune_stock_in import CommuneStockIn
from .commune_stock_line import CommuneStockLine
from .commune_stock_public import CommuneStockPublic
from .consistency_proof_public import ConsistencyProofPublic
from .contrepartie_in import ContrepartieIn
from .contrepartie_kind import ContrepartieKind
from .contrepartie_public import ContrepartiePublic
from .contribution_in import ContributionIn
from .contribution_public import ContributionPublic
from .convention_create import ConventionCreate
from .convention_kind import ConventionKind
from .convention_page import ConventionPage
from .convention_party_public import ConventionPartyPublic
from .convention_public import ConventionPublic
from .convention_status import ConventionStatus
from .convention_summary import ConventionSummary
from .corrective_action_in import CorrectiveActionIn
from .corrective_action_public import CorrectiveActionPublic
from .deadline_row import DeadlineRow
from .decision_create import DecisionCreate
from .decision_kind import DecisionKind
from .deliberation_create import DeliberationCreate
from .deliberation_public import DeliberationPublic
from .delivery_create import DeliveryCreate
from .delivery_public import DeliveryPublic
from .direction import Direction
from .discrepancy_public import DiscrepancyPublic
from .document_erasure import DocumentErasure
from .document_file_public import DocumentFilePublic
from .document_kind import DocumentKind
from .document_public import DocumentPublic
from .dwelling_count_in import DwellingCountIn
from .dwelling_count_public import DwellingCountPublic
from .evaluation_correction import EvaluationCorrection
from .evaluation_create import EvaluationCreate
from .evaluation_scheme_in import EvaluationSchemeIn
from .evaluation_scheme_public import EvaluationSchemePublic
from .evaluation_validation import EvaluationValidation
from .event_page import EventPage
from .event_public import EventPublic
from .event_public_payload import EventPublicPayload
from .examination_create import ExaminationCreate
from .examination_public import ExaminationPublic
from .expiry import Expiry
from .export_format import ExportFormat
from .export_scope_kind import ExportScopeKind
from .financial_line_in import FinancialLineIn
from .financial_line_public import FinancialLinePublic
from .finding_public import FindingPublic
from .framework_kind import FrameworkKind
from .framework_reference_in import FrameworkReferenceIn
from .framework_reference_public import FrameworkReferencePublic
from .governance_body_in import GovernanceBodyIn
from .governance_body_kind import GovernanceBodyKind
from .governance_body_public import GovernanceBodyPublic
from .governance_seat_create import GovernanceSeatCreate
from .governance_seat_end import GovernanceSeatEnd
from .governance_seat_public import GovernanceSeatPublic
from .guarantee_create import GuaranteeCreate
from .guarantee_grant_public import GuaranteeGrantPublic
from .guarantee_line import GuaranteeLine
from .guarantee_statement_create import GuaranteeStatementCreate
from .guarantee_statement_public import GuaranteeStatementPublic
from .health_response_health import HealthResponseHealth
from .http_validation_error import HTTPValidationError
from .impact_in import ImpactIn
from .impact_kind import ImpactKind
from .impact_public import ImpactPublic
from .implanted_landlord import ImplantedLandlord
from .in_kind_create import InKindCreate
from .in_kind_mode import InKindMode
from .in_kind_realisation_public import InKindRealisationPublic
from .inclusion_proof_public import InclusionProofPublic
from .indicator_in import IndicatorIn
from .indicator_public import IndicatorPublic
from .indicator_value_in import IndicatorValueIn
from .indicator_value_public import IndicatorValuePublic
from .latest_result import LatestResult
from .latest_result_standing_type_0 import LatestResultStandingType0
from .meeting_create import MeetingCreate
from .member_conventions import MemberConventions
from .member_join import MemberJoin
from .member_leave import MemberLeave
from .member_on import MemberOn
from .member_period_public import MemberPeriodPublic
from .membership_public import MembershipPublic
from .merger_create import MergerCreate
from .mobilisation_public import MobilisationPublic
from .next_deadline import NextDeadline
from .office_convention import OfficeConvention
from .office_create import OfficeCreate
from .office_kind import OfficeKind
from .office_portfolio import OfficePortfolio
from .office_relation import OfficeRelation
from .open_alert import OpenAlert
from .operation_bilan import OperationBilan
from .operation_convention_public import OperationConventionPublic
from .operation_in import OperationIn
from .operation_line import OperationLine
from .operation_nature import OperationNature
from .operation_public import OperationPublic
from .organisme_create import OrganismeCreate
from .organisme_kind import OrganismeKind
from .party_in import PartyIn
from .party_public import PartyPublic
from .party_ref import PartyRef
from .party_role import PartyRole
from .party_summary import PartySummary
from .party_type import PartyType
from .patrimoine import Patrimoine
from .payment_create import PaymentCreate
from .payment_public import PaymentPublic
from .period_public import PeriodPublic
from .person_create import PersonCreate
from .person_public import PersonPublic
from .point_public import PointPublic
from .problem import Problem
from .problem_errors_item import ProblemErrorsItem
from .programme_action_in import ProgrammeActionIn
from .programme_action_public import ProgrammeActionPublic
from .programme_create import ProgrammeCreate
from .public_key_public import PublicKeyPublic
from .ratio_in import RatioIn
from .ratio_public import RatioPublic
from .rattachement_change import RattachementChange
from .rattachement_public import RattachementPublic
from .read_side_state import ReadSideState
from .read_side_state_lag_type_0 import ReadSideStateLagType0
from .realised_action_in import RealisedActionIn
from .realised_action_public import RealisedActionPublic
from .recovery_create import RecoveryCreate
from .recovery_public import RecoveryPublic
from .remove_party_in import RemovePartyIn
from .remove_party_public import RemovePartyPublic
from .resumption import Resumption
from .review_create import ReviewCreate
from .review_kind import ReviewKind
from .review_public import ReviewPublic
from .scan_create import ScanCreate
from .scan_public import ScanPublic
from .set_axis_in import SetAxisIn
from .set_axis_public import SetAxisPublic
from .set_charte_levels_in import SetCharteLevelsIn
from .set_charte_levels_public import SetCharteLevelsPublic
from .set_commitment_in import SetCommitmentIn
from .set_commitment_public import SetCommitmentPublic
from .set_contrepartie_in import SetContrepartieIn
from .set_contrepartie_public import SetContrepartiePublic
from .set_evaluation_scheme_in import SetEvaluationSchemeIn
from .set_evaluation_scheme_public import SetEvaluationSchemePublic
from .set_framework_in import SetFrameworkIn
from .set_framework_public import SetFrameworkPublic
from .set_governance_body_in import SetGovernanceBodyIn
from .set_governance_body_public import SetGovernanceBodyPublic
from .set_operation_in import SetOperationIn
from .set_operation_public import SetOperationPublic
from .signature_create import SignatureCreate
from .signature_public import SignaturePublic
from .siret_record import SiretRecord
from .societe_create import SocieteCreate
from .societe_portfolio import SocietePortfolio
from .state_service_create import StateServiceCreate
from .state_service_kind import StateServiceKind
from .status_change import StatusChange
from .stock_declaration_create import StockDeclarationCreate
from .stock_declaration_public import StockDeclarationPublic
from .substitution_public import SubstitutionPublic
from .table_form import TableForm
from .terms_diff import TermsDiff
from .terms_difference import TermsDifference
from .terms_difference_change import TermsDifferenceChange
from .terms_public import TermsPublic
from .timeline_entry import TimelineEntry
from .timeline_entry_stream import TimelineEntryStream
from .timeline_page import TimelinePage
from .typology_grant_in import TypologyGrantIn
from .typology_grant_public import TypologyGrantPublic
from .validation_error import ValidationError
from .validation_error_context import ValidationErrorContext
from .verification_public import VerificationPublic
from .webhook_create import WebhookCreate
from .webhook_created import WebhookCreated
from .webhook_public import WebhookPublic
from .webhook_replay import WebhookReplay
from .withdraw_commitment_in import WithdrawCommitmentIn
from .withdraw_commitment_public import WithdrawCommitmentPublic
from .withdraw_contrepartie_in import WithdrawContrepartieIn
from .withdraw_contrepartie_public import WithdrawContrepartiePublic
from .withdraw_framework_in import WithdrawFrameworkIn
from .withdraw_framework_public import WithdrawFrameworkPublic
from .withdraw_operation_in import WithdrawOperationIn
from .withdraw_operation_public import WithdrawOperationPublic
from .write_result import WriteResult
from .year_amount_in import YearAmountIn
from .year_amount_public import YearAmountPublic
from .year_money import YearMoney
from .year_results import YearResults
from .year_target_in import YearTargetIn
from .year_target_public import YearTargetPublic

__all__ = (
    "AcknowledgementCreate",
    "ActorPublic",
    "ActorRole",
    "AddPartyIn",
    "AddPartyPublic",
    "AdhesionCreate",
    "AdhesionPublic",
    "AdhesionWithdrawal",
    "AlertClosing",
    "AlertDecisionPublic",
    "AlertKind",
    "AlertPage",
    "AlertPublic",
    "AlertRow",
    "AlertSeverity",
    "AlertStatus",
    "AmountCommitment",
    "AnnualEvaluationPublic",
    "ApplicationProgrammePublic",
    "AuditorReadPublic",
    "AvenantCreate",
    "AvenantPublic",
    "AvenantStatus",
    "AvenantWithdrawal",
    "AxisFamily",
    "AxisIn",
    "AxisPublic",
    "BilanAction",
    "BilanAlert",
    "BilanImpact",
    "BilanIndicator",
    "BilanLine",
    "BilanMeeting",
    "BilanMoney",
    "BilanReview",
    "BilanView",
    "BodyAttachDocument",
    "ChangePeriodIn",
    "ChangePeriodPublic",
    "CharteLevelIn",
    "CharteLevelPublic",
    "CheckpointPublic",
    "CollectiviteConvention",
    "CollectiviteConventionRelationsItem",
    "CollectiviteCreate",
    "CollectiviteDeliberationIn",
    "CollectiviteDeliberationPublic",
    "CollectiviteKind",
    "CollectivitePortfolio",
    "CommitmentIn",
    "CommitmentKind",
    "CommitmentPublic",
    "CommuneAgreementCreate",
    "CommuneAgreementPublic",
    "CommuneStockIn",
    "CommuneStockLine",
    "CommuneStockPublic",
    "ConsistencyProofPublic",
    "ContrepartieIn",
    "ContrepartieKind",
    "ContrepartiePublic",
    "ContributionIn",
    "ContributionPublic",
    "ConventionCreate",
    "ConventionKind",
    "ConventionPage",
    "ConventionPartyPublic",
    "ConventionPublic",
    "ConventionStatus",
    "ConventionSummary",
    "CorrectiveActionIn",
    "CorrectiveActionPublic",
    "DeadlineRow",
    "DecisionCreate",
    "DecisionKind",
    "DeliberationCreate",
    "DeliberationPublic",
    "DeliveryCreate",
    "DeliveryPublic",
    "Direction",
    "DiscrepancyPublic",
    "DocumentErasure",
    "DocumentFilePublic",
    "DocumentKind",
    "DocumentPublic",
    "DwellingCountIn",
    "DwellingCountPublic",
    "EvaluationCorrection",
    "EvaluationCreate",
    "EvaluationSchemeIn",
    "EvaluationSchemePublic",
    "EvaluationValidation",
    "EventPage",
    "EventPublic",
    "EventPublicPayload",
    "ExaminationCreate",
    "ExaminationPublic",
    "Expiry",
    "ExportFormat",
    "ExportScopeKind",
    "FinancialLineIn",
    "FinancialLinePublic",
    "FindingPublic",
    "FrameworkKind",
    "FrameworkReferenceIn",
    "FrameworkReferencePublic",
    "GovernanceBodyIn",
    "GovernanceBodyKind",
    "GovernanceBodyPublic",
    "GovernanceSeatCreate",
    "GovernanceSeatEnd",
    "GovernanceSeatPublic",
    "GuaranteeCreate",
    "GuaranteeGrantPublic",
    "GuaranteeLine",
    "GuaranteeStatementCreate",
    "GuaranteeStatementPublic",
    "HealthResponseHealth",
    "HTTPValidationError",
    "ImpactIn",
    "ImpactKind",
    "ImpactPublic",
    "ImplantedLandlord",
    "InclusionProofPublic",
    "IndicatorIn",
    "IndicatorPublic",
    "IndicatorValueIn",
    "IndicatorValuePublic",
    "InKindCreate",
    "InKindMode",
    "InKindRealisationPublic",
    "LatestResult",
    "LatestResultStandingType0",
    "MeetingCreate",
    "MemberConventions",
    "MemberJoin",
    "MemberLeave",
    "MemberOn",
    "MemberPeriodPublic",
    "MembershipPublic",
    "MergerCreate",
    "MobilisationPublic",
    "NextDeadline",
    "OfficeConvention",
    "OfficeCreate",
    "OfficeKind",
    "OfficePortfolio",
    "OfficeRelation",
    "OpenAlert",
    "OperationBilan",
    "OperationConventionPublic",
    "OperationIn",
    "OperationLine",
    "OperationNature",
    "OperationPublic",
    "OrganismeCreate",
    "OrganismeKind",
    "PartyIn",
    "PartyPublic",
    "PartyRef",
    "PartyRole",
    "PartySummary",
    "PartyType",
    "Patrimoine",
    "PaymentCreate",
    "PaymentPublic",
    "PeriodPublic",
    "PersonCreate",
    "PersonPublic",
    "PointPublic",
    "Problem",
    "ProblemErrorsItem",
    "ProgrammeActionIn",
    "ProgrammeActionPublic",
    "ProgrammeCreate",
    "PublicKeyPublic",
    "RatioIn",
    "RatioPublic",
    "RattachementChange",
    "RattachementPublic",
    "ReadSideState",
    "ReadSideStateLagType0",
    "RealisedActionIn",
    "RealisedActionPublic",
    "RecoveryCreate",
    "RecoveryPublic",
    "RemovePartyIn",
    "RemovePartyPublic",
    "Resumption",
    "ReviewCreate",
    "ReviewKind",
    "ReviewPublic",
    "ScanCreate",
    "ScanPublic",
    "SetAxisIn",
    "SetAxisPublic",
    "SetCharteLevelsIn",
    "SetCharteLevelsPublic",
    "SetCommitmentIn",
    "SetCommitmentPublic",
    "SetContrepartieIn",
    "SetContrepartiePublic",
    "SetEvaluationSchemeIn",
    "SetEvaluationSchemePublic",
    "SetFrameworkIn",
    "SetFrameworkPublic",
    "SetGovernanceBodyIn",
    "SetGovernanceBodyPublic",
    "SetOperationIn",
    "SetOperationPublic",
    "SignatureCreate",
    "SignaturePublic",
    "SiretRecord",
    "SocieteCreate",
    "SocietePortfolio",
    "StateServiceCreate",
    "StateServiceKind",
    "StatusChange",
    "StockDeclarationCreate",
    "StockDeclarationPublic",
    "SubstitutionPublic",
    "TableForm",
    "TermsDiff",
    "TermsDifference",
    "TermsDifferenceChange",
    "TermsPublic",
    "TimelineEntry",
    "TimelineEntryStream",
    "TimelinePage",
    "TypologyGrantIn",
    "TypologyGrantPublic",
    "ValidationError",
    "ValidationErrorContext",
    "VerificationPublic",
    "WebhookCreate",
    "WebhookCreated",
    "WebhookPublic",
    "WebhookReplay",
    "WithdrawCommitmentIn",
    "WithdrawCommitmentPublic",
    "WithdrawContrepartieIn",
    "WithdrawContrepartiePublic",
    "WithdrawFrameworkIn",
    "WithdrawFrameworkPublic",
    "WithdrawOperationIn",
    "WithdrawOperationPublic",
    "WriteResult",
    "YearAmountIn",
    "YearAmountPublic",
    "YearMoney",
    "YearResults",
    "YearTargetIn",
    "YearTargetPublic",
)
