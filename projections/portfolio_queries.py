"""Questions the portfolio read models answer (tables in ``projections.portfolio``).

Each answers one kind of user: an office (every convention it is party to, directly or
through its SC), a collectivité (conventions on its territory, what it committed and paid),
a Société de Coordination (its members at a date, conventions of the group and of each
member), anyone searching conventions, and the French timeline of one convention. Dates
are ISO strings in the tables, so comparing them as text compares them as dates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from domain.alerts import AlertStatus
from domain.collectivite import CollectiviteKind
from domain.territory import territory_scope
from projections.base import Queryable, text
from projections.portfolio import search_key

OPEN_STATUSES = tuple(s.value for s in AlertStatus if not s.is_closed)

PARTY_COLUMNS = (
    "party_id",
    "party_type",
    "kind",
    "siren",
    "name",
    "departement_code",
    "region_code",
    "rattached_to",
    "merged_into",
    "siret",
)
CONVENTION_COLUMNS = (
    "convention_id",
    "kind",
    "title",
    "status",
    "start_on",
    "end_on",
    "in_force_since",
    "status_since",
    "predecessor_id",
    "successor_id",
    "avenants_in_force",
    "avenants_pending",
    "version",
)


def euros(cents: int | None) -> Decimal | None:
    return None if cents is None else Decimal(int(cents)).scaleb(-2)


def _dicts(columns: Sequence[str], rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    return [dict(zip(columns, row, strict=True)) for row in rows]


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values)


def search_parties(db: Queryable, words: str, limit: int = 50) -> list[dict[str, Any]]:
    """The directory: parties whose name, SIREN or INSEE code contains every word given
    (accents and case ignored), by name. Parties are public bodies: every actor reads them."""
    terms = search_key(words).split()[:8]
    where = " AND ".join("search_key LIKE ?" for _ in terms) or "1 = 1"
    return _dicts(
        (*PARTY_COLUMNS, "insee_code"),
        db.query(
            f"SELECT {', '.join(PARTY_COLUMNS)}, insee_code FROM parties WHERE {where} "  # noqa: S608
            "ORDER BY search_key LIMIT ?",
            (*(f"%{t}%" for t in terms), limit),
        ),
    )


def party(db: Queryable, party_id: UUID) -> dict[str, Any] | None:
    found = db.query(
        f"SELECT {', '.join(PARTY_COLUMNS)} FROM parties WHERE party_id = ?",  # noqa: S608
        (str(party_id),),
    )
    return _dicts(PARTY_COLUMNS, found)[0] if found else None


# --- which conventions concern a party ---------------------------------------------------------

# The conventions a party is party to itself, and those an SC it belonged to is party to,
# when its membership overlapped the convention's period (parameters: party, party).
CONVENTIONS_OF_PARTY = """
    SELECT r.convention_id, r.role, NULL AS via_id
    FROM convention_roles r WHERE r.party_id = ?
    UNION
    SELECT r.convention_id, r.role, r.party_id AS via_id
    FROM convention_roles r
    JOIN sc_memberships m ON m.societe_id = r.party_id
    JOIN conventions c ON c.convention_id = r.convention_id
    WHERE m.member_id = ?
      AND m.joined_on <= COALESCE(c.end_on, '9999-12-31')
      AND (m.left_on IS NULL OR m.left_on > c.start_on)
"""

# The conventions on a collectivité's territory: it is party; an office attached to it is
# party; or a collectivité within its territory is (communes and EPCI of its département,
# anything in its région). Parameters: the collectivité, five times.
CONVENTIONS_ON_TERRITORY = """
    SELECT r.convention_id, 'partie' AS relation FROM convention_roles r WHERE r.party_id = ?
    UNION
    SELECT r.convention_id, 'office_rattache' AS relation
    FROM convention_roles r JOIN parties p ON p.party_id = r.party_id
    WHERE p.rattached_to = ?
    UNION
    SELECT r.convention_id, 'societe_de_l_office' AS relation
    FROM convention_roles r
    JOIN sc_memberships m ON m.societe_id = r.party_id AND m.left_on IS NULL
    JOIN parties p ON p.party_id = m.member_id
    WHERE p.rattached_to = ?
    UNION
    SELECT r.convention_id, 'territoire' AS relation
    FROM convention_roles r
    JOIN parties p ON p.party_id = r.party_id
    JOIN parties c ON c.party_id = ?
    WHERE p.party_id <> ? AND p.party_type = 'collectivite' AND (
        (c.kind = 'departement' AND p.kind NOT IN ('departement', 'region')
         AND p.departement_code = c.departement_code)
        OR (c.kind = 'region' AND p.kind <> 'region' AND p.region_code = c.region_code)
    ) AND NOT EXISTS (SELECT 1 FROM convention_roles own WHERE own.convention_id = r.convention_id AND own.party_id = ?)
