"""The settings the tests build: the platform's own, with the daily deadline scan off unless a
test asks for it. Tests fix their own clock: a worker scanning as of today (the platform's
default) would raise today's deadlines on their data, in a thread, while they count alerts."""

from __future__ import annotations

from pydantic import Field

from infrastructure.settings import Settings as PlatformSettings


class Settings(PlatformSettings):
    daily_deadline_scan: bool = Field(False, validation_alias="DAILY_DEADLINE_SCAN")
