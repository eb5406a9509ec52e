"""The ledger's recorders: the library's process recorders (events, notification log,
tracking) plus a **time index** — when each event was recorded — written in the same
transaction as the events (the technique of the library's "searchable timestamps" example),
and a feed query that selects notifications by stream, type and recorded time without
scanning the log.

Recorded times are integers (microseconds since the Unix epoch, UTC), so SQLite and
PostgreSQL compare them alike. The application passes them with the events (keyword
``recorded_at``: ``(originator_id, originator_version, microseconds)`` tuples).
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from uuid import UUID

from eventsourcing.persistence import (
    AggregateRecorder,
    IntegrityError,
    InterfaceError,
    Notification,
    OperationalError,
    ProcessRecorder,
    StoredEvent,
    Tracking,
)
from eventsourcing.popo import POPOFactory, POPOProcessRecorder
from eventsourcing.postgres import (
    PostgresAggregateRecorder,
    PostgresDatastore,
    PostgresFactory,
    PostgresProcessRecorder,
)
from eventsourcing.sqlite import SQLiteCursor, SQLiteDatastore, SQLiteProcessRecorder
from eventsourcing.utils import retry
from psycopg.rows import tuple_row
from psycopg.sql import SQL, Composable, Composed, Identifier, Literal

from application.base import COMMAND_KEY_ARG, CommandKey
from application.history import RECORDED_AT, FeedQuery
from client.audit import ZERO
from infrastructure.chain_store import (
    AuditRow,
    ChainAccess,
    ChainLink,
    ChainSql,
    Evidence,
    NewEvent,
    SqlChainAccess,
    link_events,
    record_parts,
)

Recorded = tuple[UUID, int, int]


def _recorded(kwargs: dict[str, Any], stored_events: Sequence[StoredEvent]) -> list[Recorded]:
    """The recording time of every event: as the application passed it, or now."""
    given = {(UUID(str(o)), v): us for o, v, us in kwargs.get(RECORDED_AT) or ()}
    now = time.time_ns() // 1000
    keys = [(UUID(str(e.originator_id)), e.originator_version) for e in stored_events]
    return [(oid, version, given.get((oid, version), now)) for oid, version in keys]


def _command_of(kwargs: dict[str, Any]) -> tuple[str, str, str, str] | None:
    """The idempotency key of the command whose events these are, with its result: written in
    the events' transaction, unique per actor (with the position of its last event)."""
    keyed = kwargs.get(COMMAND_KEY_ARG)
    if keyed is None:
        return None
    command, result = keyed
    if not isinstance(command, CommandKey):
        raise TypeError("command_key: a CommandKey and its result are expected")
    return (command.actor_id, command.key, command.fingerprint, str(result))


def _command_row(kwargs: dict[str, Any], ids: Sequence[int]) -> tuple[str, str, str, str, int] | None:
    command = _command_of(kwargs)
    return None if command is None or not ids else (*command, max(ids))


COMMANDS_COLUMNS = "actor_id, key, fingerprint, result, last_position"


def _new_events(
    stored_events: Sequence[StoredEvent], ids: Sequence[int], recorded: Sequence[Recorded]
) -> list[NewEvent]:
    return [
        NewEvent(position, oid, version, e.topic, e.state, us)
        for e, position, (oid, version, us) in zip(stored_events, ids, recorded, strict=True)
    ]


RENDERED_ONCE = (
    "_append",
    "insert_tracking_statement",
    "max_notification_id_statement",
    "max_tracking_id_statement",
    "_select_command",
    "_version_recorded_by",
)
"""The statements executed as they are (the library composes others further, and inspects its
schema's), on the write path above all."""


def _render_once(recorder: Any) -> None:
    """The recorder's statements as text, rendered once. psycopg renders a composed statement
    (``psycopg.sql``) at each execution — ~0.1 ms of a single-event command's CPU for its
    statements — where the text of a ``str`` is parsed once and kept."""
    for name in RENDERED_ONCE:
        value = getattr(recorder, name)
        if isinstance(value, Composable):
            setattr(recorder, name, value.as_string())
        elif isinstance(value, list):
            setattr(recorder, name, [v.as_string() if isinstance(v, Composable) else v for v in value])