"""


# The conventions an actor of a party may read: the read rule's result, as the portfolio
# projection stores it (``domain.readers``: its one home) — a lookup, not the rule again.
# Parameters: the party, twice.
VISIBLE_CONVENTIONS = """
    SELECT r.convention_id FROM convention_readers r WHERE r.party_id = ?
    UNION
    SELECT c.convention_id FROM conventions c JOIN parties p ON p.party_id = ?
    WHERE c.open_to_landlords = 1 AND p.party_type IN ('office', 'organisme')
"""

# The alerts an actor of a party may read (``domain.readers``): every alert of the conventions
# it reads with all their alerts; in those it reads through an adherent, the alerts that name
# that adherent or no party. Parameters: the party, twice.
VISIBLE_ALERTS = """(
    convention_id IN (SELECT convention_id FROM convention_readers WHERE party_id = ? AND alerts_of = '*')
    OR EXISTS (
        SELECT 1 FROM convention_readers r
        WHERE r.convention_id = alert_board.convention_id AND r.party_id = ? AND r.alerts_of <> '*'
          AND (alert_board.party_id = r.alerts_of OR alert_board.beneficiary_id = r.alerts_of
               OR (alert_board.party_id IS NULL AND alert_board.beneficiary_id IS NULL))
    )
)"""


def visible_alerts_clause(viewer: UUID | None) -> tuple[str, list[str]]:
    """A WHERE condition on ``alert_board`` keeping the alerts ``viewer`` may read."""
    if viewer is None:
        return "1 = 1", []
    return VISIBLE_ALERTS, [str(viewer)] * 2


def visible_clause(viewer: UUID | None, column: str = "convention_id") -> tuple[str, list[str]]:
    """A WHERE condition keeping the conventions ``viewer`` may read (None: everything)."""
    if viewer is None:
        return "1 = 1", []
    sql = f"{column} IN (SELECT convention_id FROM ({VISIBLE_CONVENTIONS}) visible)"  # noqa: S608
    return sql, [str(viewer)] * 2


def visible_conventions(db: Queryable, viewer: UUID) -> list[str]:
    return [
        row[0]
        for row in db.query(
            f"SELECT DISTINCT convention_id FROM ({VISIBLE_CONVENTIONS}) v",  # noqa: S608
            [str(viewer)] * 2,
        )
    ]


def party_ids(db: Queryable) -> list[str]:
    return [row[0] for row in db.query("SELECT party_id FROM parties")]


def related(db: Queryable, viewer: UUID, party_id: UUID) -> bool:
    """The party itself, its SC, or one of its members (at any time)."""
    if viewer == party_id:
        return True
    return bool(
        db.query(
            "SELECT 1 FROM sc_memberships WHERE (societe_id = ? AND member_id = ?) "
            "OR (societe_id = ? AND member_id = ?)",
            (str(viewer), str(party_id), str(party_id), str(viewer)),
        )
    )


def _keep_visible(db: Queryable, convention_ids: list[str], viewer: UUID | None) -> list[str]:
    if viewer is None:
        return convention_ids
    allowed = set(visible_conventions(db, viewer))
    return [c for c in convention_ids if c in allowed]


def convention_titles(db: Queryable, convention_ids: set[UUID]) -> dict[str, str]:
    """The titles of these conventions, by id (those the read models know)."""
    ids = sorted(str(c) for c in convention_ids)
    if not ids:
        return {}
    rows = db.query(
        f"SELECT convention_id, title FROM conventions WHERE convention_id IN ({_marks(ids)})",  # noqa: S608
        ids,
    )
    return {str(cid): str(title) for cid, title in rows}


def conventions_of_party(db: Queryable, party_id: UUID) -> list[str]:
    """The conventions a party is party to, directly or through its SC."""
    return [
        row[0]
        for row in db.query(
            f"SELECT DISTINCT convention_id FROM ({CONVENTIONS_OF_PARTY}) mine",  # noqa: S608
            (str(party_id), str(party_id)),
        )
    ]


def _summaries(db: Queryable, convention_ids: Sequence[str], today: date) -> dict[str, dict[str, Any]]:
    """Summary rows with their parties (names, roles) and next deadline, by id."""
    if not convention_ids:
        return {}
    ids = list(convention_ids)
    summaries = {
        row["convention_id"]: {**row, "parties": [], "next_deadline": None}
        for row in _dicts(
            CONVENTION_COLUMNS,
            db.query(
                f"SELECT {', '.join(CONVENTION_COLUMNS)} FROM conventions "  # noqa: S608
                f"WHERE convention_id IN ({_marks(ids)})",
                ids,
            ),
        )
    }
    for convention_id, party_id, party_type, role, name in db.query(
        "SELECT r.convention_id, r.party_id, r.party_type, r.role, COALESCE(p.name, r.party_id) "  # noqa: S608
        f"FROM convention_roles r LEFT JOIN parties p ON p.party_id = r.party_id "
        f"WHERE r.convention_id IN ({_marks(ids)}) ORDER BY r.convention_id, r.role DESC, p.name",
        ids,
    ):
        summaries[convention_id]["parties"].append(
            {"party_id": party_id, "party_type": party_type, "role": role, "name": name}
        )
    for convention_id, due_on, kind, label in db.query(
        "SELECT convention_id, due_on, kind, label FROM ("  # noqa: S608
        "SELECT convention_id, due_on, kind, label, ROW_NUMBER() OVER "
        "(PARTITION BY convention_id ORDER BY due_on, kind, subject) AS rank "
        f"FROM convention_deadlines WHERE convention_id IN ({_marks(ids)}) AND due_on >= ?) ranked "
        "WHERE rank = 1",
        [*ids, today.isoformat()],
    ):
        summaries[convention_id]["next_deadline"] = {"due_on": due_on, "kind": kind, "label": label}
    return summaries


# --- the convention summary list ------------------------------------------------------------------


@dataclass(frozen=True)
class ConventionFilters:
    party_id: UUID | None = None  # party to it, directly or through its SC
    kind: str | None = None
    status: str | None = None
    starts_from: date | None = None
    starts_until: date | None = None
    ends_from: date | None = None
    ends_until: date | None = None
    expiring_within_days: int | None = None  # in force, ending between today and today + n days
    title: str | None = None  # words of the title, case-insensitive
    viewer: UUID | None = None  # only the conventions this party may read (None: all)
    limit: int = 50
    offset: int = 0


def search_conventions(
    db: Queryable, filters: ConventionFilters, today: date
) -> tuple[list[dict[str, Any]], int]:
    """Convention summaries matching the filters, by start date then title; and how many."""
    where: list[str] = []
    params: list[Any] = []
    if filters.party_id is not None:
        where.append(f"convention_id IN (SELECT convention_id FROM ({CONVENTIONS_OF_PARTY}) mine)")  # noqa: S608
        params += [str(filters.party_id)] * 2
    for clause, value in (
        ("kind = ?", filters.kind),
        ("status = ?", filters.status),
        ("start_on >= ?", filters.starts_from and filters.starts_from.isoformat()),
        ("start_on <= ?", filters.starts_until and filters.starts_until.isoformat()),
        ("end_on >= ?", filters.ends_from and filters.ends_from.isoformat()),
        ("end_on <= ?", filters.ends_until and filters.ends_until.isoformat()),
    ):
        if value is not None:
            where.append(clause)
            params.append(value)
    if filters.expiring_within_days is not None:
        horizon = today + timedelta(days=filters.expiring_within_days)
        where.append("status IN ('in_force', 'suspended') AND end_on >= ? AND end_on <= ?")
        params += [today.isoformat(), horizon.isoformat()]
    if filters.title:
        where.append("LOWER(title) LIKE ?")
        params.append(f"%{filters.title.lower()}%")
    if filters.viewer is not None:
        clause, clause_params = visible_clause(filters.viewer)
        where.append(clause)
        params += clause_params
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    total = int(db.query(f"SELECT COUNT(*) FROM conventions{clause}", params)[0][0])  # noqa: S608
    ids = [
        row[0]
        for row in db.query(
            f"SELECT convention_id FROM conventions{clause} "  # noqa: S608
            "ORDER BY start_on, title, convention_id LIMIT ? OFFSET ?",
            [*params, filters.limit, filters.offset],
        )
    ]
    summaries = _summaries(db, ids, today)
    return [summaries[i] for i in ids], total


# --- shared pieces of the portfolios ---------------------------------------------------------------


def _open_alerts(
    db: Queryable, convention_ids: Sequence[str], viewer: UUID | None, limit: int = 20
) -> tuple[list[dict[str, Any]], int]:
    """The open alerts of these conventions that ``viewer`` reads (the same rule as /alerts)."""
    if not convention_ids:
        return [], 0
    ids = list(convention_ids)
    visible, visible_params = visible_alerts_clause(viewer)
    where = f"convention_id IN ({_marks(ids)}) AND status IN ({_marks(OPEN_STATUSES)}) AND {visible}"
    params = [*ids, *OPEN_STATUSES, *visible_params]
    total = int(db.query(f"SELECT COUNT(*) FROM alert_board WHERE {where}", params)[0][0])  # noqa: S608
    columns = (
        "convention_id",
        "number",
        "kind",
        "severity",
        "status",
        "year",
        "cause",
        "raised_on",
        "due_on",
    )
    rows = db.query(
        f"SELECT {', '.join(columns)} FROM alert_board WHERE {where} "  # noqa: S608
        "ORDER BY raised_on DESC, convention_id, number LIMIT ?",
        [*params, limit],
    )
    return _dicts(columns, rows), total


def _deadlines(
    db: Queryable, convention_ids: Sequence[str], today: date, limit: int = 20
) -> list[dict[str, Any]]:
    if not convention_ids:
        return []
    ids = list(convention_ids)
    columns = ("convention_id", "due_on", "kind", "label", "party_id")
    return _dicts(
        columns,
        db.query(
            f"SELECT {', '.join(columns)} FROM convention_deadlines "  # noqa: S608
            f"WHERE convention_id IN ({_marks(ids)}) AND due_on >= ? "
            "ORDER BY due_on, convention_id, kind, subject LIMIT ?",
            [*ids, today.isoformat(), limit],
        ),
    )


def _results_by_year(db: Queryable, convention_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Per year: indicators with a target, evaluated, met."""
    if not convention_ids:
        return []
    ids = list(convention_ids)
    columns = ("year", "with_target", "evaluated", "met")
    return _dicts(
        columns,
        db.query(
            "SELECT year, COUNT(target), COUNT(achieved), COALESCE(SUM(met), 0) "  # noqa: S608
            f"FROM convention_results WHERE convention_id IN ({_marks(ids)}) GROUP BY year ORDER BY year",
            ids,
        ),
    )


