"""The audit trail of a store: verification of its hash chain against what the store holds
and against the signed checkpoints, checkpoints signed with the platform's Ed25519 key, and
Merkle proofs (RFC 9162). Specification: docs/audit.md."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import structlog
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    load_pem_private_key,
)

from application.audit import Discrepancy, Verification
from client.audit import (
    LOG_NAME,
    ZERO,
    MerkleAccumulator,
    MerkleTree,
    checkpoint_message,
    key_id,
    leaf_hash,
    verify_checkpoint_signature,
)
from infrastructure.chain_store import AuditRow, ChainAccess, ChainLink, chained, iterate_rows

MAX_REPORTED = 50
log = structlog.get_logger("audit")


class Signer:
    """The platform's Ed25519 key, in a PEM file (created, readable by its owner only, when
    missing). Production mounts it from a secret store; it never enters the repository."""

    def __init__(self, key_file: Path) -> None:
        if not key_file.exists():
            _create_key(key_file)
        key = None
        for _ in range(50):  # another process may be writing it this very moment
            with contextlib.suppress(ValueError):
                key = load_pem_private_key(key_file.read_bytes(), password=None)
                break
            time.sleep(0.05)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError(f"{key_file} is not an Ed25519 private key")
        self._key = key
        public = key.public_key()
        self.public_key_pem = public.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()
        self.key_id = key_id(public.public_bytes(Encoding.Raw, PublicFormat.Raw))

    def sign(self, message: bytes) -> str:
        return base64.b64encode(self._key.sign(message)).decode()


def _create_key(key_file: Path) -> None:
    """A new key, written once: of processes starting together, the first creates the file
    (exclusively, readable by its owner only) and the others read it."""
    key_file.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(
            Ed25519PrivateKey.generate().private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
        )


def verify_rows(
    rows: Iterable[AuditRow],
    *,
    before: ChainLink | None,
    stream_hash: Callable[[UUID, int], str | None],
    checkpoints: list[dict[str, Any]],
    public_key_pem: str,
    to_the_end: bool,
) -> tuple[int, list[Discrepancy], int]:
    """Recompute the chain over ``rows`` (in position order, starting after ``before``) and
    compare it with the links stored and, when starting from the first event, with the signed
    checkpoints. Returns (events checked, discrepancies in position order, checkpoints checked)."""
    found: list[Discrepancy] = []
    expected_seq = before.seq + 1 if before else 0
    prev = before.hash if before else ZERO
    last_position = before.position if before else 0
    last_of_stream: dict[UUID, tuple[int, str]] = {}
    from_start = before is None
    pending = sorted(checkpoints, key=lambda c: c["tree_size"]) if from_start else []
    tree = MerkleAccumulator()
    checked = 0
    checkpoints_checked = 0

    def settle_checkpoints(up_to_size: int) -> None:
        nonlocal checkpoints_checked
        while pending and pending[0]["tree_size"] <= up_to_size:
            checkpoint = pending.pop(0)
            checkpoints_checked += 1
            if tree.size == checkpoint["tree_size"] and tree.root().hex() != checkpoint["root"]:
                found.append(
                    Discrepancy(
                        int(checkpoint["head_position"]),
                        "differs-from-checkpoint",
                        f"L'historique jusqu'à la position {checkpoint['head_position']} ne correspond plus "
                        f"à la racine signée le {checkpoint['signed_at']} : il a été réécrit.",
                        int(checkpoint["tree_size"]) - 1,
                    )
                )

    for checkpoint in pending:
        if not verify_checkpoint_signature(checkpoint, public_key_pem.encode()):
            found.append(
                Discrepancy(
                    int(checkpoint["head_position"]),
                    "checkpoint-signature",
                    f"La signature du point de contrôle de taille {checkpoint['tree_size']} ne se vérifie pas "
                    "avec la clé publique de la plateforme.",
                )
            )

    for row in rows:
        last_position = row.position
        event, link = row.event, row.link
        if event is None:
            assert link is not None  # noqa: S101 - a row has an event, a link or both
            found.append(
                Discrepancy(
                    row.position,
                    "deleted-event",
                    f"L'événement n°{link.seq} (position {row.position}) a été supprimé du journal.",
                    link.seq,
                )
            )
            leaf = link.hash
        elif link is None:
            found.append(
                Discrepancy(
                    row.position,
                    "unchained-event",
                    f"Un événement a été inséré à la position {row.position} hors de la chaîne.",
                )
            )
            continue
        else:
            if link.seq != expected_seq:
                found.append(
                    Discrepancy(
                        row.position,
                        "missing-link",
                        f"Maillons {expected_seq} à {link.seq - 1} absents avant la position {row.position}.",
                        link.seq,
                    )
                )
            if (link.originator_id, link.originator_version) != (
                event.originator_id,
                event.originator_version,
            ):
                found.append(
                    Discrepancy(
                        row.position,
                        "moved-event",
                        f"À la position {row.position} se trouve la version {event.originator_version} de "
                        f"{event.originator_id}, enregistrée ailleurs : l'ordre du journal a été modifié.",
                        link.seq,
                    )
                )
            stream_prev = ZERO
            if event.originator_version > 1:
                known = last_of_stream.get(event.originator_id)
                stream_prev = (
                    known[1]
                    if known and known[0] == event.originator_version - 1
                    else stream_hash(event.originator_id, event.originator_version - 1) or ZERO
                )
            leaf = chained(event, link.seq).hash(prev, stream_prev)
            if leaf != link.hash:
                found.append(
                    Discrepancy(
                        row.position,
                        "altered-event",
                        f"L'événement de la position {row.position} (version {event.originator_version} de "
                        f"{event.originator_id}) ne correspond plus à son empreinte : contenu, type, auteur "
                        "ou date d'enregistrement modifiés.",
                        link.seq,
                    )
                )
            last_of_stream[event.originator_id] = (event.originator_version, link.hash)
            checked += 1
        prev = link.hash
        expected_seq = link.seq + 1
        if from_start:
            tree.push(leaf_hash(leaf))
            settle_checkpoints(tree.size)

    if to_the_end and from_start:
        for checkpoint in pending:
            if int(checkpoint["tree_size"]) > tree.size:
                found.append(
                    Discrepancy(
                        last_position + 1,
                        "truncated",
                        f"Le journal s'arrête après la position {last_position} ({tree.size} événements) alors "
                        f"que le point de contrôle du {checkpoint['signed_at']} en atteste "
                        f"{checkpoint['tree_size']} : la fin du journal a été supprimée.",
                        tree.size,
                    )
                )
                checkpoints_checked += 1
                break
    found.sort(key=lambda d: d.position)
    return checked, found, checkpoints_checked


class Witness:
    """Signed checkpoints kept outside the database: one file per checkpoint in a directory
    (written once, never rewritten), which the database's administrator does not control.
    What the store says of its past is checked against it: fewer or other checkpoints, a chain
    that no longer extends one of them, a tail cut after one."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def append(self, checkpoint: dict[str, Any]) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.directory / f"checkpoint-{int(checkpoint['tree_size']):012d}.json"
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return  # witnessed already (two processes signing the same head)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(json.dumps(checkpoint, sort_keys=True, indent=1) + "\n")

    def checkpoints(self) -> list[dict[str, Any]]:
        if not self.directory.is_dir():
            return []
        found = []
        for path in sorted(self.directory.glob("checkpoint-*.json")):
            with contextlib.suppress(ValueError, OSError):
                found.append(json.loads(path.read_text()))
        return found