class PostgresLedgerRecorder(PostgresProcessRecorder):
    def __init__(
        self,
        datastore: PostgresDatastore,
        *,
        events_table_name: str = "stored_events",
        tracking_table_name: str = "notification_tracking",
    ) -> None:
        super().__init__(
            datastore, events_table_name=events_table_name, tracking_table_name=tracking_table_name
        )
        self.time_index_table = f"{events_table_name}_recorded"
        self.check_identifier_length(self.time_index_table)
        schema, table = Identifier(self.datastore.schema), Identifier(self.time_index_table)
        self.sql_create_statements.append(
            SQL(
                "CREATE TABLE IF NOT EXISTS {0}.{1} (originator_id uuid NOT NULL, "
                "originator_version bigint NOT NULL, recorded_us bigint NOT NULL, "
                "PRIMARY KEY (originator_id, originator_version))"
            ).format(schema, table)
        )
        self.sql_create_statements.append(
            SQL("CREATE INDEX IF NOT EXISTS {0} ON {1}.{2} (recorded_us)").format(
                Identifier(f"{self.time_index_table}_us_idx"), schema, table
            )
        )
        self.commands_table = f"{events_table_name}_commands"
        self.check_identifier_length(self.commands_table)
        commands = Identifier(self.commands_table)
        self.sql_create_statements.append(
            SQL(
                "CREATE TABLE IF NOT EXISTS {0}.{1} (actor_id text NOT NULL, key text NOT NULL, "
                "fingerprint text NOT NULL, result text NOT NULL, last_position bigint NOT NULL, "
                "PRIMARY KEY (actor_id, key))"
            ).format(schema, commands)
        )
        self._select_command = SQL(
            "SELECT fingerprint, result, last_position FROM {0}.{1} WHERE actor_id = %s AND key = %s"
        ).format(schema, commands)
        self.chain = ChainSql(
            events_table=events_table_name,
            recorded_table=self.time_index_table,
            prefix=f'"{self.datastore.schema}".',
            placeholder="%s",
            uuid_type="uuid",
            id_to_db=lambda u: u,
            id_from_db=lambda v: v if isinstance(v, UUID) else UUID(str(v)),
            position_column="notification_id",
        )
        self.sql_create_statements.extend(
            Composed([SQL(statement)]) for statement in self.chain.create_statements()
        )
        self._version_recorded_by = SQL(
            "SELECT MAX(originator_version) FROM {0}.{1} WHERE originator_id = %s AND recorded_us <= %s"
        ).format(schema, table)
        append = Identifier(f"{events_table_name}_append")
        self.sql_create_statements.append(self._append_function(append, commands))
        self._append = SQL(
            "SELECT * FROM {0}.{1}(%b::uuid[], %b::bigint[], %b::text[], %b::bytea[], %b::bigint[], "
            "%b::text[], %b::text, %b::text, %b::text, %b::text)"
        ).format(schema, append)
        _render_once(self)

    def _append_function(self, name: Identifier, commands: Identifier) -> Composed:
        """One command's write in one statement, so in one round trip: under the lock that makes
        commit order the positions' order, the events (and the notification to listeners),
        their recorded times, their links in the audit chain, the idempotency key. A link's
        hash is SHA-256 over the event's canonical record (``client.audit``), which the
        recorder renders around the values only the store knows (``record_parts``), exactly
        as the offline verifier recomputes it."""
        schema = Identifier(self.datastore.schema)
        return SQL(
            "CREATE OR REPLACE FUNCTION {schema}.{name}(p_ids uuid[], p_versions bigint[], "
            "p_topics text[], p_states bytea[], p_recorded bigint[], p_parts text[], "
            "p_command_actor text, p_command_key text, p_command_fingerprint text, p_command_result text) "
            "RETURNS TABLE (appended_position bigint, appended_seq bigint, appended_hash text) "
            "LANGUAGE plpgsql AS $BODY$ "
            "DECLARE positions bigint[]; head_seq bigint; head_hash text; stream_prev text; "
            "BEGIN "
            "SET LOCAL lock_timeout = '{lock_timeout}s'; "
            "LOCK TABLE {schema}.{events} IN EXCLUSIVE MODE; "
            "NOTIFY {channel}; "
            "WITH inserted AS (INSERT INTO {schema}.{events} (originator_id, originator_version, topic, state) "
            "SELECT * FROM unnest(p_ids, p_versions, p_topics, p_states) RETURNING notification_id) "
            "SELECT array_agg(notification_id ORDER BY notification_id) INTO positions FROM inserted; "
            "INSERT INTO {schema}.{recorded} SELECT * FROM unnest(p_ids, p_versions, p_recorded); "
            "SELECT c.seq, c.hash INTO head_seq, head_hash FROM {chain} c ORDER BY c.seq DESC LIMIT 1; "
            "head_seq := COALESCE(head_seq, -1); head_hash := COALESCE(head_hash, {zero}); "
            "FOR i IN 1 .. cardinality(p_ids) LOOP "
            "stream_prev := NULL; "
            "IF p_versions[i] > 1 THEN "
            "SELECT c.hash INTO stream_prev FROM {chain} c "
            "WHERE c.originator_id = p_ids[i] AND c.originator_version = p_versions[i] - 1; "
            "END IF; "
            "head_seq := head_seq + 1; "
            "head_hash := encode(sha256(convert_to(p_parts[5 * i - 4] || positions[i] || p_parts[5 * i - 3] "
            "|| head_hash || p_parts[5 * i - 2] || head_seq || p_parts[5 * i - 1] "
            "|| COALESCE(stream_prev, {zero}) || p_parts[5 * i], 'UTF8')), 'hex'); "
            "INSERT INTO {chain} VALUES (head_seq, positions[i], p_ids[i], p_versions[i], head_hash); "
            "appended_position := positions[i]; appended_seq := head_seq; appended_hash := head_hash; "
            "RETURN NEXT; "
            "END LOOP; "
            "IF p_command_actor IS NOT NULL THEN "
            "INSERT INTO {schema}.{commands} ({columns}) VALUES (p_command_actor, p_command_key, "
            "p_command_fingerprint, p_command_result, positions[cardinality(positions)]); "
            "END IF; "
            "END; $BODY$"
        ).format(
            schema=schema,
            name=name,
            lock_timeout=SQL(str(int(self.datastore.lock_timeout))),
            events=Identifier(self.events_table_name),
            channel=Identifier(self.channel_name),
            recorded=Identifier(self.time_index_table),
            chain=SQL(self.chain.chain),
            zero=Literal(ZERO),
            commands=commands,
            columns=SQL(COMMANDS_COLUMNS),
        )

    @retry((InterfaceError, OperationalError), max_attempts=10, wait=0.2)
    def insert_events(self, stored_events: Sequence[StoredEvent], **kwargs: Any) -> Sequence[int] | None:
        """The library's write (its lock, its notification, its retries) as one call of the
        append function: one round trip in autocommit. A write that tracks a notification (the
        alert process) records its position first, in the same transaction, by the library's
        own statement."""
        tracking: Tracking | None = kwargs.get("tracking")
        if not stored_events and tracking is None:
            return None
        params = self._append_params(stored_events, kwargs) if stored_events else None
        with self.datastore.get_connection() as conn:
            if tracking is None:
                rows = conn.execute(self._append, params, prepare=True).fetchall()
            else:
                with conn.transaction(), conn.cursor() as curs:
                    self._insert_tracking(curs, tracking)
                    rows = curs.execute(self._append, params).fetchall() if params else []
        return [int(row["appended_position"]) for row in rows] if params else None

    def _append_params(self, stored_events: Sequence[StoredEvent], kwargs: dict[str, Any]) -> tuple[Any, ...]:
        recorded = _recorded(kwargs, stored_events)
        parts: list[str] = []
        for e, (oid, version, us) in zip(stored_events, recorded, strict=True):
            parts += record_parts(NewEvent(0, oid, version, e.topic, e.state, us))
        command = _command_of(kwargs) or (None, None, None, None)
        return (
            [oid for oid, _, _ in recorded],
            [version for _, version, _ in recorded],
            [e.topic for e in stored_events],
            [e.state for e in stored_events],
            [us for _, _, us in recorded],
            parts,
            *command,
        )

    @contextmanager
    def _chain_cursor(self) -> Iterator[Any]:
        with (
            self.datastore.get_connection() as conn,
            conn.transaction(),
            conn.cursor(row_factory=tuple_row) as cursor,
        ):
            yield cursor

    @property
    def chain_access(self) -> ChainAccess:
        return SqlChainAccess(self.chain, self._chain_cursor)

    def recorded_command(self, actor_id: str, key: str) -> tuple[str, str, int | None] | None:
        with self.datastore.get_connection() as conn, conn.cursor(row_factory=tuple_row) as curs:
            curs.execute(self._select_command, (actor_id, key))
            row = curs.fetchone()
        return None if row is None else (str(row[0]), str(row[1]), int(row[2]))

    def version_recorded_by(self, originator_id: UUID, recorded_us: int) -> int | None:
        with self.datastore.get_connection() as conn, conn.cursor() as curs:
            curs.execute(self._version_recorded_by, (originator_id, recorded_us))
            row = curs.fetchone()
        return None if row is None or row["max"] is None else int(row["max"])

    def select_feed(self, query: FeedQuery) -> list[Notification]:
        where: list[Composed | SQL] = [SQL("e.notification_id > %s")]
        params: list[Any] = [query.after]
        if query.originator_ids is not None:
            where.append(SQL("e.originator_id = ANY(%s)"))
            params.append(list(query.originator_ids))
        if query.topics:
            where.append(SQL("e.topic = ANY(%s)"))
            params.append(list(query.topics))
        join: SQL | Composed = SQL("")
        if query.recorded_from_us is not None or query.recorded_until_us is not None:
            join = SQL(
                " JOIN {0}.{1} r ON r.originator_id = e.originator_id "
                "AND r.originator_version = e.originator_version"
            ).format(Identifier(self.datastore.schema), Identifier(self.time_index_table))
            if query.recorded_from_us is not None:
                where.append(SQL("r.recorded_us >= %s"))
                params.append(query.recorded_from_us)
            if query.recorded_until_us is not None:
                where.append(SQL("r.recorded_us <= %s"))
                params.append(query.recorded_until_us)
        if query.until is not None:
            where.append(SQL("e.notification_id <= %s"))
            params.append(query.until)
        statement = SQL(
            "SELECT e.notification_id, e.originator_id, e.originator_version, e.topic, e.state "
            "FROM {0}.{1} e{2} WHERE {3} ORDER BY e.notification_id LIMIT %s"
        ).format(
            Identifier(self.datastore.schema),
            Identifier(self.events_table_name),
            join,
            SQL(" AND ").join(where),
        )
        params.append(query.limit)
        with self.datastore.get_connection() as conn, conn.cursor() as curs:
            curs.execute(statement, params)
            return [
                Notification(
                    id=row["notification_id"],
                    originator_id=row["originator_id"],
                    originator_version=row["originator_version"],
                    topic=row["topic"],
                    state=bytes(row["state"]),
                )
                for row in curs.fetchall()
            ]


