"""Domain errors: one named class per broken rule.

Each error carries a stable English ``type`` slug (for API clients) and a French ``detail``
that tells the user what to change. The category base classes say how bad input is refused:
``InvalidInputError`` (the values themselves are wrong), ``RuleViolationError`` (the values
are well-formed but the domain forbids this now), ``NotFoundError``.
"""

from __future__ import annotations

import re


class DomainError(Exception):
    """Base of every error the domain raises on a broken rule."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail

    @classmethod
    def slug(cls) -> str:
        """Stable identifier of the error, e.g. ``signatory-already-signed``."""
        name = cls.__name__.removesuffix("Error")
        return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


class InvalidInputError(DomainError):
    """The given values are malformed or inconsistent with each other."""


class RuleViolationError(DomainError):
    """The values are well-formed, but the state of the ledger forbids the command."""


class NotFoundError(DomainError):
    """The designated party, convention or element does not exist."""


class NotEntitledError(RuleViolationError):
    """The party acting is not the one the convention or the law entitles to this act (the
    other side decides on an alert, someone else validates a bilan, a signatory ends)."""


class PreconditionFailedError(DomainError):
    """The writer expected another version of the convention (HTTP ``If-Match``)."""


class PreconditionRequiredError(DomainError):
    """This write changes what the writer read: it must say which version it read."""


# --- Identifiers and values -------------------------------------------------------------


class InvalidSirenError(InvalidInputError):
    pass


class InvalidInseeCodeError(InvalidInputError):
    pass


class InvalidAmountError(InvalidInputError):
    pass


class InvalidPeriodError(InvalidInputError):
    pass


class InvalidValueError(InvalidInputError):
    """Any other malformed value: empty label, negative count, unknown year…"""


# --- Parties ----------------------------------------------------------------------------


class PartyAlreadyRegisteredError(RuleViolationError):
    pass


class SiretMissingError(RuleViolationError):
    """Open data names a party by its SIRET, which was never recorded."""


class PartyNotFoundError(NotFoundError):
    pass


class InvalidRattachementError(RuleViolationError):
    pass


class OfficeMergedError(RuleViolationError):
    pass


class InvalidMergerError(RuleViolationError):
    pass


class PrefectoralOrderIncompleteError(InvalidInputError):
    """A change of rattachement is an arrêté préfectoral taken on the deliberations of the
    collectivités concerned (CCH L. 421-7): each is needed, with its reference and date."""


class SocieteTooSmallError(RuleViolationError):
    """A Société de Coordination has at least two associates (CCH L. 423-1-2)."""


class NotAnHlmBodyError(RuleViolationError):
    pass


class AlreadyMemberOfASocieteError(RuleViolationError):
    pass


class NotAMemberError(RuleViolationError):
    pass


# --- Conventions: drafting --------------------------------------------------------------


class ConventionNotFoundError(NotFoundError):
    pass


class ElementNotFoundError(NotFoundError):
    """An axis, commitment, indicator, contrepartie or governance body that is not in the terms."""


class InvalidPartiesError(RuleViolationError):
    pass


class ContrepartiesNotAllowedError(RuleViolationError):
    pass


class DuplicateElementError(InvalidInputError):
    pass


class YearOutsidePeriodError(InvalidInputError):
    pass


class AlertThresholdOnWrongSideError(InvalidInputError):
    pass


class InvalidFrameworkError(RuleViolationError):
    """A convention d'opération is drafted under a convention cadre that is signed, is not
    itself a convention d'opération, declares the operation and shares a party with it."""


class OperationAlreadyConventionedError(RuleViolationError):
    """An operation of a convention cadre has one convention d'opération."""


class TermsFrozenError(RuleViolationError):
    """The convention is in force: its terms change only by avenant."""


class ConventionNotInForceError(RuleViolationError):
    pass


class InvalidTransitionError(RuleViolationError):
    """Suspension, resumption, termination, expiry or renewal not allowed from this status."""


# --- Signatures -------------------------------------------------------------------------


class NotASignatoryError(RuleViolationError):
    pass


class AlreadySignedError(RuleViolationError):
    pass


class DeliberationMissingError(RuleViolationError):
    pass


class DeliberationAlreadyRecordedError(RuleViolationError):
    pass


class RattachementMismatchError(RuleViolationError):
    pass


class SocieteMembershipError(RuleViolationError):
    pass


class AlreadyAPartyError(RuleViolationError):
    pass


class NotOpenToAdherentsError(RuleViolationError):
    pass


class NotAnAdherentError(RuleViolationError):
    """Only an adherent withdraws from an open convention (a signatory resigns it)."""


