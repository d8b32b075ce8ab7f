"""The monthly merge: rows a district already holds are neither read again nor written."""

from __future__ import annotations

from pathlib import Path

from bamtrachnhiem.bootstrap import AppContext, open_context
from bamtrachnhiem.domain.exchange import ImportStatus
from bamtrachnhiem.exchange.packet_format import TABLE_KINDS, UNITS
from bamtrachnhiem.exchange.packet_reader import read_packet
from bamtrachnhiem.services import packet_merge
from tests.exchange.world import Packets, content, copy_upper, import_log


def test_next_months_packet_reads_only_what_changed(upper: AppContext, packets: Packets):
    """After January, February's packet of the same branch is read with January's rows
    known: only February's new and changed rows are converted."""
    assert upper.packet_merge.apply([packets.a[0]]).files[0].status is ImportStatus.IMPORTED
    february = read_packet(packets.a[1], TABLE_KINDS, UNITS, known=upper.packet_merge._known)
    section = february.top
    assert len(section.unchanged["members"]) >= 5  # the members, as they were
    assert len(section.unchanged["assessments"]) == 6  # January's six months
    assert len(section.rows["assessments"]) == 6  # February's six are new
    assert all(row[3] == 2 for row in section.rows["assessments"])  # (month)


def test_skipping_known_rows_gives_the_same_database_as_reading_everything(
    packets: Packets, tmp_path: Path, monkeypatch
):
    """Month after month, the district holds exactly what a full read of every cell gives,
    with the same counts and the same import log."""
    outcomes, contents = {}, {}
    for label, skipping in (("skip", True), ("full", False)):
        ctx = open_context(copy_upper(packets, tmp_path / label))
        if not skipping:
            monkeypatch.setattr(ctx.packet_merge, "_known", lambda kind, units, month=None: {})
            monkeypatch.setattr(ctx.packet_merge, "_held", lambda *sheet: None)
        try:
            report = [ctx.packet_merge.apply([p]).files[0] for p in [*packets.a, packets.b]]
            outcomes[label] = [
                (o.status, {k: c.as_dict() for k, c in o.counts.items()}) for o in report
            ]
            contents[label] = content(ctx.database.path)
            log = import_log(ctx.database.path)
            assert [row[2] for row in log] == ["imported"] * 4
        finally:
            ctx.close()
    assert outcomes["skip"] == outcomes["full"]
    assert contents["skip"] == contents["full"]


def test_a_row_changed_after_the_read_is_read_again(
    upper: AppContext, packets: Packets, monkeypatch
):
    """If a row the reader skipped changed before the merge, the file is read again whole
    and merged correctly."""
    upper.packet_merge.apply([packets.a[0]])
    real_read = packet_merge.read_packet
    reads: list[bool] = []

    def read_then_change(*args, **kwargs):
        found = real_read(*args, **kwargs)
        reads.append(kwargs.get("known") is not None)
        if kwargs.get("known") is not None:
            upper.database.connection.execute_sql(
                "UPDATE member SET received_key = 'changed meanwhile' WHERE unit_code = 'CD-A'"
            )
        return found

    monkeypatch.setattr(packet_merge, "read_packet", read_then_change)
    outcome = upper.packet_merge.apply([packets.a[1]]).files[0]
    assert outcome.status is ImportStatus.IMPORTED, outcome.errors
    assert reads == [True, False]
    assert outcome.counts["assessments"].created == 6


def test_cells_that_differ_only_in_type_have_different_keys():
    """A row is taken as known only when its cells are the very same, types included: a
    number is not its text, a date is not its text, a date is not a date-time."""
    from datetime import date, datetime, time, timedelta

    from bamtrachnhiem.exchange.packet_reader import _cells_keys

    cells = [1.0, 1, "1", "1.0", True, "", date(2025, 1, 5), "2025-01-05"]
    cells += [datetime(2025, 1, 5), time(1, 30), timedelta(days=1), 10**30, "a\x1eb"]
    keys = _cells_keys([[c] for c in cells], [0], None, 7)
    assert len(set(keys)) == len(cells)
    assert _cells_keys([[1.0, "x"]], [0, 1], None, 7) == _cells_keys([[1.0, "x"]], [0, 1], None, 7)
    assert _cells_keys([[1.0]], [0], None, 7) != _cells_keys([[1.0]], [0], None, 6)