def _contreparties_by_year(
    db: Queryable, condition: str, params: Sequence[Any], by: str | None = None
) -> list[dict[str, Any]]:
    """Firm contreparties committed and paid per year (and per ``by`` column), in euros."""
    group = f"year, {by}" if by else "year"
    selected = f"year, {by}" if by else "year, NULL"
    rows = db.query(
        f"SELECT {selected}, SUM(CASE WHEN firm = 1 THEN committed_cents ELSE 0 END), SUM(paid_cents) "  # noqa: S608
        f"FROM convention_contreparties WHERE {condition} GROUP BY {group} ORDER BY {group}",
        list(params),
    )
    return [
        {
            "year": year,
            **({"party_id": key} if by else {}),
            "committed": euros(committed or 0),
            "paid": euros(paid or 0),
        }
        for year, key, committed, paid in rows
    ]


GUARANTEE_COLUMNS = (
    "convention_id",
    "loan_reference",
    "contrepartie_id",
    "guarantor_id",
    "beneficiary_id",
    "lender",
    "deliberation_reference",
    "granted_on",
    "loan_cents",
    "guaranteed_cents",
    "outstanding_year",
    "outstanding_cents",
)


def _guarantees(db: Queryable, column: str, party_id: str, convention_ids: Sequence[str]) -> dict[str, Any]:
    """The loans a party guarantees (``guarantor_id``) or had guaranteed (``beneficiary_id``)
    under the conventions the viewer reads, each with the guarantor's risk at the end of the
    last year stated (encours garanti), and their total."""
    visible = set(convention_ids)
    rows = db.query(
        f"SELECT {', '.join(GUARANTEE_COLUMNS)} FROM convention_guarantees WHERE {column} = ? "  # noqa: S608
        "ORDER BY granted_on, loan_reference",
        (party_id,),
    )
    loans = []
    for row in _dicts(GUARANTEE_COLUMNS, rows):
        if row["convention_id"] not in visible:
            continue
        loans.append(
            {
                **{k: v for k, v in row.items() if not k.endswith("_cents")},
                "loan_amount": euros(row["loan_cents"]),
                "guaranteed_amount": euros(row["guaranteed_cents"]),
                "guaranteed_outstanding": euros(row["outstanding_cents"] or 0),
            }
        )
    total = sum((loan["guaranteed_outstanding"] for loan in loans), Decimal("0.00"))
    return {"guarantees": loans, "guaranteed_outstanding": total}


