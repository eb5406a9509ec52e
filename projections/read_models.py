"""What the API needs of the read side, whatever runs it (see infrastructure.read_side)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class Document:
    """An answer made from the read models (``ReadModels.document``), and what stops the read
    side, if anything, when it was served."""

    body: str
    failure: str | None


class ReadModels(Protocol):
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    def lag(self) -> dict[str, int]:
        """Per follower (alert process, read models): notifications it has yet to handle."""

    def failure(self, max_age: float = 0.0) -> str | None:
        """What stops the read side from catching up, since when (None when it does); with
        ``max_age``, as known at most that many seconds ago."""

    def wait_for(self, notification_id: int, timeout: float) -> bool:
        """Wait until the read models show the write at ``notification_id`` and the alerts it
        raised; False when ``timeout`` seconds pass first."""

    def document(self, key: str, make: Callable[[], str]) -> Document:
        """The answer ``key`` as the read models now stand: made by ``make`` once per state of
        them, then read back by its key until any read model moves."""
