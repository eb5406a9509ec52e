"""The portfolio read models: what each office, collectivité and Société de Coordination is
committed to, and the timeline of each convention.

Tables (queries in ``projections.portfolio_queries``):
- ``parties``: every party, with its territory (département, région), the collectivité an
  office is attached to, and ``sc_memberships``: who was member of which SC, when;
- ``conventions``: one summary row per convention (kind, title, status, period, avenants);
- ``convention_roles``: the parties of each convention as its terms now stand (adherents
  included), with their role; ``convention_readers``: who reads it and which of its alerts
  (``domain.readers``, the one read rule, stored: rewritten with the convention, and when a
  party event changes who reads through that party — an SC's members or governance, an
  office's rattachement);
- ``convention_results``: per indicator and year, the target in force that year and the
  value achieved (from the evaluation in force, corrections applied), met or not;
- ``convention_contreparties``: per contrepartie, year and beneficiary, the amount committed
  and the amount paid, in cents;
- ``convention_deadlines``: the deadlines not yet met (see ``domain.monitoring``);
- ``convention_timeline``: one French sentence per event of the convention and of its alerts.

How: the projection keeps the aggregates it follows in memory (a bounded cache), moves each
one forward with its events (``event.mutate``, exactly as a replay does), and rewrites the
rows of each convention touched by a batch once, at the end of the batch, from its state.
So a rebuild, whatever its batch boundaries, gives the rows incremental processing gave: both
are functions of the same final states. On a cache miss (a restarted worker, an evicted
aggregate), the aggregate is read from the event store at the version of the event.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

from application.base import event_topics
from application.folding import FoldedAggregates, Loader
from domain.alerts import ConventionAlerts
from domain.collectivite import Collectivite
from domain.convention import PARTY_CLASSES, Convention, party_type_of
from domain.establishment import Establishment
from domain.identifiers import departement_of_commune
from domain.landlord import Landlord
from domain.monitoring import indicator_standing, outstanding_deadlines
from domain.office import Office
from domain.organisme import Organisme
from domain.readers import ALL_ALERTS, Lookup, readers_of, relations_of
from domain.societe_de_coordination import SocieteDeCoordination
from domain.state_service import StateService
from domain.terms import ContrepartieKind
from projections.base import Positioned, Rows, replace_rows, text
from projections.timeline import alert_line, convention_line

SCHEMA = (
    # The revision of what the projection writes for the same events: a change of its output
    # (not only of its tables) is a new revision, so a store's rows made by the previous code
    # are rebuilt at start instead of disagreeing with a rebuild. 2: French figures through
    # Babel, « déclenchée » / « close d'office » in the timeline (December 2026). 3: an envelope
    # mobilised by a decision is owed (its lines' committed amount is what was mobilised); what
    # is recovered is neither paid nor owed any more; guarantees are loans guaranteed, not lines
    # of money (convention_guarantees); a per-dwelling grant is owed for the dwellings delivered;
    # an expiry reads on the last day of the period. 4: the operations of the terms
    # (convention_operations), a convention d'opération's line names what it carries; the
    # landlords' patrimoine as last declared (landlord_stock). 5: a governance body named with
    # its article in the timeline (« validé par le Comité de suivi », « réunion du Comité »).
    # 6: every party named with its article (« entre Nièvre Habitat et le Département… »), counts
    # agreed (« 11 indicateurs renseignés »), the frameworks and a charte's levels in words.
    """CREATE TABLE IF NOT EXISTS parties ( -- output revision 6
        party_id TEXT PRIMARY KEY,
        party_type TEXT NOT NULL,
        kind TEXT,
        siren TEXT NOT NULL,
        name TEXT NOT NULL,
        departement_code TEXT,
        region_code TEXT,
        rattached_to TEXT,
        merged_into TEXT,
        version INTEGER NOT NULL,
        insee_code TEXT,
        search_key TEXT NOT NULL,
        siret TEXT
    )""",
    "CREATE INDEX IF NOT EXISTS parties_by_siren ON parties (siren)",
    """CREATE TABLE IF NOT EXISTS landlord_stock (
        landlord_id TEXT NOT NULL,
        commune_insee TEXT NOT NULL,
        departement_code TEXT NOT NULL,
        dwellings INTEGER NOT NULL,
        declared_on TEXT NOT NULL,
        PRIMARY KEY (landlord_id, commune_insee)
    )""",
    "CREATE INDEX IF NOT EXISTS landlord_stock_commune ON landlord_stock (commune_insee)",
    "CREATE INDEX IF NOT EXISTS landlord_stock_departement ON landlord_stock (departement_code)",
    """CREATE TABLE IF NOT EXISTS sc_memberships (
        societe_id TEXT NOT NULL,
        member_id TEXT NOT NULL,
        joined_on TEXT NOT NULL,
        left_on TEXT,
        PRIMARY KEY (societe_id, member_id, joined_on)
    )""",
    "CREATE INDEX IF NOT EXISTS sc_memberships_member ON sc_memberships (member_id)",
    """CREATE TABLE IF NOT EXISTS sc_governance (
        societe_id TEXT NOT NULL,
        collectivite_id TEXT NOT NULL,
        joined_on TEXT NOT NULL,
        left_on TEXT,
        PRIMARY KEY (societe_id, collectivite_id, joined_on)
    )""",
    "CREATE INDEX IF NOT EXISTS sc_governance_collectivite ON sc_governance (collectivite_id)",
    """CREATE TABLE IF NOT EXISTS conventions (
        convention_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        status TEXT NOT NULL,
        start_on TEXT NOT NULL,
        end_on TEXT,
        in_force_since TEXT,
        status_since TEXT,
        predecessor_id TEXT,
        successor_id TEXT,
        avenants_in_force INTEGER NOT NULL,
        avenants_pending INTEGER NOT NULL,
        open_to_landlords INTEGER NOT NULL,
        version INTEGER NOT NULL,
        position BIGINT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS conventions_search ON conventions (status, kind, end_on)",
    """CREATE TABLE IF NOT EXISTS convention_roles (
        convention_id TEXT NOT NULL,
        party_id TEXT NOT NULL,
        party_type TEXT NOT NULL,
        role TEXT NOT NULL,
        PRIMARY KEY (convention_id, party_id)
    )""",
    "CREATE INDEX IF NOT EXISTS convention_roles_party ON convention_roles (party_id)",
    # alerts_of: '*' for a reader of every alert, else the adherent whose alerts it reads
    # (one row per adherent it reads through).
    """CREATE TABLE IF NOT EXISTS convention_readers (
        convention_id TEXT NOT NULL,
        party_id TEXT NOT NULL,
        alerts_of TEXT NOT NULL,
        PRIMARY KEY (convention_id, party_id, alerts_of)
    )""",
    "CREATE INDEX IF NOT EXISTS convention_readers_party ON convention_readers (party_id)",
    """CREATE TABLE IF NOT EXISTS convention_results (
        convention_id TEXT NOT NULL,
        indicator_id TEXT NOT NULL,
        year INTEGER NOT NULL,
        commitment_id TEXT NOT NULL,
        party_id TEXT,
        label TEXT NOT NULL,
        unit TEXT NOT NULL,
        direction TEXT NOT NULL,
        target TEXT,
        achieved TEXT,
        met INTEGER,
        standing TEXT,
        PRIMARY KEY (convention_id, indicator_id, year)
    )""",
    """CREATE TABLE IF NOT EXISTS convention_contreparties (
        convention_id TEXT NOT NULL,
        contrepartie_id TEXT NOT NULL,
        beneficiary_id TEXT NOT NULL,
        year INTEGER NOT NULL,
        kind TEXT NOT NULL,
        label TEXT NOT NULL,
        from_party_id TEXT NOT NULL,
        firm INTEGER NOT NULL,
        committed_cents BIGINT,
        paid_cents BIGINT NOT NULL,
        PRIMARY KEY (convention_id, contrepartie_id, beneficiary_id, year)
    )""",
    "CREATE INDEX IF NOT EXISTS convention_contreparties_from ON convention_contreparties (from_party_id)",
    "CREATE INDEX IF NOT EXISTS convention_contreparties_to ON convention_contreparties (beneficiary_id)",
    """CREATE TABLE IF NOT EXISTS convention_guarantees (
        convention_id TEXT NOT NULL,
        loan_reference TEXT NOT NULL,
        contrepartie_id TEXT NOT NULL,
        guarantor_id TEXT NOT NULL,
        beneficiary_id TEXT NOT NULL,
        lender TEXT NOT NULL,
        deliberation_reference TEXT NOT NULL,
        granted_on TEXT NOT NULL,
        loan_cents BIGINT NOT NULL,
        guaranteed_cents BIGINT NOT NULL,
        outstanding_year INTEGER,
        outstanding_cents BIGINT,
        PRIMARY KEY (convention_id, loan_reference)
    )""",
    "CREATE INDEX IF NOT EXISTS convention_guarantees_guarantor ON convention_guarantees (guarantor_id)",
    "CREATE INDEX IF NOT EXISTS convention_guarantees_beneficiary ON convention_guarantees (beneficiary_id)",
    """CREATE TABLE IF NOT EXISTS convention_operations (
        convention_id TEXT NOT NULL,
        operation_id TEXT NOT NULL,
        nature TEXT NOT NULL,
        title TEXT NOT NULL,
        commune_insee TEXT NOT NULL,
        dwellings INTEGER NOT NULL,
        dwellings_delivered INTEGER NOT NULL,
        budget_cents BIGINT,
        landlord_id TEXT,
        framework_id TEXT,
        operation_convention_id TEXT,
        PRIMARY KEY (convention_id, operation_id)
    )""",
    "CREATE INDEX IF NOT EXISTS convention_operations_landlord ON convention_operations (landlord_id)",
    """CREATE TABLE IF NOT EXISTS convention_deadlines (
        convention_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        due_on TEXT NOT NULL,
        label TEXT NOT NULL,
        party_id TEXT,
        PRIMARY KEY (convention_id, kind, subject)
    )""",
    "CREATE INDEX IF NOT EXISTS convention_deadlines_due ON convention_deadlines (due_on)",
    """CREATE TABLE IF NOT EXISTS convention_timeline (
        position BIGINT PRIMARY KEY,
        convention_id TEXT NOT NULL,
        stream TEXT NOT NULL,
        version INTEGER NOT NULL,
        event_type TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        effective_on TEXT,
        actor_id TEXT,
        line TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS convention_timeline_convention ON convention_timeline (convention_id, position)",
)

CONVENTION_TABLES = (
    "conventions",
    "convention_roles",
    "convention_readers",
    "convention_results",
    "convention_contreparties",
    "convention_guarantees",
    "convention_operations",
    "convention_deadlines",
)
TABLES = (
    "parties",
    "landlord_stock",
    "sc_memberships",
    "sc_governance",
    *CONVENTION_TABLES,
    "convention_timeline",
)


PARTIES_CACHE_SIZE = 20_000
"""Parties held in memory by the portfolio (conventions: ``folding.CACHE_SIZE``)."""


def cents(amount: Decimal) -> int:
    return int(amount * 100)


class Portfolio:
    name = "portfolio"
    title = "les portefeuilles, listes et chronologies"
    schema = SCHEMA
    tables = TABLES
    # Landlord: the events an office or an organisme records of its SC memberships (the read rule
    # reads them).
    topics = event_topics(Convention, ConventionAlerts, Establishment, Landlord, *PARTY_CLASSES.values())

    def __init__(self, load: Loader) -> None:
        # Parties apart from conventions: a party is read for the read rule of every convention
        # it reads, long after its own last event; in one bound with the conventions, the
        # conventions a batch touches pushed them out (1,346 parties read back from the event
        # store in a 100k-event rebuild, 9 % of it). They are few — the country's landlords,
        # collectivités and SCs party to conventions —, so their bound is the parties'.
        self.conventions = FoldedAggregates(load)
        self.parties = FoldedAggregates(load, size=PARTIES_CACHE_SIZE)
        self._names: dict[UUID, str] = {}

    def _party(self, rows: Rows, party_id: UUID) -> Any:
        """A party as of the events the projection has applied (for the read rule): the one it
        holds, else read from the event store at the version its row records (like any
        aggregate the cache lost: rare). Asking the ledger for every party as it now stands,
        inside the projector's transaction, made SQLite writers wait on the very lock that
        transaction held."""
        held = self.parties.held(party_id)
        if held is not None:
            return held
        found = rows.fetch_one("SELECT version FROM parties WHERE party_id = ?", (str(party_id),))
        return None if found is None else self.parties.at(party_id, int(found[0]))

    def apply(self, events: Sequence[Positioned], rows: Rows) -> None:
        touched: dict[UUID, tuple[Convention, int]] = {}
        parties: dict[UUID, Any] = {}
        timeline: list[tuple[Any, ...]] = []
        for event, position in events:
            of_convention = isinstance(event, Convention.Event | ConventionAlerts.Event)
            aggregate = (self.conventions if of_convention else self.parties).apply(event)
            if isinstance(aggregate, Convention):
                touched[aggregate.id] = (aggregate, position)
                line = convention_line(event, aggregate, lambda pid: self._name_of(rows, pid))
                timeline.append(_timeline_row(event, position, aggregate.id, "convention", line))
            elif isinstance(aggregate, ConventionAlerts):
                line = alert_line(event, aggregate, lambda pid: self._name_of(rows, pid))
                timeline.append(_timeline_row(event, position, aggregate.convention_id, "alertes", line))
            else:
                # The sentences of the timeline name parties: as they stand at this event.
                parties[aggregate.id] = aggregate
                self._names[aggregate.id] = aggregate.name
        # Like conventions, each party touched is rewritten once per batch, from its state.
        if parties:
            self._write_parties(rows, list(parties.values()))
            # Who reads a convention through a party (an SC's members and governance, an
            # office's collectivité de rattachement) may have changed: its conventions again.
            concerned = {*parties, *(r for party in parties.values() for r in relations_of(party))}
            for convention, position in self._conventions_read_by(rows, sorted(concerned, key=str), touched):
                touched[convention.id] = (convention, position)
        rows.insert("convention_timeline", timeline)
        if touched:
            self._write_conventions(rows, list(touched.values()))

    def _name_of(self, rows: Rows, party_id: UUID) -> str:
        name = self._names.get(party_id)
        if name is None:
            found = rows.fetch_one("SELECT name FROM parties WHERE party_id = ?", (str(party_id),))
            name = str(found[0]) if found else str(party_id)
            if found:
                self._names[party_id] = name
        return name

    # --- parties ------------------------------------------------------------------------------

    def _write_parties(self, rows: Rows, parties: list[Any]) -> None:
        replace_rows(
            rows, "parties", "party_id", [str(p.id) for p in parties], [_party_row(p) for p in parties]
        )
        landlords = [party for party in parties if isinstance(party, Landlord)]
        replace_rows(
            rows,
            "landlord_stock",
            "landlord_id",
            [str(landlord.id) for landlord in landlords],
            [row for landlord in landlords for row in _stock_rows(landlord)],
        )
        societes = [party for party in parties if isinstance(party, SocieteDeCoordination)]
        replace_rows(
            rows,
            "sc_memberships",
            "societe_id",
            [str(societe.id) for societe in societes],
            [
                (
                    str(societe.id),
                    str(p.member_id),
                    p.joined_on.isoformat(),
                    text(p.left_on and p.left_on.isoformat()),
                )
                for societe in societes
                for p in societe.periods
            ],
        )
        replace_rows(
            rows,
            "sc_governance",
            "societe_id",
            [str(societe.id) for societe in societes],
            [
                (
                    str(societe.id),
                    str(seat.collectivite_id),
                    seat.joined_on.isoformat(),
                    text(seat.left_on and seat.left_on.isoformat()),
                )
                for societe in societes
                for seat in societe.seats
            ],
        )

    # --- conventions ----------------------------------------------------------------------------

    def _conventions_read_by(
        self, rows: Rows, party_ids: list[UUID], touched: dict[UUID, tuple[Convention, int]]
    ) -> list[tuple[Convention, int]]:
        """The conventions (not already touched by the batch) that these parties read, each
        as of the version and position the read models hold of it."""
        marks = ", ".join("?" for _ in party_ids)
        found = rows.fetch_all(
            "SELECT c.convention_id, c.version, c.position FROM conventions c WHERE c.convention_id IN "  # noqa: S608
            f"(SELECT convention_id FROM convention_readers WHERE party_id IN ({marks}))",
            [str(p) for p in party_ids],
        )
        again = []
        for convention_id, version, position in found:
            if UUID(convention_id) in touched:
                continue
            convention = self.conventions.at(UUID(convention_id), int(version))
            if isinstance(convention, Convention):
                again.append((convention, int(position)))
        return again

    def _write_conventions(self, rows: Rows, conventions: list[tuple[Convention, int]]) -> None:
        """Rewrite the rows of the conventions a batch touched, from their states: one
        DELETE and one INSERT per table for the whole batch (round trips dominate)."""
        ids = [str(convention.id) for convention, _ in conventions]
        written: dict[str, list[tuple[Any, ...]]] = {table: [] for table in CONVENTION_TABLES}
        lookup = lambda party_id: self._party(rows, party_id)  # noqa: E731
        for convention, position in conventions:
            for table, table_rows in _convention_rows(convention, position, lookup).items():
                written[table] += table_rows
        for table, table_rows in written.items():
            replace_rows(rows, table, "convention_id", ids, table_rows)


def _stock_rows(landlord: Landlord) -> list[tuple[Any, ...]]:
    """The landlord's patrimoine as last declared, one row per commune."""
    if not landlord.stock_declarations:
        return []
    stock = landlord.stock_declarations[-1]
    return [
        (
            str(landlord.id),
            line.commune_insee,
            departement_of_commune(line.commune_insee),
            line.dwellings,
            stock.declared_on.isoformat(),
        )
        for line in stock.communes
    ]


def search_key(text: str) -> str:
    """What the directory matches a search against: lower case, without accents or
    punctuation (« Métropole » is found by « metropole », « Saint-Étienne » by « saint etienne »)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in bare).split())


def _party_row(party: Any) -> tuple[Any, ...]:
    kind = departement = region = rattached_to = merged_into = insee = None
    if isinstance(party, Collectivite):
        kind, departement, region = party.kind.value, party.departement_code, party.region_code
        insee = party.insee_code
    elif isinstance(party, Office):
        rattachement = party.current_rattachement
        kind, rattached_to = rattachement.kind.value, text(rattachement.collectivite_id)
        merged_into = text(party.merged_into)
    elif isinstance(party, Organisme):
        kind = party.kind.value
    elif isinstance(party, StateService):
        kind, departement = party.kind.value, party.departement_code
    return (
        str(party.id),
        party_type_of(party).value,
        kind,
        party.siren,
        party.name,
        departement,
        region,
        rattached_to,
        merged_into,
        party.version,
        insee,
        search_key(f"{party.name} {party.siren} {insee or ''}"),
        party.siret,
    )


def _convention_rows(
    convention: Convention, position: int, lookup: Lookup
) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of one convention in each of ``CONVENTION_TABLES``. Who reads it is asked of
    the parties as of the events applied (``lookup``); every party event that changes a
    convention's readers rewrites them, so a rebuild ends with the rows incremental
    processing gave."""
    convention_id = str(convention.id)
    terms = convention.latest_terms
    avenants = [a.status.value for a in convention.avenants]
    readers = readers_of(convention, lookup)
    return {
        "conventions": [
            (
                convention_id,
                convention.kind.value,
                terms.title,
                convention.status.value,
                terms.period.start.isoformat(),
                _day(terms.period.end),
                _day(convention.in_force_since),
                _day(convention.status_since),
                text(convention.predecessor_id),
                text(convention.successor_id),
                avenants.count("in_force"),
                avenants.count("proposed"),
                int(readers.open_to_landlords),
                convention.version,
                position,
            )
        ],
        "convention_roles": [
            (convention_id, str(p.party_id), p.party_type.value, p.role.value) for p in terms.parties
        ],
        "convention_readers": [
            (convention_id, str(party_id), alerts_of)
            for party_id, through in sorted(readers.parties.items(), key=lambda item: str(item[0]))
            for alerts_of in (["*"] if through is ALL_ALERTS else sorted(str(t) for t in through))
        ],
        "convention_results": _results(convention),
        "convention_contreparties": _contreparties(convention),
        "convention_guarantees": _guarantees(convention),
        "convention_operations": _operations(convention),
        "convention_deadlines": [
            (convention_id, d.kind.value, d.subject, d.due_on.isoformat(), d.label, text(d.party_id))
            for d in outstanding_deadlines(convention)
        ],
    }


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _timeline_row(event: Any, position: int, convention_id: UUID, stream: str, line: str) -> tuple[Any, ...]:
    actor = getattr(event, "actor", None)
    return (
        position,
        str(convention_id),
        stream,
        event.originator_version,
        type(event).__name__,
        event.timestamp.isoformat(),
        _day(getattr(event, "effective_on", None)),
        actor.actor_id if actor is not None else None,
        line,
    )


def _years(convention: Convention) -> range:
    period = convention.latest_terms.period
    last = (
        period.end.year
        if period.end
        else max((e.year for e in convention.evaluations), default=period.start.year)
    )
    return range(period.start.year, last + 1)


def _results(convention: Convention) -> list[tuple[Any, ...]]:
    """Per indicator and year: the target in that year's terms, the value achieved."""
    found: list[tuple[Any, ...]] = []
    convention_id = str(convention.id)
    for year in _years(convention):
        terms = convention.terms_for_year(year)
        evaluation = convention.evaluation_for(year)
        for commitment in terms.commitments:
            for indicator in commitment.indicators:
                target = indicator.target_for(year)
                value = evaluation.value_of(indicator.indicator_id) if evaluation else None
                achieved = value.value if value is not None else None
                if target is None and achieved is None:
                    continue
                met = None
                if target is not None and achieved is not None:
                    met = int(indicator.meets(achieved, target.target))
                found.append(
                    (
                        convention_id,
                        indicator.indicator_id,
                        year,
                        commitment.commitment_id,
                        text(commitment.party_id),
                        indicator.label,
                        indicator.unit,
                        indicator.direction.value,
                        text(target and target.target),
                        text(achieved),
                        met,
                        _standing(convention, indicator.indicator_id, year),
                    )
                )
    return found


def _standing(convention: Convention, indicator_id: str, year: int) -> str | None:
    """Met, vigilance (off target, within the alert threshold: a mark, no alert) or alert."""
    standing = indicator_standing(convention, indicator_id, year)
    return standing.value if standing else None


def _guarantees(convention: Convention) -> list[tuple[Any, ...]]:
    """Per guaranteed loan: what was guaranteed and the guarantor's risk (encours garanti) at
    the end of the last year a statement told, or of the year granted."""
    rows = []
    for grant in convention.guarantees:
        contrepartie = convention.defined_contrepartie(grant.contrepartie_id)
        stated = [s.year for s in convention.guarantee_statements if s.loan_reference == grant.loan_reference]
        year = max(stated) if stated else grant.granted_on.year
        outstanding = convention.guaranteed_outstanding(grant, year)
        rows.append(
            (
                str(convention.id),
                grant.loan_reference,
                grant.contrepartie_id,
                str(contrepartie.from_party_id) if contrepartie else "",
                str(grant.beneficiary_id),
                grant.lender,
                grant.deliberation_reference,
                grant.granted_on.isoformat(),
                cents(grant.loan_amount),
                cents(grant.guaranteed_amount),
                year,
                cents(outstanding) if outstanding is not None else None,
            )
        )
    return rows


def _operations(convention: Convention) -> list[tuple[Any, ...]]:
    """Per operation of the terms: what it is, the dwellings delivered for it, the cadre it
    comes from (a convention d'opération) or the convention d'opération opened for it (a cadre)."""
    terms = convention.latest_terms
    opened = {o.operation_id: str(o.convention_id) for o in convention.operation_conventions}
    return [
        (
            str(convention.id),
            operation.operation_id,
            operation.nature.value,
            operation.title,
            operation.commune_insee,
            operation.dwellings,
            convention.dwellings_delivered(operation.operation_id),
            cents(operation.budget) if operation.budget is not None else None,
            text(operation.landlord_id),
            text(terms.framework_id),
            opened.get(operation.operation_id),
        )
        for operation in terms.operations
    ]


def _contreparties(convention: Convention) -> list[tuple[Any, ...]]:
    """Per contrepartie, year and beneficiary: committed (that year's terms) and paid."""
    convention_id = str(convention.id)
    lines: dict[tuple[str, str, int], list[Any]] = {}
    for year in _years(convention):
        terms = convention.terms_for_year(year)
        for contrepartie in terms.contreparties:
            envelope = contrepartie.amount_for(year)
            # A guarantee is not money paid: its loans are in convention_guarantees (never
            # « versé 0 € »).
            if contrepartie.kind is ContrepartieKind.GARANTIE_EMPRUNT:
                continue
            for beneficiary in convention.beneficiaries_of(contrepartie, year):
                # What is owed (a firm amount, what decisions mobilised of an envelope, the
                # dwellings delivered at the barème); else the amount the terms name, not owed
                # (a ceiling, an unmobilised envelope).
                owed = convention.owed(contrepartie, year, beneficiary)
                amount = owed if owed is not None else envelope
                if amount is None:
                    continue
                lines[(contrepartie.contrepartie_id, str(beneficiary), year)] = [
                    contrepartie.kind.value,
                    contrepartie.label,
                    str(contrepartie.from_party_id),
                    int(owed is not None),
                    cents(amount),
                    0,
                ]
    for payment in convention.payments:
        key = (payment.contrepartie_id, str(payment.beneficiary_id), payment.year)
        if key not in lines:
            # Paid without a yearly amount in the terms (a per-dwelling grant): still shown.
            defined = convention.defined_contrepartie(payment.contrepartie_id)
            lines[key] = [
                defined.kind.value if defined else "inconnue",
                defined.label if defined else payment.contrepartie_id,
                str(defined.from_party_id) if defined else "",
                int(defined is not None and defined.is_owed),
                None,
                0,
            ]
        lines[key][5] += cents(payment.amount)
    # Given in kind (at its valuation): « réalisé », counted with what was paid.
    for realisation in convention.in_kind:
        key = (realisation.contrepartie_id, str(realisation.beneficiary_id), realisation.year)
        if key in lines:
            lines[key][5] += cents(realisation.valuation)
    # Money that went back: no longer paid, no longer owed (so never « non versé »).
    for recovery in convention.recoveries:
        key = (recovery.contrepartie_id, str(recovery.beneficiary_id), recovery.year)
        if key in lines:
            lines[key][5] -= cents(recovery.amount)
            if lines[key][3] and lines[key][4] is not None:
                lines[key][4] -= cents(recovery.amount)
    return [
        (convention_id, cid, beneficiary, year, *rest) for (cid, beneficiary, year), rest in lines.items()
    ]