class DeliberationOutdatedError(RuleViolationError):
    """The deliberation approved an earlier version of the terms: it authorises no signature
    of the terms as they now stand."""


class SignatureAfterEndError(RuleViolationError):
    """A convention whose end date has passed is no longer signed."""


class ConventionEndedError(RuleViolationError):
    """The convention is terminated, expired or past its end: nothing is signed, joined or
    executed for the time after."""


class EndNotBySignatoryError(NotEntitledError):
    """Only a signatory suspends, resumes or terminates a convention, on its deliberation."""


# --- Avenants ---------------------------------------------------------------------------


class AvenantNotFoundError(NotFoundError):
    pass


class AvenantAlreadyPendingError(RuleViolationError):
    pass


class AvenantNotPendingError(RuleViolationError):
    pass


class AvenantChangesThePastError(RuleViolationError):
    pass


class EmptyAvenantError(InvalidInputError):
    pass


# --- Execution: programmes, payments, evaluations -----------------------------------------


class ProgrammeAlreadyAdoptedError(RuleViolationError):
    pass


class ProgrammeNotFoundError(NotFoundError):
    pass


class ContrepartieNotPayableError(RuleViolationError):
    pass


class PaymentExceedsCommitmentError(RuleViolationError):
    pass


class PaymentAmountMismatchError(InvalidInputError):
    pass


class EvaluationAlreadyRecordedError(RuleViolationError):
    pass


class EvaluationNotFoundError(NotFoundError):
    pass


class EvaluationAlreadyValidatedError(RuleViolationError):
    pass


class ReviewAlreadyRecordedError(RuleViolationError):
    pass


class DateBeforeError(InvalidInputError):
    """A date that must not precede another one does (deliberation after signature, …)."""


# --- Alerts -----------------------------------------------------------------------------


class AlertNotFoundError(NotFoundError):
    pass


class AlertClosedError(RuleViolationError):
    """The alert is resolved or dismissed: nothing more happens to it."""


class AlertTransitionError(RuleViolationError):
    """The alert is not in a state where this step applies (e.g. acknowledged twice)."""


class ExaminationNotRequestedError(RuleViolationError):
    """A decision is taken only on an examination the office requested."""


class ExaminationPendingError(RuleViolationError):
    """An examination was requested: it ends with a decision before the alert is resolved."""


class ExaminationNotByLandlordError(RuleViolationError):
    """Only the office (or landlord) concerned requests the examination of its situation."""


class DecisionIncompleteError(InvalidInputError):
    """A decision lacks what its kind needs (the avenant, the actions, the support)."""


class DecisionNotByOtherSideError(NotEntitledError):
    """The decision on an alert, its resolution and its dismissal belong to the other side:
    the collectivité that gives the contreparties, or a governance body where both sit."""


class SelfValidationError(NotEntitledError):
    """A bilan is validated by a party other than the one that recorded it."""


# --- People -----------------------------------------------------------------------------


class PersonNotFoundError(NotFoundError):
    pass


class PersonErasedError(RuleViolationError):
    pass


class PersonNotOfPartyError(InvalidInputError):
    pass


# --- Accounts ---------------------------------------------------------------------------


class AccountAlreadyExistsError(RuleViolationError):
    """One account per e-mail address: a person is invited once, for one party and role."""


class AccountNotFoundError(NotFoundError):
    """No account answers to this identity: the administrator invites people first."""


class AccountOrganisationMismatchError(NotEntitledError):
    """The identity provider names another organisation (SIRET) than the account's."""


# --- Documents ---------------------------------------------------------------------------


class GoneError(DomainError):
    """What was there has been erased for good (personal data): its record stays."""


class EmptyDocumentError(InvalidInputError):
    pass


class DocumentTooLargeError(InvalidInputError):
    pass


class UnsupportedDocumentTypeError(InvalidInputError):
    pass


class DocumentSubjectError(RuleViolationError):
    """The document is of something the convention does not hold (yet)."""


class DuplicateDocumentError(RuleViolationError):
    pass


class DocumentNotFoundError(NotFoundError):
    pass


class DocumentErasedError(GoneError):
    pass


class DocumentAlteredError(GoneError):
    """The bytes kept are no longer those recorded: never served."""


class WebhookNotFoundError(NotFoundError):
    pass


class EnvelopeNotMobilisableError(RuleViolationError):
    pass


class EnvelopeExceededError(RuleViolationError):
    pass


class RecoveryExceedsPaymentsError(RuleViolationError):
    pass


class TitresSubscriberError(RuleViolationError):
    pass