def held_discrepancies(
    stored: list[dict[str, Any]], held: list[dict[str, Any]], origin: str
) -> list[Discrepancy]:
    """A checkpoint held outside the store (the witness's, an auditor's) that the store lost
    or replaced."""
    by_size = {int(c["tree_size"]): c for c in stored}
    found = []
    for checkpoint in held:
        size = int(checkpoint["tree_size"])
        mine = by_size.get(size)
        if mine is None:
            found.append(
                Discrepancy(
                    int(checkpoint["head_position"]),
                    "checkpoint-deleted",
                    f"Le point de contrôle de {size} événements signé le {checkpoint['signed_at']} "
                    f"({origin}) n'est plus dans la base : il en a été supprimé.",
                    size - 1,
                )
            )
        elif (mine["root"], mine.get("signature")) != (checkpoint["root"], checkpoint.get("signature")):
            found.append(
                Discrepancy(
                    int(checkpoint["head_position"]),
                    "checkpoint-replaced",
                    f"Le point de contrôle de {size} événements de la base diffère de celui signé le "
                    f"{checkpoint['signed_at']} ({origin}) : il a été remplacé.",
                    size - 1,
                )
            )
    return found


class StoreAuditTrail:
    def __init__(
        self,
        chain: ChainAccess,
        signer: Signer,
        store_owner: object = None,
        *,
        witness: Witness | None = None,
        derived_state: Callable[[], list[Discrepancy]] | None = None,
    ) -> None:
        self.chain = chain
        self.signer = signer
        # The application whose store the chain reads, held: the library closes an
        # application's store when the application is collected.
        self._store_owner = store_owner
        self.witness = witness
        # What else the store holds that derives from the events (snapshots): checked by
        # replaying it from them.
        self.derived_state = derived_state

    def public_key_pem(self) -> str:
        return self.signer.public_key_pem

    def verify(
        self,
        after: int = 0,
        until: int | None = None,
        held: list[dict[str, Any]] | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> Verification:
        """Recompute the chain and check it against the store's links and signed checkpoints,
        the witness's, and any checkpoint an auditor holds (``held``): the chain must extend
        each (its root at that size is recomputed), none may be missing from the store, and
        every snapshot must equal the replay of its events."""
        started = time.perf_counter()
        stored = self.checkpoints()
        witnessed = self.witness.checkpoints() if self.witness else []
        outside = [*witnessed, *(held or [])]
        extra = held_discrepancies(stored, witnessed, "témoin hors base") + held_discrepancies(
            stored, held or [], "détenu par l'auditeur"
        )
        known = {int(c["tree_size"]) for c in stored}
        checkpoints = [*stored, *(c for c in outside if int(c["tree_size"]) not in known)]
        before = None
        if after > 0:
            before = self.chain.link_at_position(after)
            if before is None:
                raise ValueError(f"no chained event at position {after}")
        rows = iterate_rows(self.chain.audit_rows, after)
        checked, found, checkpoints_checked = verify_rows(
            _reporting(_stop_at(rows, until), progress),
            before=before,
            stream_hash=lambda oid, version: (
                link.hash if (link := self.chain.link_of(oid, version)) else None
            ),
            checkpoints=checkpoints,
            public_key_pem=self.signer.public_key_pem,
            to_the_end=until is None,
        )
        found = sorted([*found, *extra], key=lambda d: d.position)
        if self.derived_state is not None and after == 0 and until is None:
            found += self.derived_state()
        return Verification(
            ok=not found,
            events_checked=checked,
            seconds=time.perf_counter() - started,
            after=after,
            until=until,
            checkpoints_checked=checkpoints_checked,
            first_position=found[0].position if found else None,
            discrepancies=tuple(found[:MAX_REPORTED]),
            discrepancies_total=len(found),
        )

    def _chain_hashes(self, size: int) -> Iterator[str]:
        """The chain's hashes in leaf order, the first ``size`` of them, a page at a time."""
        after = -1
        while True:
            page = [link for link in self.chain.links(after, 5000) if link.seq < size]
            yield from (link.hash for link in page)
            if len(page) < 5000:
                return
            after = page[-1].seq

    def _tree(self, size: int) -> MerkleTree:
        return MerkleTree.of_chain(self._chain_hashes(size))

    def checkpoint(self) -> dict[str, Any]:
        head = self.chain.head()
        existing = {c["tree_size"]: c for c in self.checkpoints()}
        size = head.seq + 1 if head else 0
        if size in existing:
            if self.witness is not None:
                self.witness.append(existing[size])
            return existing[size]
        accumulator = MerkleAccumulator()
        for chain_hash in self._chain_hashes(size):
            accumulator.push(leaf_hash(chain_hash))
        checkpoint: dict[str, Any] = {
            "log": LOG_NAME,
            "tree_size": size,
            "root": accumulator.root().hex(),
            "head_position": head.position if head else 0,
            "head_hash": head.hash if head else ZERO,
            "signed_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "key_id": self.signer.key_id,
        }
        checkpoint["signature"] = self.signer.sign(checkpoint_message(checkpoint))
        self.chain.add_checkpoint({k: v for k, v in checkpoint.items() if k != "log"})
        if self.witness is not None:
            self.witness.append(checkpoint)
        return checkpoint

    def checkpoints(self) -> list[dict[str, Any]]:
        return [{"log": LOG_NAME, **c} for c in self.chain.checkpoints()]

    def sign(self, message: bytes) -> tuple[str, str]:
        return self.signer.key_id, self.signer.sign(message)

    def evidence(self, positions: list[int]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        checkpoint = self.checkpoint()
        size = int(checkpoint["tree_size"])
        tree = self._tree(size)
        items = []
        for found in self.chain.evidence(positions):
            event = found.event
            items.append(
                {
                    "seq": found.seq,
                    "position": event.position,
                    "stream": str(event.originator_id),
                    "version": event.originator_version,
                    "type": event.topic,
                    "recorded_us": event.recorded_us,
                    "stored_state": event.state.decode("utf-8"),
                    "prev": found.prev,
                    "stream_prev": found.stream_prev,
                    "hash": found.hash,
                    "inclusion_proof": [p.hex() for p in tree.inclusion_proof(found.seq, size)],
                }
            )
        return checkpoint, items

    def consistency_proof(self, first: int, second: int) -> list[str]:
        tree = self._tree(second)
        return [p.hex() for p in tree.consistency_proof(first, second)]

    def inclusion_proof(self, position: int, tree_size: int) -> tuple[int, str, list[str]]:
        link = self.chain.link_at_position(position)
        if link is None or link.seq >= tree_size:
            raise ValueError(f"no event at position {position} in a tree of {tree_size}")
        tree = self._tree(tree_size)
        return link.seq, link.hash, [p.hex() for p in tree.inclusion_proof(link.seq, tree_size)]


def _reporting(rows: Iterable[AuditRow], progress: Callable[[int], None] | None) -> Iterable[AuditRow]:
    """The rows, telling ``progress`` the position reached every thousand and at the end (the
    CLI shows it)."""
    last = None
    for count, row in enumerate(rows, start=1):
        if progress is not None and count % 1000 == 0:
            progress(row.position)
        last = row
        yield row
    if progress is not None and last is not None:
        progress(last.position)


def _stop_at(rows: Iterable[AuditRow], until: int | None) -> Iterable[AuditRow]:
    for row in rows:
        if until is not None and row.position > until:
            return
        yield row


class DailyClosure:
    """Signs a checkpoint once a day (UTC) when events were recorded since the last one: the
    daily closure. Called by the worker when it is idle; checks at most once a minute."""

    def __init__(self, trail: StoreAuditTrail, check_every_seconds: float = 60.0) -> None:
        self.trail = trail
        self.every = check_every_seconds
        self._last_check = float("-inf")

    def __call__(self) -> None:
        now = time.monotonic()
        if now - self._last_check < self.every:
            return
        self._last_check = now
        head = self.trail.chain.head()
        if head is None:
            return
        checkpoints = self.trail.chain.checkpoints()
        last = checkpoints[-1] if checkpoints else None
        today = datetime.now(UTC).date().isoformat()
        if last is None or (str(last["signed_at"])[:10] < today and head.seq + 1 > int(last["tree_size"])):
            checkpoint = self.trail.checkpoint()
            log.info(
                "audit.closure", tree_size=checkpoint["tree_size"], head_position=checkpoint["head_position"]
            )


class DailyScan:
    """The deadline scan as of today, once a day (UTC), run by the worker when it is idle — so
    in whichever process leads, the embedded default included (docker-compose's scheduler does
    the same from cron; a scan run twice raises nothing twice)."""

    def __init__(self, scan: Callable[[date], object], check_every_seconds: float = 60.0) -> None:
        self.scan = scan
        self.every = check_every_seconds
        self._last_check = float("-inf")
        self._scanned_on: date | None = None

    def __call__(self) -> None:
        now = time.monotonic()
        if now - self._last_check < self.every:
            return
        self._last_check = now
        today = datetime.now(UTC).date()
        if self._scanned_on == today:
            return
        report = self.scan(today)
        self._scanned_on = today
        log.info("deadlines.scanned", as_of=today.isoformat(), report=str(report))
