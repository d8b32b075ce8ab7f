"""What a receiving officer should notice in a file that is not refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bamtrachnhiem.domain.exchange import FileOutcome, ImportStatus, Issue, notices

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)


def _outcome(exported_at: str | None, warnings: list[Issue] | None = None) -> FileOutcome:
    return FileOutcome(
        path=Path("CD-A.xlsx"),
        status=ImportStatus.IMPORTED,
        exported_at=exported_at,
        warnings=warnings or [],
    )


def test_a_packet_dated_in_the_future_is_noticed():
    """An export time days after now (the sender's clock is wrong) is a notice with its date."""
    found = notices(_outcome((NOW + timedelta(days=3)).isoformat()), NOW)
    assert [i.code for i in found] == ["packet_from_future"]
    assert found[0].params["date"].endswith("/03/2026")


def test_clock_drift_of_a_few_hours_is_not_noticed():
    """Time zones and slightly wrong clocks are not news: under 12 hours ahead passes."""
    assert notices(_outcome((NOW + timedelta(hours=5)).isoformat()), NOW) == []
    assert notices(_outcome("2026-03-10T09:00:00"), NOW) == []  # naive: taken as UTC
    assert notices(_outcome("not a time"), NOW) == []
    assert notices(_outcome(None), NOW) == []


def test_merge_warnings_are_notices_but_stale_is_not():
    """A sequence gap from the merge is a notice; "stale" is the outcome itself."""
    gap = Issue("packet_seq_gap", {"unit": "CD-A", "seq": 4, "last": 2, "file": "x"})
    stale = Issue("packet_stale", {"unit": "CD-A", "seq": 1, "last": 2, "file": "x"})
    assert notices(_outcome(NOW.isoformat(), [gap, stale]), NOW) == [gap]
