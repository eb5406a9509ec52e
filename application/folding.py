"""Aggregates kept in memory and moved forward by the events a follower reads.

A follower of the log (the alert process, the portfolio read models) needs each aggregate as
of the event it is handling. Reading it from the store for every event decodes its snapshot
and the events after it again and again; folding instead applies each event, decoded once,
to the aggregate held from the previous one (``event.mutate``, exactly what a replay does).
The cache is bounded (least recently used out), so memory stays flat however long the log;
a miss — a restarted process, an evicted aggregate, a batch retried after the cache moved
on — reads the aggregate from the store at the event's version.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate, DomainEventProtocol

Loader = Callable[[UUID, int], Aggregate]
"""Reads an aggregate from the event store at a version."""

CACHE_SIZE = 2_000


class FoldedAggregates:
    """The aggregates a follower has seen, each at the version of its latest event seen.

    The objects are the cache's own and are changed in place by later events: a caller reads
    one, it does not keep it."""

    def __init__(self, load: Loader, size: int = CACHE_SIZE) -> None:
        self._load = load
        self._size = size
        self._items: OrderedDict[UUID, Aggregate] = OrderedDict()

    def held(self, aggregate_id: UUID) -> Any:
        """The aggregate as of the latest event seen of it, if held."""
        return self._items.get(aggregate_id)

    def at(self, aggregate_id: UUID, version: int) -> Any:
        """The aggregate at ``version``: the one held if it is at that version, else read."""
        cached = self._items.get(aggregate_id)
        if cached is not None and cached.version == version:
            return cached
        return self._keep(aggregate_id, self._load(aggregate_id, version))

    def apply(self, event: DomainEventProtocol[UUID]) -> Any:
        """The aggregate just after ``event``."""
        version = event.originator_version
        cached = self._items.pop(event.originator_id, None)
        aggregate: Aggregate
        mutable: Any = event  # every stored event of an aggregate mutates it
        if version == 1:
            aggregate = mutable.mutate(None)
        elif cached is not None and cached.version == version - 1:
            aggregate = mutable.mutate(cached)
        else:
            # Not cached, or cached at another version (a batch rolled back after moving it):
            # read it as of this event from the store.
            aggregate = self._load(event.originator_id, version)
        return self._keep(event.originator_id, aggregate)

    def _keep(self, aggregate_id: UUID, aggregate: Aggregate) -> Any:
        """Held as the most recently used; the least recently used out past the bound."""
        self._items[aggregate_id] = aggregate
        self._items.move_to_end(aggregate_id)
        if len(self._items) > self._size:
            self._items.popitem(last=False)
        return aggregate
