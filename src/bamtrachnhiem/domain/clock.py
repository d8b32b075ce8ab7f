"""Where the services read the time: the real one, or a simulated one (the demo's year)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta


class Clock:
    """The system clock; timestamps are UTC, ISO 8601 with microseconds."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def now_iso(self) -> str:
        """The time for ``created_at`` / ``updated_at``."""
        return self.now().isoformat(timespec="microseconds")

    def today(self) -> date:
        """Today's date where the user is."""
        return self.now().astimezone().date()


class SetClock(Clock):
    """A clock that says what it was last set to; each reading moves on by a microsecond,
    so records written one after another keep their order."""

    def __init__(self, moment: datetime) -> None:
        self.set(moment)

    def set(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("a set clock needs a time zone")
        self._moment = moment.astimezone(UTC)
        self._ticks = 0

    def now(self) -> datetime:
        self._ticks += 1
        return self._moment + timedelta(microseconds=self._ticks)
