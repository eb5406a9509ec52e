"""What the API needs of the read side, whatever runs it (see infrastructure.read_side)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol


class ReadModels(Protocol):
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    def lag(self) -> dict[str, int]:
        """Per follower (alert process, read models): notifications it has yet to handle."""

    def failure(self) -> str | None:
        """What stops the read side from catching up, since when (None when it does)."""

    def wait_for(self, notification_id: int, timeout: float) -> bool:
        """Wait until the read models show the write at ``notification_id`` and the alerts it
        raised; False when ``timeout`` seconds pass first."""
