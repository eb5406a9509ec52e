"""The hash chain in the event store: one row per stored event, written by the recorders in
the transaction that stores the event (under the lock that orders commits), and the signed
checkpoints. The same SQL serves PostgreSQL and SQLite through a DB-API cursor, so the tamper
tests can alter a store, verify it and roll back within one transaction.

    <events>_chain        seq (leaf index, 0…) | position | originator_id | originator_version | hash
    <events>_checkpoints  tree_size | head_position | root | head_hash | signed_at | key_id | signature

The hash of an event is client.audit.ChainedEvent.hash: its canonical record (position, stream,
version, type, recorded time, SHA-256 of the payload as stored — which holds the actor) with the
hash of the event before it in commit order (``prev``) and in its stream (``stream_prev``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol
from uuid import UUID

from client.audit import ZERO, ChainedEvent, canonical


@dataclass(frozen=True)
class ChainLink:
    seq: int
    position: int
    originator_id: UUID
    originator_version: int
    hash: str


@dataclass(frozen=True)
class NewEvent:
    position: int
    originator_id: UUID
    originator_version: int
    topic: str
    state: bytes
    recorded_us: int


@dataclass(frozen=True)
class Evidence:
    """An event with what binds it: its link and the hashes it was chained after."""

    event: NewEvent
    seq: int
    hash: str
    prev: str
    stream_prev: str


@dataclass(frozen=True)
class AuditRow:
    """What the store holds at one position: the event (if any), its recorded time (if any),
    its chain link (if any). A sound store has all three, and they agree."""

    position: int
    event: NewEvent | None
    link: ChainLink | None


def link_events(
    head: tuple[int, str] | None,
    stream_hash: Callable[[UUID, int], str | None],
    events: Sequence[NewEvent],
) -> list[ChainLink]:
    """Chain new events after ``head`` (seq and hash of the last link), in position order."""
    seq, prev = (head[0] + 1, head[1]) if head is not None else (0, ZERO)
    in_batch: dict[tuple[UUID, int], str] = {}
    links = []
    for event in sorted(events, key=lambda e: e.position):
        key = (event.originator_id, event.originator_version - 1)
        stream_prev = in_batch.get(key) or (stream_hash(*key) if event.originator_version > 1 else None)
        digest = chained(event, seq).hash(prev, stream_prev or ZERO)
        links.append(ChainLink(seq, event.position, event.originator_id, event.originator_version, digest))
        in_batch[(event.originator_id, event.originator_version)] = digest
        seq, prev = seq + 1, digest
    return links


def continued_links(events: Sequence[NewEvent]) -> set[tuple[UUID, int]]:
    """The last link of each stream the batch continues (not in the batch itself)."""
    in_batch = {(e.originator_id, e.originator_version) for e in events}
    return {
        (e.originator_id, e.originator_version - 1)
        for e in events
        if e.originator_version > 1 and (e.originator_id, e.originator_version - 1) not in in_batch
    }


def chained(event: NewEvent, seq: int) -> ChainedEvent:
    return ChainedEvent(
        seq=seq,
        position=event.position,
        stream=str(event.originator_id),
        version=event.originator_version,
        topic=event.topic,
        recorded_us=event.recorded_us,
        state=event.state,
    )


STORE_SLOTS = ("position", "prev", "seq", "stream_prev")
"""The values of an event's canonical record that only the store knows as it writes the event
(its position, the hash before it in commit order, its leaf index, the hash before it in its
stream), in the record's key order."""


def record_parts(event: NewEvent) -> list[str]:
    """The event's canonical record (``client.audit``) as the texts around the store's slots,
    five of them: the store's append function joins them with its position, the chain's head
    hash, its seq and its stream's last hash, then hashes the whole — the same bytes as
    ``ChainedEvent.hash``. Rendered by the record's own code with markers in the slots, so the
    layout keeps one home (tested: the links made in SQL verify against the offline verifier)."""
    marks = {slot: f"\x00{slot}\x00" for slot in STORE_SLOTS}
    record = chained(event, 0).record(marks["prev"], marks["stream_prev"])
    record["position"], record["seq"] = marks["position"], marks["seq"]
    text = canonical(record).decode()
    parts = []
    for slot in STORE_SLOTS:
        mark = canonical({"m": marks[slot]}).decode()[5:-1]  # the marker as JSON renders it, quoted
        if slot in ("prev", "stream_prev"):
            mark = mark[1:-1]  # a hash sits inside the quotes, a number replaces them
        before, found, text = text.partition(mark)
        if not found or mark in text:
            raise AssertionError(f"the canonical record's slot {slot} is not where the store puts it")
        parts.append(before)
    return [*parts, text]


