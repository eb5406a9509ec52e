"""Exports for the audit file of one office, collectivité, SC or convention, as of a date:

- ``events.jsonl`` — every event of the scope recorded up to the end of that day (UTC), each
  with its payload exactly as stored, its chain links and its Merkle inclusion proof against a
  signed checkpoint; the terms in force and as they now stand; signed as a whole (the last line
  holds the SHA-256 of every byte before it, signed with the platform's key). Verified offline
  by client/audit.py.
- ``evenements.csv`` — one line per event, chronological, numbered without gaps (in the spirit
  of the FEC), with its position and chain hash.
- ``dossier.html`` — a readable dossier: terms, avenants, evaluations with indicator charts,
  contreparties committed and paid, alerts and their handling, the checkpoint and how to verify.
- ``export.zip`` — the three with a signed manifest of their digests.

Which conventions a scope holds is decided by the caller (the API, from the read models and the
read policy); this module assembles and signs. Format: docs/audit.md.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID

import client.audit as audit_toolkit
from application.audit import AuditTrail
from application.base import RecordedEvent, micros
from application.history import MAX_PAGE, FeedQuery, Point
from application.ledger import ConventionLedger
from application.serialization import to_jsonable
from client.audit import SEAL_LENGTH, canonical, seal_comment
from domain.alerts import ConventionAlerts
from domain.convention import Convention
from domain.errors import ConventionNotFoundError, PartyNotFoundError
from domain.monitoring import STANDING_LABELS, indicator_standing
from domain.terms import KIND_LABELS

FORMAT = "conventions-oph-audit-export/1"


@dataclass(frozen=True)
class ExportScope:
    kind: str  # "office", "collectivite", "societe" or "convention"
    scope_id: UUID
    label: str
    party_id: UUID | None
    convention_ids: tuple[UUID, ...]

    @property
    def streams(self) -> frozenset[UUID]:
        streams = set(self.convention_ids) | {ConventionAlerts.create_id(c) for c in self.convention_ids}
        if self.party_id is not None:
            streams.add(self.party_id)
        return frozenset(streams)


@dataclass(frozen=True)
class Gathered:
    events: list[RecordedEvent]
    checkpoint: dict[str, Any]
    evidence: dict[int, dict[str, Any]]  # by position


def end_of(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time.min, tzinfo=UTC) - timedelta(microseconds=1)


def _line(record: dict[str, Any]) -> bytes:
    return canonical(record) + b"\n"


def _euros(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.2f} €".replace(",", "\u202f").replace(".", ",")


class AuditExports:
    def __init__(self, ledger: ConventionLedger, trail: AuditTrail) -> None:
        self.ledger = ledger
        self.trail = trail

    # --- what the scope holds ------------------------------------------------------------

    def events(self, scope: ExportScope, as_of: date) -> Iterator[RecordedEvent]:
        after = 0
        while True:
            page = self.ledger.feed(
                FeedQuery(
                    after=after,
                    limit=MAX_PAGE,
                    originator_ids=scope.streams,
                    recorded_until_us=micros(end_of(as_of)),
                )
            )
            yield from page
            if len(page) < MAX_PAGE:
                return
            after = page[-1].position or after

    def _conventions(self, scope: ExportScope, as_of: date) -> list[Convention]:
        found = []
        for convention_id in scope.convention_ids:
            try:
                found.append(self.ledger.convention_at(convention_id, Point(recorded_at=end_of(as_of))))
            except ConventionNotFoundError:  # not yet recorded on that date: not in the dossier
                continue
        return found

    def _alerts(self, convention_id: UUID, as_of: date) -> ConventionAlerts | None:
        file_id = ConventionAlerts.create_id(convention_id)
        version = self.ledger.history.version_recorded_by(file_id, micros(end_of(as_of)))
        if version is None:
            return None
        alerts: ConventionAlerts = self.ledger.repository.get(file_id, version=version)
        return alerts

    def _gather(self, scope: ExportScope, as_of: date) -> Gathered:
        """The scope's events and what proves them (a signed checkpoint and, per position, the
        payload as stored, the links and the inclusion proof): read once per export."""
        events = list(self.events(scope, as_of))
        checkpoint, evidence = self.trail.evidence([e.position or 0 for e in events])
        return Gathered(events, checkpoint, {item["position"]: item for item in evidence})

    # --- the signed event log ----------------------------------------------------------------

    def jsonl(self, scope: ExportScope, as_of: date) -> bytes:
        return self._jsonl(scope, as_of, self._gather(scope, as_of))

    def _jsonl(self, scope: ExportScope, as_of: date, gathered: Gathered) -> bytes:
        events, checkpoint, by_position = gathered.events, gathered.checkpoint, gathered.evidence
        out = io.BytesIO()
        out.write(
            _line(
                {
                    "kind": "header",
                    "format": FORMAT,
                    "scope": {"kind": scope.kind, "id": str(scope.scope_id), "label": scope.label},
                    "as_of": as_of.isoformat(),
                    "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
                    "public_key": self.trail.public_key_pem(),
                    "key_id": checkpoint["key_id"],
                    "verify": "python audit.py verify events.jsonl --public-key CLE-DE-LA-PLATEFORME.pem",
                }
            )
        )
        out.write(_line({"kind": "checkpoint", **checkpoint}))
        for event in events:
            item = by_position[event.position or 0]
            out.write(_line({"kind": "event", **item, "event": _envelope(event)}))
        for convention in self._conventions(scope, as_of):
            current = self.ledger.get_convention(convention.id)
            out.write(
                _line(
                    {
                        "kind": "terms",
                        "convention_id": str(convention.id),
                        "version_as_of": convention.version,
                        "in_force_on": as_of.isoformat(),
                        "terms_as_of": to_jsonable(convention.terms_on(as_of)),
                        "current_version": current.version,
                        "current_terms": to_jsonable(current.latest_terms),
                    }
                )
            )
        digest = hashlib.sha256(out.getvalue()).hexdigest()
        key_id, signature = self.trail.sign(digest.encode())
        out.write(
            _line(
                {
                    "kind": "end",
                    "events": len(events),
                    "sha256": digest,
                    "key_id": key_id,
                    "signature": signature,
                }
            )
        )
        return out.getvalue()

    # --- the flat file ---------------------------------------------------------------------------

    def csv(self, scope: ExportScope, as_of: date) -> bytes:
        return self._csv(self._gather(scope, as_of))

    @staticmethod
    def _csv(gathered: Gathered) -> bytes:
        events, evidence = gathered.events, gathered.evidence
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\n")
        writer.writerow(
            [
                "NumLigne", "Position", "DateEnregistrement", "DateEffet", "TypeFlux", "IdFlux", "Version",
                "TypeEvenement", "IdActeur", "RoleActeur", "PartieActeur", "Empreinte",
            ]
        )  # fmt: skip
        for number, event in enumerate(events, start=1):
            actor = event.actor
            writer.writerow(
                [
                    number,
                    event.position,
                    event.recorded_at.isoformat(),
                    event.effective_on.isoformat() if event.effective_on else "",
                    event.stream_type,
                    event.originator_id,
                    event.version,
                    event.type,
                    actor.actor_id if actor else "",
                    actor.role.value if actor else "",
                    actor.party_id or "" if actor else "",
                    evidence.get(event.position or 0, {}).get("hash", ""),
                ]
            )
        return out.getvalue().encode()

    # --- the readable dossier -------------------------------------------------------------------

    def dossier(self, scope: ExportScope, as_of: date) -> bytes:
        return self._dossier(scope, as_of, self.trail.checkpoint())

    def _dossier(self, scope: ExportScope, as_of: date, checkpoint: dict[str, Any]) -> bytes:
        parts = [
            "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
            f"<title>Dossier d'audit — {html.escape(scope.label)} au {as_of:%d/%m/%Y}</title>",
            "<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;color:#222}"
            "table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #bbb;padding:.2rem .5rem;"
            "text-align:left}th{background:#eee}.ok{color:#060}.ko{color:#a00}code{font-size:.8rem;"
            "word-break:break-all}</style></head><body>",
            f"<h1>Dossier d'audit — {html.escape(scope.label)}</h1>",
            f"<p>Situation au {as_of:%d/%m/%Y} (événements enregistrés jusqu'à la fin de ce jour, UTC).</p>",
        ]
        for convention in self._conventions(scope, as_of):
            parts.append(self._convention_section(convention, as_of))
        parts.append(_checkpoint_section(checkpoint))
        parts.append("</body></html>")
        return "\n".join(parts).encode()

    def _convention_section(self, convention: Convention, as_of: date) -> str:
        terms = convention.terms_on(as_of)
        names = self._names({p.party_id for p in terms.parties})
        rows = [f"<h2>{html.escape(terms.title)}</h2>"]
        rows.append(
            f"<p>{html.escape(KIND_LABELS[convention.kind].capitalize())} — au {as_of:%d/%m/%Y} : "
            f"{html.escape(convention.standing_on(as_of))} ; {html.escape(terms.period.describe())} ; "
            f"version {convention.version}.</p>"
        )
        if convention.concluded_on is not None and convention.in_force_since is not None:
            rows.append(
                f"<p>Conclue le {convention.concluded_on:%d/%m/%Y} (dernière signature, chaque signataire "
                f"ayant signé les mêmes termes, empreinte {html.escape(_fingerprint_of(convention))}) ; "
                f"en vigueur à compter du {convention.in_force_since:%d/%m/%Y}.</p>"
            )
        for substitution in convention.substitutions:
            sub_names = self._names({substitution.absorbed_id, substitution.absorbing_id})
            rows.append(
                f"<p>À compter du {substitution.effective_on:%d/%m/%Y}, "
                f"{html.escape(sub_names[substitution.absorbing_id])} se substitue à "
                f"{html.escape(sub_names[substitution.absorbed_id])} (fusion).</p>"
            )
        rows.append("<h3>Parties</h3><ul>")
        rows += [
            f"<li>{html.escape(names.get(p.party_id, str(p.party_id)))} — {html.escape(p.role.value)}</li>"
            for p in terms.parties
        ]
        rows.append("</ul>")
        if convention.avenants:
            rows.append(
                "<h3>Avenants</h3><table><tr><th>n°</th><th>effet</th><th>statut</th><th>motif</th></tr>"
            )
            rows += [
                f"<tr><td>{a.number}</td><td>{a.effective_on:%d/%m/%Y}</td><td>{a.status.value}</td>"
                f"<td>{html.escape(a.reason)}</td></tr>"
                for a in convention.avenants
            ]
            rows.append("</table>")
        rows.append("<h3>Engagements et résultats</h3>")
        values = {
            (e.year, v.indicator_id): v.value
            for e in convention.evaluations
            for v in e.values
            if v.value is not None
        }
        for commitment in terms.commitments:
            for indicator in commitment.indicators:
                rows.append(
                    f"<h4>{html.escape(commitment.title)} — {html.escape(indicator.label)} ({html.escape(indicator.unit)})</h4>"
                )
                points = [
                    (t.year, t.target, values.get((t.year, indicator.indicator_id)))
                    for t in indicator.targets
                ]
                rows.append(_chart(points))
                rows.append("<table><tr><th>année</th><th>cible</th><th>réalisé</th><th>situation</th></tr>")
                for year, target, value in points:
                    standing = indicator_standing(convention, indicator.indicator_id, year)
                    rows.append(
                        f"<tr><td>{year}</td><td>{target}</td><td>{'—' if value is None else value}</td>"
                        f"<td>{STANDING_LABELS[standing] if standing else '—'}</td></tr>"
                    )
                rows.append("</table>")
        if terms.contreparties:
            rows.append("<h3>Contreparties : engagé et versé</h3>")
            rows.append("<table><tr><th>contrepartie</th><th>année</th><th>engagé</th><th>versé</th></tr>")
            for contrepartie in terms.contreparties:
                for amount in contrepartie.amounts:
                    paid = sum(
                        (
                            p.amount
                            for p in convention.payments
                            if p.contrepartie_id == contrepartie.contrepartie_id and p.year == amount.year
                        ),
                        Decimal(0),
                    )
                    rows.append(
                        f"<tr><td>{html.escape(contrepartie.label)}</td><td>{amount.year}</td>"
                        f"<td>{_euros(amount.amount)}</td><td>{_euros(paid)}</td></tr>"
                    )
            rows.append("</table>")
        alerts = self._alerts(convention.id, as_of)
        if alerts is not None and alerts.alerts:
            rows.append("<h3>Alertes et leur traitement</h3><table><tr><th>n°</th><th>motif</th><th>levée</th>"
                        "<th>statut</th><th>décision / clôture</th></tr>")  # fmt: skip
            for alert in alerts.alerts:
                handling = alert.closing_reason or (alert.decision.kind.value if alert.decision else "")
                rows.append(
                    f"<tr><td>{alert.number}</td><td>{html.escape(alert.finding.cause)}</td>"
                    f"<td>{alert.raised_on:%d/%m/%Y}</td><td>{alert.status.value}</td>"
                    f"<td>{html.escape(handling)}</td></tr>"
                )
            rows.append("</table>")
        return "\n".join(rows)

    def _names(self, party_ids: set[UUID]) -> dict[UUID, str]:
        names = {}
        for party_id in party_ids:
            try:
                names[party_id] = self.ledger.get_party(party_id).name
            except PartyNotFoundError:  # an unknown party shows its id
                continue
        return names

    # --- the bundle --------------------------------------------------------------------------------

    def bundle(self, scope: ExportScope, as_of: date) -> bytes:
        gathered = self._gather(scope, as_of)
        files = {
            "events.jsonl": self._jsonl(scope, as_of, gathered),
            "evenements.csv": self._csv(gathered),
            "dossier.html": self._dossier(scope, as_of, gathered.checkpoint),
            "cle-publique.pem": self.trail.public_key_pem().encode(),
            # The verifier itself, standing alone (standard library and cryptography).
            "audit.py": Path(audit_toolkit.__file__).read_bytes(),
        }
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "scope": {"kind": scope.kind, "id": str(scope.scope_id), "label": scope.label},
            "as_of": as_of.isoformat(),
            "files": {name: hashlib.sha256(content).hexdigest() for name, content in files.items()},
        }
        manifest["key_id"], manifest["signature"] = self.trail.sign(
            hashlib.sha256(canonical(manifest)).hexdigest().encode()
        )
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in files.items():
                archive.writestr(name, content)
            archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
            archive.comment = b" " * SEAL_LENGTH
        # The seal: the archive's comment signs every byte before it (headers included).
        body = out.getvalue()[:-SEAL_LENGTH]
        key_id, signature = self.trail.sign(hashlib.sha256(body).hexdigest().encode())
        return body + seal_comment(key_id, signature)


def _envelope(event: RecordedEvent) -> dict[str, Any]:
    return {
        "id": str(event.event_id),
        "stream_type": event.stream_type,
        "type": event.type,
        "schema_version": event.schema_version,
        "recorded_at": event.recorded_at.isoformat(),
        "effective_on": event.effective_on.isoformat() if event.effective_on else None,
        "actor": to_jsonable(event.actor),
        "payload": event.payload,
    }


def _chart(points: list[tuple[int, Decimal, Decimal | None]]) -> str:
    """Bars per year: the target (grey) and the value achieved (green when met, red when not
    — for an indicator where more is better; the table below gives the figures)."""
    if not points:
        return ""
    top = max([float(t) for _, t, _ in points] + [float(v) for _, _, v in points if v is not None] + [1.0])
    width, height, bar = 40 * len(points) + 10, 120, 14
    shapes = []
    for index, (year, target, value) in enumerate(points):
        x = 10 + index * 40
        th = 100 * float(target) / top
        shapes.append(f"<rect x='{x}' y='{105 - th:.1f}' width='{bar}' height='{th:.1f}' fill='#bbb'/>")
        if value is not None:
            vh = 100 * float(value) / top
            colour = "#2a2" if value >= target else "#c33"
            shapes.append(
                f"<rect x='{x + bar}' y='{105 - vh:.1f}' width='{bar}' height='{vh:.1f}' fill='{colour}'/>"
            )
        shapes.append(f"<text x='{x}' y='118' font-size='9'>{year}</text>")
    return f"<svg width='{width}' height='{height}' role='img' aria-label='cibles et réalisés'>{''.join(shapes)}</svg>"


def _checkpoint_section(checkpoint: dict[str, Any]) -> str:
    return (
        "<h2>Intégrité</h2>"
        f"<p>Point de contrôle signé le {html.escape(str(checkpoint['signed_at']))} : "
        f"{checkpoint['tree_size']} événements du registre, jusqu'à la position {checkpoint['head_position']}.</p>"
        f"<p>Racine de l'arbre de Merkle : <code>{checkpoint['root']}</code><br>"
        f"Clé de signature (Ed25519) : <code>{checkpoint['key_id']}</code><br>"
        f"Signature : <code>{html.escape(str(checkpoint['signature']))}</code></p>"
        "<p>Pour vérifier ce dossier hors de la plateforme : <code>python audit.py verify export.zip "
        "--public-key CLE-DE-LA-PLATEFORME.pem</code> — le vérificateur <code>audit.py</code> est dans "
        "l'archive ; Python et la bibliothèque <code>cryptography</code> suffisent. La clé publique est celle "
        "que publie la plateforme (<code>GET /audit/public-key</code>), obtenue d'elle et non de l'archive : "
        "sans elle, le vérificateur répond « non concluant », car une archive peut porter la clé de qui l'a "
        "forgée. Le script recalcule l'empreinte de chaque événement, vérifie sa preuve d'inclusion dans "
        "l'arbre signé, la signature du journal et celle du manifeste ; il échoue si un seul octet a "
        "changé.</p>"
    )


def _fingerprint_of(convention: Convention) -> str:
    """The fingerprint the signatures cover (the first 16 digits, enough to compare by eye)."""
    prints = {s.terms_fingerprint for s in convention.signatures if s.terms_fingerprint}
    return next(iter(prints))[:16] if len(prints) == 1 else "non consignée"