class PostgresSnapshotRecorder(PostgresAggregateRecorder):
    """The library's snapshot store, its rows sent as arrays in binary: the library sends them
    as composite values in text, which psycopg escapes with a regular expression over the
    whole state — ~3 ms for the snapshot of a convention of hundreds of meetings, on the path of
    every 50th command."""

    def __init__(self, datastore: PostgresDatastore, *, events_table_name: str = "stored_events") -> None:
        super().__init__(datastore, events_table_name=events_table_name)
        self._insert_in_binary = (
            SQL(
                "INSERT INTO {0}.{1} (originator_id, originator_version, topic, state) "
                "SELECT * FROM unnest(%b::uuid[], %b::bigint[], %b::text[], %b::bytea[])"
            )
            .format(Identifier(self.datastore.schema), Identifier(self.events_table_name))
            .as_string()
        )

    def _insert_stored_events(self, curs: Any, stored_events: Sequence[StoredEvent], **_: Any) -> None:
        curs.execute(
            self._insert_in_binary,
            (
                [e.originator_id for e in stored_events],
                [e.originator_version for e in stored_events],
                [e.topic for e in stored_events],
                [e.state for e in stored_events],
            ),
        )


EVENTS_SCHEMA_LOCK_KEY = 0x65766E74  # "evnt": the event store's tables made one process at a time