class ChainSql:
    """The chain's SQL for one store. ``p`` is the placeholder; ids are converted to and from
    the events table's own representation (uuid on PostgreSQL, hex text on SQLite)."""

    def __init__(
        self,
        *,
        events_table: str,
        recorded_table: str,
        prefix: str,
        placeholder: str,
        uuid_type: str,
        id_to_db: Callable[[UUID], Any],
        id_from_db: Callable[[Any], UUID],
        position_column: str,
    ) -> None:
        self.events = f"{prefix}{events_table}"
        self.recorded = f"{prefix}{recorded_table}"
        self.chain = f"{prefix}{events_table}_chain"
        self.checkpoints_table = f"{prefix}{events_table}_checkpoints"
        self.p = placeholder
        self.uuid_type = uuid_type
        self.to_db = id_to_db
        self.from_db = id_from_db
        self.position = position_column

    def create_statements(self) -> list[str]:
        return [
            f"CREATE TABLE IF NOT EXISTS {self.chain} (seq BIGINT PRIMARY KEY, "
            f"position BIGINT NOT NULL UNIQUE, originator_id {self.uuid_type} NOT NULL, "
            "originator_version BIGINT NOT NULL, hash TEXT NOT NULL, "
            "UNIQUE (originator_id, originator_version))",
            f"CREATE TABLE IF NOT EXISTS {self.checkpoints_table} (tree_size BIGINT PRIMARY KEY, "
            "head_position BIGINT NOT NULL, root TEXT NOT NULL, head_hash TEXT NOT NULL, "
            "signed_at TEXT NOT NULL, key_id TEXT NOT NULL, signature TEXT NOT NULL)",
        ]

    # --- writing (inside the events' transaction) -------------------------------------------

    def append(self, cursor: Any, events: Sequence[NewEvent]) -> list[ChainLink]:
        """Chain the new events after the head and the last link of each stream they continue,
        read in one query (the embedded store: no round trip to save; PostgreSQL chains in its
        append function, ``infrastructure.recorders``)."""
        head, stream_hashes = self._head_and_links(cursor, continued_links(events))
        links = link_events(head, lambda oid, version: stream_hashes.get((oid, version)), events)
        p = self.p
        cursor.executemany(
            f"INSERT INTO {self.chain} VALUES ({p}, {p}, {p}, {p}, {p})",  # noqa: S608
            [(k.seq, k.position, self.to_db(k.originator_id), k.originator_version, k.hash) for k in links],
        )
        return links

    def _head_and_links(
        self, cursor: Any, continued: set[tuple[UUID, int]]
    ) -> tuple[tuple[int, str] | None, dict[tuple[UUID, int], str]]:
        p = self.p
        sql = f"SELECT NULL, -1, seq, hash FROM (SELECT seq, hash FROM {self.chain} ORDER BY seq DESC LIMIT 1) h"  # noqa: S608
        params: list[Any] = []
        for originator_id, version in continued:
            sql += (
                f" UNION ALL SELECT originator_id, originator_version, seq, hash FROM {self.chain} "  # noqa: S608
                f"WHERE originator_id = {p} AND originator_version = {p}"
            )
            params += [self.to_db(originator_id), version]
        cursor.execute(sql, params)
        head: tuple[int, str] | None = None
        stream_hashes: dict[tuple[UUID, int], str] = {}
        for originator_id, version, seq, digest in cursor.fetchall():
            if version == -1:
                head = (int(seq), str(digest))
            else:
                stream_hashes[(self.from_db(originator_id), int(version))] = str(digest)
        return head, stream_hashes

    # --- reading (verification, proofs, exports) --------------------------------------------

    def audit_rows(self, cursor: Any, after: int, limit: int) -> list[AuditRow]:
        """Events and links by position after ``after``: events without a link and links
        without an event included (a full outer join), each event with its recorded time."""
        p, pos = self.p, self.position
        cursor.execute(
            f"SELECT COALESCE(e.{pos}, c.position) AS at_position, e.originator_id, e.originator_version, "  # noqa: S608
            "e.topic, e.state, r.recorded_us, c.seq, c.originator_id, c.originator_version, c.hash "
            f"FROM {self.events} e FULL OUTER JOIN {self.chain} c ON c.position = e.{pos} "
            f"LEFT JOIN {self.recorded} r ON r.originator_id = e.originator_id "
            "AND r.originator_version = e.originator_version "
            f"WHERE COALESCE(e.{pos}, c.position) > {p} ORDER BY at_position LIMIT {p}",
            (after, limit),
        )
        rows = []
        for (
            at,
            oid,
            version,
            topic,
            state,
            recorded_us,
            seq,
            link_oid,
            link_version,
            digest,
        ) in cursor.fetchall():
            event = (
                NewEvent(
                    int(at),
                    self.from_db(oid),
                    int(version),
                    str(topic),
                    bytes(state),
                    int(recorded_us) if recorded_us is not None else -1,
                )
                if oid is not None
                else None
            )
            link = (
                ChainLink(int(seq), int(at), self.from_db(link_oid), int(link_version), str(digest))
                if seq is not None
                else None
            )
            rows.append(AuditRow(int(at), event, link))
        return rows

    def evidence(self, cursor: Any, positions: Sequence[int]) -> list[Evidence]:
        found: list[Evidence] = []
        pos = self.position
        for start in range(0, len(positions), 500):
            chunk = list(positions[start : start + 500])
            cursor.execute(
                f"SELECT e.{pos}, e.originator_id, e.originator_version, e.topic, e.state, r.recorded_us, "  # noqa: S608
                "c.seq, c.hash, pc.hash, sc.hash "
                f"FROM {self.events} e JOIN {self.chain} c ON c.position = e.{pos} "
                f"LEFT JOIN {self.recorded} r ON r.originator_id = e.originator_id "
                "AND r.originator_version = e.originator_version "
                f"LEFT JOIN {self.chain} pc ON pc.seq = c.seq - 1 "
                f"LEFT JOIN {self.chain} sc ON sc.originator_id = e.originator_id "
                "AND sc.originator_version = e.originator_version - 1 "
                f"WHERE e.{pos} IN ({', '.join(self.p for _ in chunk)}) ORDER BY e.{pos}",
                chunk,
            )
            for at, oid, version, topic, state, us, seq, digest, prev, stream_prev in cursor.fetchall():
                event = NewEvent(int(at), self.from_db(oid), int(version), str(topic), bytes(state), int(us))
                found.append(
                    Evidence(event, int(seq), str(digest), str(prev or ZERO), str(stream_prev or ZERO))
                )
        return found

    def links(self, cursor: Any, after_seq: int, limit: int) -> list[ChainLink]:
        cursor.execute(
            f"SELECT seq, position, originator_id, originator_version, hash FROM {self.chain} "  # noqa: S608
            f"WHERE seq > {self.p} ORDER BY seq LIMIT {self.p}",
            (after_seq, limit),
        )
        return [
            ChainLink(int(s), int(pos), self.from_db(o), int(v), str(h))
            for s, pos, o, v, h in cursor.fetchall()
        ]

    def link_of(self, cursor: Any, originator_id: UUID, version: int) -> ChainLink | None:
        cursor.execute(
            f"SELECT seq, position, originator_id, originator_version, hash FROM {self.chain} "  # noqa: S608
            f"WHERE originator_id = {self.p} AND originator_version = {self.p}",
            (self.to_db(originator_id), version),
        )
        row = cursor.fetchone()
        return (
            ChainLink(int(row[0]), int(row[1]), self.from_db(row[2]), int(row[3]), str(row[4]))
            if row
            else None
        )

    def link_at_position(self, cursor: Any, position: int) -> ChainLink | None:
        cursor.execute(
            f"SELECT seq, position, originator_id, originator_version, hash FROM {self.chain} "  # noqa: S608
            f"WHERE position = {self.p}",
            (position,),
        )
        row = cursor.fetchone()
        return (
            ChainLink(int(row[0]), int(row[1]), self.from_db(row[2]), int(row[3]), str(row[4]))
            if row
            else None
        )

    def head(self, cursor: Any) -> ChainLink | None:
        cursor.execute(
            f"SELECT seq, position, originator_id, originator_version, hash FROM {self.chain} "  # noqa: S608
            "ORDER BY seq DESC LIMIT 1"
        )
        row = cursor.fetchone()
        return (
            ChainLink(int(row[0]), int(row[1]), self.from_db(row[2]), int(row[3]), str(row[4]))
            if row
            else None
        )

    # --- checkpoints ------------------------------------------------------------------------

    CHECKPOINT_FIELDS = (
        "tree_size",
        "head_position",
        "root",
        "head_hash",
        "signed_at",
        "key_id",
        "signature",
    )

    def add_checkpoint(self, cursor: Any, checkpoint: dict[str, Any]) -> None:
        marks = ", ".join(self.p for _ in self.CHECKPOINT_FIELDS)
        cursor.execute(
            f"INSERT INTO {self.checkpoints_table} ({', '.join(self.CHECKPOINT_FIELDS)}) VALUES ({marks}) "  # noqa: S608
            "ON CONFLICT DO NOTHING",
            tuple(checkpoint[f] for f in self.CHECKPOINT_FIELDS),
        )

    def checkpoints(self, cursor: Any) -> list[dict[str, Any]]:
        cursor.execute(
            f"SELECT {', '.join(self.CHECKPOINT_FIELDS)} FROM {self.checkpoints_table} ORDER BY tree_size"  # noqa: S608
        )
        return [dict(zip(self.CHECKPOINT_FIELDS, row, strict=True)) for row in cursor.fetchall()]