def _patrimoine(db: Queryable, landlord: str) -> dict[str, Any] | None:
    """The landlord's patrimoine as last declared: per commune, its dwellings and the commune's
    name when the commune is a registered party; None before any declaration."""
    rows = db.query(
        "SELECT s.commune_insee, s.dwellings, s.declared_on, p.party_id, p.name FROM landlord_stock s "
        "LEFT JOIN parties p ON p.party_type = 'collectivite' AND p.kind = 'commune' "
        "AND p.insee_code = s.commune_insee WHERE s.landlord_id = ? ORDER BY s.commune_insee",
        (landlord,),
    )
    if not rows:
        return None
    communes = [
        {"commune_insee": insee, "dwellings": dwellings, "collectivite_id": party_id, "name": name}
        for insee, dwellings, _, party_id, name in rows
    ]
    return {
        "declared_on": rows[0][2],
        "dwellings": sum(c["dwellings"] for c in communes),
        "communes": communes,
    }


def _landlords_implanted(db: Queryable, collectivite_id: str) -> list[dict[str, Any]]:
    """The landlords holding dwellings on a collectivité's territory, by their last declared
    patrimoine (a commune: in it; a département or a région: in its communes; an EPCI: its
    communes are not known, none)."""
    found = db.query(
        "SELECT kind, insee_code, departement_code, region_code FROM parties WHERE party_id = ?",
        (collectivite_id,),
    )
    if not found:
        return []
    kind, insee_code, departement_code, region_code = found[0]
    scope = (
        territory_scope(CollectiviteKind(kind), insee_code, departement_code, region_code) if kind else None
    )
    if scope is None:
        return []
    # The scope's communes by their code, its départements' by theirs (landlord_stock keeps both).
    parameters = [*scope.communes, *scope.departements]
    clause = " OR ".join(
        part
        for part in (
            f"s.commune_insee IN ({_marks(scope.communes)})" if scope.communes else "",
            f"s.departement_code IN ({_marks(scope.departements)})" if scope.departements else "",
        )
        if part
    )
    rows = db.query(
        "SELECT s.landlord_id, p.name, SUM(s.dwellings), MAX(s.declared_on) FROM landlord_stock s "  # noqa: S608
        f"JOIN parties p ON p.party_id = s.landlord_id WHERE ({clause}) "
        "GROUP BY s.landlord_id, p.name ORDER BY SUM(s.dwellings) DESC, p.name",
        parameters,
    )
    return [
        {"landlord_id": landlord_id, "name": name, "dwellings": int(dwellings), "declared_on": declared_on}
        for landlord_id, name, dwellings, declared_on in rows
    ]