class PostgresLedgerFactory(PostgresFactory):
    """The library's factory, making the event store's tables, types and functions one process
    at a time. Several API processes and a worker started together on an empty database raced
    there (the library's ``CREATE TYPE`` and ``CREATE TABLE IF NOT EXISTS`` both insert into
    the catalogue: the slower failed on ``pg_type``'s unique index and the process stopped).
    The later process waits for the lock, then finds everything made."""

    aggregate_recorder_class = PostgresSnapshotRecorder  # the ledger's aggregate recorder: its snapshots

    def aggregate_recorder(self, purpose: str = "events") -> AggregateRecorder:
        with self._schema_lock():
            return super().aggregate_recorder(purpose)

    def process_recorder(self) -> ProcessRecorder:
        with self._schema_lock():
            return super().process_recorder()

    @contextmanager
    def _schema_lock(self) -> Iterator[None]:
        if not self.env_create_table():
            yield
            return
        # A session's lock, on a connection of its own: the library makes the tables in
        # transactions of its own (a type per transaction, then the rest).
        with self.datastore.get_connection() as conn:
            conn.execute("SELECT pg_advisory_lock(%s)", (EVENTS_SCHEMA_LOCK_KEY,))
            try:
                yield
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (EVENTS_SCHEMA_LOCK_KEY,))