def iterate_rows(
    read: Callable[[int, int], list[AuditRow]], after: int = 0, page: int = 2000
) -> Iterable[AuditRow]:
    """Every audit row after a position, page by page (never the whole log in memory)."""
    while True:
        rows = read(after, page)
        yield from rows
        if len(rows) < page:
            return
        after = rows[-1].position


class ChainAccess(Protocol):
    """What the audit trail reads and writes of a store's chain, whatever the store."""

    def audit_rows(self, after: int, limit: int) -> list[AuditRow]: ...

    def links(self, after_seq: int, limit: int) -> list[ChainLink]: ...

    def link_of(self, originator_id: UUID, version: int) -> ChainLink | None: ...

    def evidence(self, positions: Sequence[int]) -> list[Evidence]: ...

    def link_at_position(self, position: int) -> ChainLink | None: ...

    def head(self) -> ChainLink | None: ...

    def add_checkpoint(self, checkpoint: dict[str, Any]) -> None: ...

    def checkpoints(self) -> list[dict[str, Any]]: ...


class SqlChainAccess:
    """A store's chain through cursors from ``cursor_scope`` (a new transaction each, or the
    tamper tests' own open transaction)."""

    def __init__(self, sql: ChainSql, cursor_scope: Callable[[], AbstractContextManager[Any]]) -> None:
        self.sql = sql
        self.cursor = cursor_scope

    def audit_rows(self, after: int, limit: int) -> list[AuditRow]:
        with self.cursor() as cursor:
            return self.sql.audit_rows(cursor, after, limit)

    def links(self, after_seq: int, limit: int) -> list[ChainLink]:
        with self.cursor() as cursor:
            return self.sql.links(cursor, after_seq, limit)

    def link_of(self, originator_id: UUID, version: int) -> ChainLink | None:
        with self.cursor() as cursor:
            return self.sql.link_of(cursor, originator_id, version)

    def evidence(self, positions: Sequence[int]) -> list[Evidence]:
        with self.cursor() as cursor:
            return self.sql.evidence(cursor, positions)

    def link_at_position(self, position: int) -> ChainLink | None:
        with self.cursor() as cursor:
            return self.sql.link_at_position(cursor, position)

    def head(self) -> ChainLink | None:
        with self.cursor() as cursor:
            return self.sql.head(cursor)

    def add_checkpoint(self, checkpoint: dict[str, Any]) -> None:
        with self.cursor() as cursor:
            self.sql.add_checkpoint(cursor, checkpoint)

    def checkpoints(self) -> list[dict[str, Any]]:
        with self.cursor() as cursor:
            return self.sql.checkpoints(cursor)