OPERATION_COLUMNS = (
    "convention_id",
    "operation_id",
    "nature",
    "title",
    "commune_insee",
    "dwellings",
    "dwellings_delivered",
    "budget_cents",
    "landlord_id",
    "framework_id",
    "operation_convention_id",
)


def _operations(
    db: Queryable, convention_ids: Sequence[str], landlord: str | None = None
) -> list[dict[str, Any]]:
    """The operations of the conventions the viewer reads (for a landlord, those it carries or
    whose maître d'ouvrage is not named), each with its cadre or its convention d'opération."""
    if not convention_ids:
        return []
    ids = list(convention_ids)
    rows = _dicts(
        OPERATION_COLUMNS,
        db.query(
            f"SELECT {', '.join(OPERATION_COLUMNS)} FROM convention_operations "  # noqa: S608
            f"WHERE convention_id IN ({_marks(ids)}) ORDER BY commune_insee, title, convention_id, operation_id",
            ids,
        ),
    )
    return [
        {**{k: v for k, v in row.items() if k != "budget_cents"}, "budget": euros(row["budget_cents"])}
        for row in rows
        if landlord is None or row["landlord_id"] in (None, landlord)
    ]


def _latest_results(
    db: Queryable, convention_ids: Sequence[str], this_year: int | None = None
) -> list[dict[str, Any]]:
    """Per indicator: its latest evaluated year, with that year's target and value — and, when
    ``this_year`` is given, the target of this year (an indicator not evaluated yet is listed
    with it: what the office has to reach now)."""
    if not convention_ids:
        return []
    ids = list(convention_ids)
    columns = (
        "convention_id",
        "commitment_id",
        "indicator_id",
        "party_id",
        "label",
        "unit",
        "direction",
        "year",
        "target",
        "achieved",
        "met",
        "standing",
    )
    rows = _dicts(
        columns,
        db.query(
            f"SELECT {', '.join(columns)} FROM convention_results "  # noqa: S608
            f"WHERE convention_id IN ({_marks(ids)}) ORDER BY convention_id, commitment_id, indicator_id, year",
            ids,
        ),
    )
    by_indicator: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_indicator[(row["convention_id"], row["indicator_id"])].append(row)
    found = []
    for years in by_indicator.values():
        evaluated = [r for r in years if r["achieved"] is not None]
        current = next((r for r in years if r["year"] == this_year), None)
        if not evaluated and current is None:
            continue
        latest = evaluated[-1] if evaluated else {**current, "achieved": None, "met": None, "standing": None}  # type: ignore[dict-item]
        result = {**latest, "met": None if latest["met"] is None else bool(latest["met"])}
        if this_year is not None:
            result |= {"this_year": this_year, "this_year_target": current["target"] if current else None}
        found.append(result)
    return sorted(found, key=lambda r: (r["convention_id"], r["commitment_id"], r["indicator_id"]))