class SQLiteLedgerRecorder(SQLiteProcessRecorder):
    def __init__(self, datastore: SQLiteDatastore, *, events_table_name: str = "stored_events") -> None:
        self.time_index_table = f"{events_table_name}_recorded"
        self.commands_table = f"{events_table_name}_commands"
        self.chain = ChainSql(
            events_table=events_table_name,
            recorded_table=self.time_index_table,
            prefix="",
            placeholder="?",
            uuid_type="TEXT",
            id_to_db=lambda u: u.hex,
            id_from_db=lambda v: UUID(str(v)),
            position_column="rowid",
        )
        super().__init__(datastore, events_table_name=events_table_name)

    @contextmanager
    def _chain_cursor(self) -> Iterator[Any]:
        with self.datastore.transaction(commit=True) as c:
            yield c.sqlite_cursor

    @property
    def chain_access(self) -> ChainAccess:
        return SqlChainAccess(self.chain, self._chain_cursor)

    def construct_create_table_statements(self) -> list[str]:
        return [
            *super().construct_create_table_statements(),
            *self.chain.create_statements(),
            f"CREATE TABLE IF NOT EXISTS {self.time_index_table} (originator_id TEXT NOT NULL, "
            "originator_version INTEGER NOT NULL, recorded_us INTEGER NOT NULL, "
            "PRIMARY KEY (originator_id, originator_version))",
            f"CREATE INDEX IF NOT EXISTS {self.time_index_table}_us_idx ON {self.time_index_table} (recorded_us)",
            f"CREATE TABLE IF NOT EXISTS {self.commands_table} (actor_id TEXT NOT NULL, key TEXT NOT NULL, "
            "fingerprint TEXT NOT NULL, result TEXT NOT NULL, last_position INTEGER NOT NULL, "
            "PRIMARY KEY (actor_id, key))",
        ]

    def _insert_events(
        self, c: SQLiteCursor, stored_events: Sequence[StoredEvent], **kwargs: Any
    ) -> Sequence[int] | None:
        ids = super()._insert_events(c, stored_events, **kwargs)
        if ids:
            recorded = _recorded(kwargs, stored_events)
            c.executemany(
                f"INSERT INTO {self.time_index_table} VALUES (?, ?, ?)",  # noqa: S608 - table name is ours
                [(originator_id.hex, version, us) for originator_id, version, us in recorded],
            )
            self.chain.append(c.sqlite_cursor, _new_events(stored_events, ids, recorded))
            command = _command_row(kwargs, ids)
            if command is not None:  # a key seen before: IntegrityError, the whole write undone
                c.execute(
                    f"INSERT INTO {self.commands_table} ({COMMANDS_COLUMNS}) VALUES (?, ?, ?, ?, ?)",  # noqa: S608
                    command,
                )
        return ids

    def recorded_command(self, actor_id: str, key: str) -> tuple[str, str, int | None] | None:
        with self.datastore.transaction(commit=False) as c:
            c.execute(
                f"SELECT fingerprint, result, last_position FROM {self.commands_table} "  # noqa: S608
                "WHERE actor_id = ? AND key = ?",
                (actor_id, key),
            )
            row = c.fetchone()
        return None if row is None else (str(row[0]), str(row[1]), int(row[2]))

    def version_recorded_by(self, originator_id: UUID, recorded_us: int) -> int | None:
        with self.datastore.transaction(commit=False) as c:
            c.execute(
                f"SELECT MAX(originator_version) FROM {self.time_index_table} "  # noqa: S608
                "WHERE originator_id = ? AND recorded_us <= ?",
                (originator_id.hex, recorded_us),
            )
            row = c.fetchone()
        return None if row is None or row[0] is None else int(row[0])

    def select_feed(self, query: FeedQuery) -> list[Notification]:
        where = ["e.rowid > ?"]
        params: list[Any] = [query.after]
        if query.originator_ids is not None:
            ids = [i.hex for i in query.originator_ids]
            where.append(f"e.originator_id IN ({', '.join('?' for _ in ids)})" if ids else "0")
            params += ids
        if query.topics:
            where.append(f"e.topic IN ({', '.join('?' for _ in query.topics)})")
            params += list(query.topics)
        join = ""
        if query.recorded_from_us is not None or query.recorded_until_us is not None:
            join = (
                f" JOIN {self.time_index_table} r ON r.originator_id = e.originator_id "
                "AND r.originator_version = e.originator_version"
            )
            if query.recorded_from_us is not None:
                where.append("r.recorded_us >= ?")
                params.append(query.recorded_from_us)
            if query.recorded_until_us is not None:
                where.append("r.recorded_us <= ?")
                params.append(query.recorded_until_us)
        if query.until is not None:
            where.append("e.rowid <= ?")
            params.append(query.until)
        params.append(query.limit)
        with self.datastore.transaction(commit=False) as c:
            c.execute(
                "SELECT e.rowid, e.originator_id, e.originator_version, e.topic, e.state "  # noqa: S608
                f"FROM {self.events_table_name} e{join} WHERE {' AND '.join(where)} ORDER BY e.rowid LIMIT ?",
                params,
            )
            return [
                Notification(
                    id=row[0],
                    originator_id=self.convert_originator_id(row[1]),
                    originator_version=row[2],
                    topic=row[3],
                    state=row[4],
                )
                for row in c.fetchall()
            ]


