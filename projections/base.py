"""What every projection is, whatever database the projector gives it.

A projection says what a batch of events does to its tables. It writes through ``Rows``,
inside one transaction opened by the projector (which also moves the position reached in
that transaction), so it knows nothing of SQLite or PostgreSQL. Rebuilt from zero it gives
the same rows as incremental processing, whatever the batch boundaries were.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar
from uuid import UUID

from eventsourcing.domain import DomainEventProtocol

Positioned = tuple[DomainEventProtocol[UUID], int]
"""An event and its position (notification id) in the log."""


class Rows(Protocol):
    """The SQL a projection may run, inside the projector's transaction (``?`` parameters)."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...

    def execute_many(self, sql: str, params: Sequence[Sequence[Any]]) -> None: ...

    def insert(self, table: str, values: Sequence[Sequence[Any]]) -> None:
        """Append rows (each a value per column, in the table's order): the fastest way the
        database has (COPY on PostgreSQL)."""

    def fetch_one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None: ...

    def fetch_all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...


class Queryable(Protocol):
    """Where queries of the read models run (a view store, or the read side)."""

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...


class Projection(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def title(self) -> str:
        """What it is, for people (« le tableau des alertes »)."""

    @property
    def schema(self) -> Sequence[str]:
        """CREATE statements, idempotent (``IF NOT EXISTS``)."""

    @property
    def tables(self) -> Sequence[str]:
        """Emptied by a rebuild."""

    @property
    def topics(self) -> tuple[str, ...]:
        """The event topics it reads (others are never given to it)."""

    def apply(self, events: Sequence[Positioned], rows: Rows) -> None:
        """What a batch of events, in log order, does to the tables."""


def replace_rows(
    rows: Rows, table: str, key_column: str, keys: Sequence[str], values: Sequence[Sequence[Any]]
) -> None:
    """The rows of ``table`` whose ``key_column`` is one of ``keys`` become ``values``: one
    DELETE and one insert for a whole batch (round trips dominate)."""
    if not keys:
        return
    marks = ", ".join("?" for _ in keys)
    rows.execute(f"DELETE FROM {table} WHERE {key_column} IN ({marks})", keys)  # noqa: S608 - constants
    rows.insert(table, values)


def text(value: object) -> str | None:
    return None if value is None else str(value)


def event_class(aggregate: type, name: str) -> type:
    """The class of the event ``name`` of an aggregate (made by the library's ``@event``), to
    dispatch on: a misspelt name fails at import, where a string compared at run time would
    silently never match."""
    found = vars(aggregate).get(name)
    if not isinstance(found, type):
        raise LookupError(f"{aggregate.__name__} has no event {name}")
    return found


F = TypeVar("F", bound=Callable[..., Any])


def handles(dispatcher: Any, aggregate: type, *names: str) -> Callable[[F], F]:
    """Registers the decorated function on ``dispatcher`` (a ``functools.singledispatch``) for
    these events of ``aggregate``: ``@handles(sentence, Convention, "Signed")``."""

    def register(function: F) -> F:
        for name in names:
            dispatcher.register(event_class(aggregate, name), function)
        return function

    return register