# --- per office (or any landlord) ------------------------------------------------------------------


def office_portfolio(
    db: Queryable,
    office_id: UUID,
    today: date,
    limit: int = 50,
    offset: int = 0,
    *,
    viewer: UUID | None = None,
) -> dict[str, Any]:
    """Every convention the landlord is party to, directly or through its SC (with its role),
    its commitments (latest value against that year's target), the contreparties it was
    promised and received per year, the open alerts and the next deadlines."""
    office = str(office_id)
    relations = db.query(
        f"SELECT m.convention_id, m.role, m.via_id, v.name FROM ({CONVENTIONS_OF_PARTY}) m "  # noqa: S608
        "LEFT JOIN parties v ON v.party_id = m.via_id "
        "JOIN conventions c ON c.convention_id = m.convention_id "
        "ORDER BY c.start_on, c.title, m.convention_id, m.via_id",
        (office, office),
    )
    convention_ids = _keep_visible(db, list(dict.fromkeys(row[0] for row in relations)), viewer)
    page_ids = convention_ids[offset : offset + limit]
    summaries = _summaries(db, page_ids, today)
    via: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for convention_id, role, via_id, via_name in relations:
        via[convention_id].append(
            {"role": role, "through_societe_id": via_id, "through_societe_name": via_name}
        )
    alerts, open_count = _open_alerts(db, convention_ids, viewer)
    commitments = [
        r
        for r in _latest_results(db, convention_ids, today.year)
        if r["party_id"] in (None, office)
        or r["party_id"] in {v["through_societe_id"] for v in via[r["convention_id"]]}
    ]
    return {
        "conventions_total": len(convention_ids),
        "conventions": [{**summaries[i], "relations": via[i]} for i in page_ids],
        "commitments": commitments,
        "contreparties_by_year": _contreparties_by_year(db, "beneficiary_id = ?", (office,)),
        **_guarantees(db, "beneficiary_id", office, convention_ids),
        "operations": _operations(db, convention_ids, office),
        "patrimoine": _patrimoine(db, office),
        "open_alerts_total": open_count,
        "open_alerts": alerts,
        "next_deadlines": _deadlines(db, convention_ids, today),
    }


