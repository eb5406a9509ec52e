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
import io
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

import client.audit as audit_toolkit
from application.audit import AuditTrail
from application.authorization import NotAuthorizedError, sees_everything
from application.base import RecordedEvent, micros
from application.blobs import BlobMissingError
from application.convention_view import ConventionDossier, describe_convention
from application.history import MAX_PAGE, FeedQuery, Point, ReadersIndex
from application.ledger import ConventionLedger
from application.serialization import to_jsonable
from client.audit import SEAL_LENGTH, canonical, seal_comment
from domain.alerts import Alert, ConventionAlerts
from domain.convention import Convention, party_type_of
from domain.errors import ConventionNotFoundError, InvalidValueError
from domain.terms import PartyType
from domain.values import Actor

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


PARTY_SCOPES = {
    "office": PartyType.OFFICE,
    "collectivite": PartyType.COLLECTIVITE,
    "societe": PartyType.SOCIETE_DE_COORDINATION,
}


def scope_for(
    ledger: ConventionLedger, kind: str, scope_id: UUID, actor: Actor, index: ReadersIndex
) -> ExportScope:
    """What a scope holds, under the read policy: a convention, for its readers; a party's
    dossier (its conventions, directly or through its SC), for the party itself, auditors and
    the administrator."""
    if kind == "convention":
        convention = ledger.readable_convention(scope_id, actor)
        return ExportScope(kind, scope_id, convention.latest_terms.title, None, (scope_id,))
    party = ledger.get_party(scope_id)
    if kind not in PARTY_SCOPES or party_type_of(party) is not PARTY_SCOPES[kind]:
        raise InvalidValueError(f"{party.name} n'est pas de type « {kind[:40]} ».")
    if not sees_everything(actor) and actor.party_id != scope_id:
        raise NotAuthorizedError(
            "Seuls la partie elle-même, les auditeurs et l'administrateur exportent son dossier."
        )
    ids = tuple(sorted(index.concerning(scope_id), key=str))
    return ExportScope(kind, scope_id, party.name, scope_id, ids)


@dataclass(frozen=True)
class Gathered:
    events: list[RecordedEvent]
    checkpoint: dict[str, Any]
    evidence: dict[int, dict[str, Any]]  # by position


@dataclass(frozen=True)
class Dossier:
    """The readable dossier of a scope as of a date, before it is given a form."""

    label: str
    as_of: date
    conventions: tuple[ConventionDossier, ...]
    checkpoint: dict[str, Any]
    in_force_on: date | None = None
    """The effective clock: the terms in force on that date (default: ``as_of``), as the
    platform knew them at the end of ``as_of`` (the recording clock)."""

    @property
    def on(self) -> date:
        return self.in_force_on or self.as_of


DossierRenderer = Callable[[Dossier], str]
"""Gives the dossier its form (HTML, by a template of the presentation layer)."""


def end_of(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time.min, tzinfo=UTC) - timedelta(microseconds=1)


def _line(record: dict[str, Any]) -> bytes:
    return canonical(record) + b"\n"


