"""The convention ledger: one eventsourcing application holding every party, convention and
alert file, so that a use case touching several aggregates saves them in one transaction —
and the use-case modules composed on it.

A reader who must change a rule finds it by what it is about: ``ledger.parties`` (registering,
SC membership, rattachement, merger), ``ledger.drafting`` (drafts, deliberations,
signatures, adherents), ``ledger.avenants``, ``ledger.execution`` (programme, money,
governance, lifecycle), ``ledger.evaluations`` (bilans), ``ledger.documents`` (the signed
documents and their bytes), ``ledger.alerts`` (as the parties
handle them, the deadline scan), ``ledger.alert_process`` (alerts raised from events),
``ledger.history`` (the feed, time travel). What they share — get → decide → save, the
convention a write changes, the parties a rule needs — is the core, ``LedgerBase``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from uuid import UUID

from application.alert_desk import AlertDesk
from application.alert_process import AlertProcess
from application.avenants import Avenants
from application.base import LedgerBase, Party, WriteRequest
from application.bilan_view import BilanView, describe_bilan
from application.blobs import BlobStore
from application.documents import Documents
from application.drafting import Drafting
from application.evaluations import Evaluations
from application.execution import Execution
from application.history import HistoryDesk, Point
from application.parties import Parties
from application.people import PeopleStore
from domain.alerts import Alert
from domain.convention import Convention
from domain.values import Actor

__all__ = ["ConventionFile", "ConventionLedger", "Party"]

SNAPSHOT_INTERVAL = 50


@dataclass(frozen=True)
class ConventionFile:
    """A convention as a reader opens it (``ConventionLedger.convention_file``)."""

    convention: Convention
    """At the point asked: its terms as known then."""
    alerts: tuple[Alert, ...]
    """The alerts of it this actor reads, as known now."""


class ConventionLedger(LedgerBase):
    """Every party, convention and alert file, in one store and one notification log, with
    the use cases over them (see the module's docstring)."""

    name = "ConventionLedger"
    # A snapshot of a convention every 50 of its events (taken after the save that reaches
    # it): reading a convention at any version replays at most 49 events after a snapshot.
    snapshotting_intervals = {Convention: SNAPSHOT_INTERVAL}
    # Every command reads the aggregate it changes. The library's cache keeps the latest ones
    # and hands out copies (a refused command cannot corrupt it); reads bring them up to date
    # with the events recorded since (fast-forward), a command's first attempt starts from the
    # convention as this process last saved it (LedgerBase._as_last_saved). Measured in
    # docs/benchmarks.md. AGGREGATE_CACHE_MAXSIZE in the environment overrides it.
    env = {"AGGREGATE_CACHE_MAXSIZE": "1000"}

    def __init__(
        self,
        env: Mapping[str, str] | None = None,
        *,
        people: PeopleStore | None = None,
        blobs: BlobStore | None = None,
    ) -> None:
        super().__init__(env=env, people=people, blobs=blobs)
        self.on_close: list[Callable[[], None]] = []
        """What closes with the ledger (the connections of the stores wired beside it)."""
        self.alert_process = AlertProcess(self)
        self._compose()

    def _compose(self) -> None:
        self.parties = Parties(self)
        self.drafting = Drafting(self)
        self.avenants = Avenants(self)
        self.execution = Execution(self)
        self.evaluations = Evaluations(self)
        self.alerts = AlertDesk(self)
        self.history = HistoryDesk(self)
        self.documents = Documents(self)

    def for_request(self, request: WriteRequest) -> ConventionLedger:
        """The ledger serving one write request (see ``LedgerBase.for_request``), with its use
        cases composed on it, so that they see what the writer said. The alert process stays
        the origin's: it serves no request."""
        served = super().for_request(request)
        if served is not self:
            served._compose()
        return served

    def close(self) -> None:
        if self.serves_request:
            return  # the origin's stores (see LedgerBase.for_request)
        super().close()
        self.people.store.close()
        for close in self.on_close:
            close()

    def convention_file(self, convention_id: UUID, point: Point, actor: Actor) -> ConventionFile:
        """What a reader of the convention opens: the convention at a point (its terms as
        known then) and the alerts of it this actor reads — the read rule checked once."""
        current = self.get_convention(convention_id)
        readers = self.check_may_read(current, actor)
        now = point.version is None and point.recorded_at is None
        convention = current if now else self.history.convention_at(convention_id, point)
        return ConventionFile(convention, tuple(self.alerts.alerts_read(current, actor, readers)[1]))

    def bilan(self, convention_id: UUID, year: int, actor: Actor) -> BilanView:
        """A convention's annual bilan as it is presented to the assemblies, for a reader of
        the convention (``application.bilan_view``)."""
        opened = self.convention_file(convention_id, Point(), actor)
        return describe_bilan(opened.convention, year, opened.alerts, self.parties.party_names)