# --- per collectivité ---------------------------------------------------------------------------------


def collectivite_portfolio(
    db: Queryable,
    collectivite_id: UUID,
    today: date,
    limit: int = 50,
    offset: int = 0,
    *,
    viewer: UUID | None = None,
) -> dict[str, Any]:
    """The conventions on its territory (as party, through an office attached to it, or
    through a collectivité within it) and their landlords; the contreparties it committed
    and paid per year and per beneficiary; results per year; open alerts; next deadlines."""
    own = str(collectivite_id)
    relations = db.query(
        f"SELECT t.convention_id, t.relation FROM ({CONVENTIONS_ON_TERRITORY}) t "  # noqa: S608
        "JOIN conventions c ON c.convention_id = t.convention_id "
        "ORDER BY c.start_on, c.title, t.convention_id, t.relation",
        (own,) * 6,
    )
    how: dict[str, list[str]] = defaultdict(list)
    for convention_id, relation in relations:
        how[convention_id].append(relation)
    convention_ids = _keep_visible(db, list(how), viewer)
    page_ids = convention_ids[offset : offset + limit]
    summaries = _summaries(db, page_ids, today)
    alerts, open_count = _open_alerts(db, convention_ids, viewer)
    return {
        "conventions_total": len(convention_ids),
        "conventions": [{**summaries[i], "relations": how[i]} for i in page_ids],
        "contreparties_by_year": _contreparties_by_year(db, "from_party_id = ?", (own,)),
        "contreparties_by_year_and_beneficiary": _contreparties_by_year(
            db, "from_party_id = ?", (own,), by="beneficiary_id"
        ),
        "results_by_year": _results_by_year(db, convention_ids),
        **_guarantees(db, "guarantor_id", own, convention_ids),
        "operations": _operations(db, convention_ids),
        "landlords_implanted": _landlords_implanted(db, own),
        "open_alerts_total": open_count,
        "open_alerts": alerts,
        "next_deadlines": _deadlines(db, convention_ids, today),
    }


# --- per Société de Coordination ---------------------------------------------------------------------


def societe_portfolio(
    db: Queryable,
    societe_id: UUID,
    on: date,
    today: date,
    limit: int = 50,
    offset: int = 0,
    *,
    viewer: UUID | None = None,
) -> dict[str, Any]:
    """Its members on ``on``; the conventions it signed as a group and those of each member;
    commitments and results aggregated over all of them, per year."""
    societe = str(societe_id)
    day = on.isoformat()
    members = _dicts(
        ("member_id", "name", "joined_on", "left_on"),
        db.query(
            "SELECT m.member_id, COALESCE(p.name, m.member_id), m.joined_on, m.left_on "
            "FROM sc_memberships m LEFT JOIN parties p ON p.party_id = m.member_id "
            "WHERE m.societe_id = ? AND m.joined_on <= ? AND (m.left_on IS NULL OR m.left_on > ?) "
            "ORDER BY 2, 1",
            (societe, day, day),
        ),
    )
    member_ids = [m["member_id"] for m in members]
    group_ids = [
        row[0]
        for row in db.query("SELECT convention_id FROM convention_roles WHERE party_id = ?", (societe,))
    ]
    by_member: dict[str, list[str]] = {}
    if member_ids:
        for party_id, convention_id in db.query(
            f"SELECT party_id, convention_id FROM convention_roles WHERE party_id IN ({_marks(member_ids)}) "  # noqa: S608
            "ORDER BY party_id, convention_id",
            member_ids,
        ):
            by_member.setdefault(party_id, []).append(convention_id)
    if viewer is not None:
        allowed = set(visible_conventions(db, viewer))
        group_ids = [c for c in group_ids if c in allowed]
        by_member = {m: [c for c in ids if c in allowed] for m, ids in by_member.items()}
    all_ids = list(dict.fromkeys([*group_ids, *(c for ids in by_member.values() for c in ids)]))
    ordered = (
        [
            row[0]
            for row in db.query(
                f"SELECT convention_id FROM conventions WHERE convention_id IN ({_marks(all_ids)}) "  # noqa: S608
                "ORDER BY start_on, title, convention_id",
                all_ids,
            )
        ]
        if all_ids
        else []
    )
    page_ids = ordered[offset : offset + limit]
    summaries = _summaries(db, page_ids, today)
    beneficiaries = [societe, *member_ids]
    alerts, open_count = _open_alerts(db, ordered, viewer)
    return {
        "on": day,
        "members": members,
        "group_convention_ids": group_ids,
        "member_convention_ids": [
            {
                "member_id": m["member_id"],
                "name": m["name"],
                "convention_ids": by_member.get(m["member_id"], []),
            }
            for m in members
        ],
        "conventions_total": len(ordered),
        "conventions": [summaries[i] for i in page_ids],
        "results_by_year": _results_by_year(db, ordered),
        "contreparties_by_year": _contreparties_by_year(
            db,
            f"beneficiary_id IN ({_marks(beneficiaries)}) AND convention_id IN ({_marks(ordered) or 'NULL'})",
            [*beneficiaries, *ordered],
        ),
        "open_alerts_total": open_count,
        "open_alerts": alerts,
        "next_deadlines": _deadlines(db, ordered, today),
    }