class MemoryLedgerRecorder(POPOProcessRecorder):
    """In memory: the same answers, by scanning (the memory store is for tests)."""

    def __init__(self) -> None:
        super().__init__()
        self._recorded_us: dict[tuple[UUID, int], int] = {}
        self.chain_links: list[ChainLink] = []
        self._link_of: dict[tuple[UUID, int], ChainLink] = {}
        self.checkpoint_rows: dict[int, dict[str, Any]] = {}
        self._commands: dict[tuple[str, str], tuple[str, str, int | None]] = {}

    def _assert_uniqueness(self, stored_events: Sequence[StoredEvent], **kwargs: Any) -> None:
        # Under the library's lock, with the events' own check: a key seen before is refused.
        super()._assert_uniqueness(stored_events, **kwargs)
        keyed = kwargs.get(COMMAND_KEY_ARG)
        if keyed is not None and (keyed[0].actor_id, keyed[0].key) in self._commands:
            raise IntegrityError(f"Idempotency key already recorded: {keyed[0].key}")

    def _update_table(self, stored_events: Sequence[StoredEvent], **kwargs: Any) -> Sequence[int] | None:
        ids = super()._update_table(stored_events, **kwargs)
        command = _command_row(kwargs, ids or ())
        if command is not None:
            actor_id, key, fingerprint, result, last = command
            self._commands[(actor_id, key)] = (fingerprint, result, last)
        return ids

    def recorded_command(self, actor_id: str, key: str) -> tuple[str, str, int | None] | None:
        with self._database_lock:
            return self._commands.get((actor_id, key))

    def _insert_events(self, stored_events: Sequence[StoredEvent], **kwargs: Any) -> Sequence[int] | None:
        # Called by the library under its database lock.
        ids = super()._insert_events(stored_events, **kwargs)
        if ids:
            recorded = _recorded(kwargs, stored_events)
            for originator_id, version, us in recorded:
                self._recorded_us[(originator_id, version)] = us
            head = self.chain_links[-1] if self.chain_links else None

            def stream_hash(originator_id: UUID, version: int) -> str | None:
                link = self._link_of.get((originator_id, version))
                return link.hash if link else None

            for link in link_events(
                (head.seq, head.hash) if head else None,
                stream_hash,
                _new_events(stored_events, ids, recorded),
            ):
                self.chain_links.append(link)
                self._link_of[(link.originator_id, link.originator_version)] = link
        return ids

    @property
    def chain_access(self) -> ChainAccess:
        return MemoryChainAccess(self)

    def recorded_us_of(self, originator_id: UUID, version: int) -> int | None:
        """When an event was recorded (microseconds since the epoch)."""
        return self._recorded_us.get((originator_id, version))

    def version_recorded_by(self, originator_id: UUID, recorded_us: int) -> int | None:
        with self._database_lock:
            versions = [
                v for (o, v), us in self._recorded_us.items() if o == originator_id and us <= recorded_us
            ]
        return max(versions) if versions else None

    def select_feed(self, query: FeedQuery) -> list[Notification]:
        found: list[Notification] = []
        with self._database_lock:
            for index in range(query.after, len(self._stored_events)):
                if query.until is not None and index + 1 > query.until:
                    break
                stored = self._stored_events[index]
                originator_id = UUID(str(stored.originator_id))
                if query.originator_ids is not None and originator_id not in query.originator_ids:
                    continue
                if query.topics and stored.topic not in query.topics:
                    continue
                us = self._recorded_us.get((originator_id, stored.originator_version))
                if query.recorded_from_us is not None and (us is None or us < query.recorded_from_us):
                    continue
                if query.recorded_until_us is not None and (us is None or us > query.recorded_until_us):
                    continue
                found.append(
                    Notification(
                        id=index + 1,
                        originator_id=stored.originator_id,
                        originator_version=stored.originator_version,
                        topic=stored.topic,
                        state=stored.state,
                    )
                )
                if len(found) == query.limit:
                    break
        return found