class AuditExports:
    def __init__(self, ledger: ConventionLedger, trail: AuditTrail, render_dossier: DossierRenderer) -> None:
        self.ledger = ledger
        self.trail = trail
        self.render_dossier = render_dossier

    # --- what the scope holds ------------------------------------------------------------

    def events(self, scope: ExportScope, as_of: date) -> Iterator[RecordedEvent]:
        after = 0
        while True:
            page = self.ledger.history.feed(
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
                found.append(
                    self.ledger.history.convention_at(convention_id, Point(recorded_at=end_of(as_of)))
                )
            except ConventionNotFoundError:  # not yet recorded on that date: not in the dossier
                continue
        return found

    def _alerts_as_of(self, convention_id: UUID, as_of: date) -> tuple[Alert, ...]:
        file_id = ConventionAlerts.create_id(convention_id)
        version = self.ledger.history.recorder.version_recorded_by(file_id, micros(end_of(as_of)))
        if version is None:
            return ()
        alerts: ConventionAlerts = self.ledger.repository.get(file_id, version=version)
        return alerts.alerts

    def _gather(self, scope: ExportScope, as_of: date) -> Gathered:
        """The scope's events and what proves them (a signed checkpoint and, per position, the
        payload as stored, the links and the inclusion proof): read once per export."""
        events = list(self.events(scope, as_of))
        checkpoint, evidence = self.trail.evidence([e.position or 0 for e in events])
        return Gathered(events, checkpoint, {item["position"]: item for item in evidence})

    # --- the signed event log ----------------------------------------------------------------

    def jsonl(self, scope: ExportScope, as_of: date, in_force_on: date | None = None) -> bytes:
        return self._jsonl(scope, as_of, self._gather(scope, as_of), in_force_on)

    def _jsonl(
        self, scope: ExportScope, as_of: date, gathered: Gathered, in_force_on: date | None = None
    ) -> bytes:
        on = in_force_on or as_of
        events, checkpoint, by_position = gathered.events, gathered.checkpoint, gathered.evidence
        out = io.BytesIO()
        out.write(
            _line(
                {
                    "kind": "header",
                    "format": FORMAT,
                    "scope": {"kind": scope.kind, "id": str(scope.scope_id), "label": scope.label},
                    "as_of": as_of.isoformat(),
                    "in_force_on": on.isoformat(),
                    "clocks": "events recorded up to the end of as_of (UTC); terms in force on in_force_on",
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
                        "in_force_on": on.isoformat(),
                        "terms_as_of": to_jsonable(convention.terms_on(on)),
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

    def csv(self, scope: ExportScope, as_of: date, in_force_on: date | None = None) -> bytes:
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

    def dossier(self, scope: ExportScope, as_of: date, in_force_on: date | None = None) -> bytes:
        return self._dossier(scope, as_of, self.trail.checkpoint(), in_force_on)

    def _dossier(
        self, scope: ExportScope, as_of: date, checkpoint: dict[str, Any], in_force_on: date | None = None
    ) -> bytes:
        """What the dossier says, gathered here; how it reads is the presentation's
        (``render_dossier``: a template)."""
        on = in_force_on or as_of
        dossier = Dossier(
            scope.label,
            as_of,
            tuple(
                describe_convention(
                    c,
                    on,
                    self._alerts_as_of(c.id, as_of),
                    self.ledger.parties.party_names,
                    self.ledger.parties.parc_on,
                )
                for c in self._conventions(scope, as_of)
            ),
            checkpoint,
            in_force_on=on,
        )
        return self.render_dossier(dossier).encode()

    # --- the bundle --------------------------------------------------------------------------------

    def bundle(self, scope: ExportScope, as_of: date, in_force_on: date | None = None) -> bytes:
        gathered = self._gather(scope, as_of)
        files = {
            "events.jsonl": self._jsonl(scope, as_of, gathered, in_force_on),
            "evenements.csv": self._csv(gathered),
            "dossier.html": self._dossier(scope, as_of, gathered.checkpoint, in_force_on),
            "cle-publique.pem": self.trail.public_key_pem().encode(),
            # The verifier itself, standing alone (standard library and cryptography).
            "audit.py": Path(audit_toolkit.__file__).read_bytes(),
        }
        erased = self._documents(files["events.jsonl"], files)
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "scope": {"kind": scope.kind, "id": str(scope.scope_id), "label": scope.label},
            "as_of": as_of.isoformat(),
            "in_force_on": (in_force_on or as_of).isoformat(),
            "files": {name: hashlib.sha256(content).hexdigest() for name, content in files.items()},
            "erased_documents": erased,
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

    def _documents(self, events_jsonl: bytes, files: dict[str, bytes]) -> list[str]:
        """The documents the exported events attach, added to the archive as
        ``documents/<sha256>`` (the bytes as the store holds them: the verifier checks them
        against their events); the digests of those whose bytes were erased, returned."""
        erased = self.ledger.documents.erased_digests()
        gone = []
        for _, sha256, _ in audit_toolkit.attached_documents(events_jsonl):
            if sha256 in erased:
                gone.append(sha256)
                continue
            try:
                files[f"documents/{sha256}"] = self.ledger.blobs.get(sha256)
            except BlobMissingError:
                continue  # missing from the store: the verifier says so
        return sorted(set(gone))


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