# --- timeline ---------------------------------------------------------------------------------------------

TIMELINE_COLUMNS = (
    "position",
    "stream",
    "version",
    "event_type",
    "recorded_at",
    "effective_on",
    "actor_id",
    "line",
)


def timeline(db: Queryable, convention_id: UUID, after: int = 0, limit: int = 100) -> list[dict[str, Any]]:
    """The convention's timeline after a position, in log order (next page: after the last)."""
    return _dicts(
        TIMELINE_COLUMNS,
        db.query(
            f"SELECT {', '.join(TIMELINE_COLUMNS)} FROM convention_timeline "  # noqa: S608
            "WHERE convention_id = ? AND position > ? ORDER BY position LIMIT ?",
            (text(convention_id), after, limit),
        ),
    )


class ReadersIndex:
    """The read models' index of who reads what, for the application's reads that span many
    conventions (``application.history.ReadersIndex``: the feed)."""

    def __init__(self, db: Queryable) -> None:
        self.db = db

    def readable_by(self, party_id: UUID) -> set[UUID]:
        return {UUID(c) for c in visible_conventions(self.db, party_id)}

    def party_streams(self) -> set[UUID]:
        return {UUID(p) for p in party_ids(self.db)}

    def concerning(self, party_id: UUID) -> set[UUID]:
        return {UUID(c) for c in conventions_of_party(self.db, party_id)}


MONEY_LINE_COLUMNS = (
    "convention_id",
    "title",
    "contrepartie_id",
    "label",
    "kind",
    "from_party_id",
    "beneficiary_id",
    "year",
    "owed",
    "committed",
    "paid",
)


def money_lines(db: Queryable, party_id: UUID, viewer: UUID | None) -> list[dict[str, Any]]:
    """Every contrepartie line a party gives or receives, per convention, beneficiary and year —
    what its budget tools take (committed and paid, in euros) — among the conventions the viewer
    reads; by convention title, contrepartie and year."""
    visible, params = visible_clause(viewer, "c.convention_id")
    rows = db.query(
        "SELECT c.convention_id, v.title, c.contrepartie_id, c.label, c.kind, c.from_party_id, "  # noqa: S608
        "c.beneficiary_id, c.year, c.firm, c.committed_cents, c.paid_cents "
        "FROM convention_contreparties c JOIN conventions v ON v.convention_id = c.convention_id "
        f"WHERE (c.from_party_id = ? OR c.beneficiary_id = ?) AND {visible} "
        "ORDER BY v.title, c.contrepartie_id, c.year, c.beneficiary_id",
        [text(party_id), text(party_id), *params],
    )
    return [
        {
            **dict(zip(MONEY_LINE_COLUMNS[:8], row[:8], strict=True)),
            "owed": bool(row[8]),
            "committed": euros(row[9]),
            "paid": euros(row[10] or 0),
        }
        for row in rows
    ]