class MemoryChainAccess:
    def __init__(self, recorder: MemoryLedgerRecorder) -> None:
        self.recorder = recorder

    def audit_rows(self, after: int, limit: int) -> list[AuditRow]:
        r = self.recorder
        with r._database_lock:
            rows = []
            for index in range(after, min(len(r._stored_events), after + limit)):
                stored = r._stored_events[index]
                oid = UUID(str(stored.originator_id))
                us = r._recorded_us.get((oid, stored.originator_version), -1)
                event = NewEvent(index + 1, oid, stored.originator_version, stored.topic, stored.state, us)
                link = r.chain_links[index] if index < len(r.chain_links) else None
                rows.append(AuditRow(index + 1, event, link))
            return rows

    def links(self, after_seq: int, limit: int) -> list[ChainLink]:
        with self.recorder._database_lock:
            return self.recorder.chain_links[after_seq + 1 : after_seq + 1 + limit]

    def link_of(self, originator_id: UUID, version: int) -> ChainLink | None:
        return self.recorder._link_of.get((originator_id, version))

    def evidence(self, positions: Sequence[int]) -> list[Evidence]:
        found = []
        wanted = set(positions)
        for row in self.audit_rows(0, len(self.recorder._stored_events)):
            if row.position in wanted and row.event and row.link:
                link = row.link
                prev = self.recorder.chain_links[link.seq - 1].hash if link.seq else ZERO
                before = self.link_of(link.originator_id, link.originator_version - 1)
                found.append(Evidence(row.event, link.seq, link.hash, prev, before.hash if before else ZERO))
        return found

    def link_at_position(self, position: int) -> ChainLink | None:
        links = self.recorder.chain_links
        return links[position - 1] if 0 < position <= len(links) else None

    def head(self) -> ChainLink | None:
        links = self.recorder.chain_links
        return links[-1] if links else None

    def add_checkpoint(self, checkpoint: dict[str, Any]) -> None:
        self.recorder.checkpoint_rows.setdefault(checkpoint["tree_size"], checkpoint)

    def checkpoints(self) -> list[dict[str, Any]]:
        return [self.recorder.checkpoint_rows[k] for k in sorted(self.recorder.checkpoint_rows)]


class MemoryFactory(POPOFactory):
    def process_recorder(self) -> ProcessRecorder:
        return MemoryLedgerRecorder()
