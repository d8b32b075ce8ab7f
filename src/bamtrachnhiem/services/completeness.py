"""Completeness (tình hình nộp gói): which units below have sent which months, and when.

Only the units below this database's own unit appear, in tree order (each unit followed by
the units below it). Every unit snapshot that arrived in an imported packet counts (applied,
or already merged, or older than one merged: each proves the unit sent that month), nested
snapshots of a roll-up included: a branch inside its commune's packet has its own export time.

Punctuality is judged by the export time the packet records for the snapshot (``exported_at``,
set by the unit's own app when it saved the file), not by when it was imported here: the
unit did its part when it sent the file, whenever the upper level got round to importing it.
The time is read as a date in this computer's time zone, and a snapshot exported on the
deadline day itself is on time (docs/decisions/0008-completeness-by-export-time.md).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime

from bamtrachnhiem.domain.completeness import (
    CompletenessTable,
    ReceivedSnapshot,
    ReportReceipt,
    UnitCompleteness,
    month_statuses,
    month_totals,
    report_status,
)
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.text import sort_key
from bamtrachnhiem.services.base import Service
from bamtrachnhiem.services.configuration import ConfigService
from bamtrachnhiem.storage.database import Database


def export_day(stamp: str) -> date:
    """The local calendar day of an ISO 8601 export time (a naive time is taken as UTC)."""
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()


class CompletenessService(Service):
    """Builds the units × months table of a movement year."""

    def __init__(self, database: Database, configuration: ConfigService) -> None:
        super().__init__(database)
        self.configuration = configuration

    def table(self, year: int, today: date | None = None) -> CompletenessTable:
        """Every unit below the own unit, each month on time / late / missing / not due.

        ``today`` decides which deadlines have passed (default: the computer's date).
        """
        if not 2000 <= year <= 2100:
            raise ValidationError("year_out_of_range", year=year)
        today = today or date.today()
        units = self._units_below()
        deadlines = self.configuration.deadlines(year)
        snapshots: dict[str, list[ReceivedSnapshot]] = defaultdict(list)
        for unit_code, month, exported_at in self._rows(
            "SELECT s.unit_code, s.month, s.exported_at FROM packet_import_section s "
            "JOIN packet_import i ON i.id = s.import_id "
            "WHERE s.year = ? AND i.kind = 'data' AND i.outcome = 'imported'",
            [year],
        ):
            snapshots[unit_code].append(ReceivedSnapshot(int(month), export_day(exported_at)))
        merged = {
            code: (seq, month)
            for code, seq, month in self._rows(
                "SELECT unit_code, seq, month FROM packet_merged WHERE year = ?", [year]
            )
        }
        periods = [
            (p.period, p.due_date) for p in self.configuration.report_periods(year) if p.required
        ]
        issued: dict[tuple[str, str], tuple[date, str, str]] = {}
        for unit_code, period, issued_at, number, symbol, report_id in self._rows(
            "SELECT unit_code, period, issued_at, number, symbol, id FROM report WHERE year = ? "
            "AND state = 'issued' AND deleted_at IS NULL ORDER BY issued_at",
            [year],
        ):
            issued.setdefault(
                (unit_code, period),
                (export_day(issued_at), f"{number}-{symbol}" if number else symbol, report_id),
            )
        rows = []
        for code, name, level, parent_code, depth in units:
            statuses, sent_on = month_statuses(snapshots.get(code, []), deadlines, today)
            last_seq, last_month = merged.get(code, (None, None))
            rows.append(
                UnitCompleteness(
                    code=code,
                    name=name,
                    level=level or "",
                    parent_code=parent_code,
                    depth=depth,
                    months=statuses,
                    sent_on=sent_on,
                    last_seq=last_seq,
                    last_month=last_month,
                    reports={
                        period: ReportReceipt(
                            period,
                            report_status(issued.get((code, period), (None,))[0], due, today),
                            *issued.get((code, period), (None, "", "")),
                        )
                        for period, due in periods
                    },
                )
            )
        return CompletenessTable(
            year=year,
            as_of=today,
            deadlines=deadlines,
            deadline_source=self.configuration.deadline_source(year),
            units=rows,
            totals=month_totals(rows),
            report_periods=periods,
        )

    def _units_below(self) -> list[tuple[str, str, str, str | None, int]]:
        """(code, name, level, parent code, depth) of every unit below the own unit, in tree
        order: each unit, then the units below it; siblings in Vietnamese order of their name."""
        own_code = self.own_unit_code()
        children: dict[str, list[tuple[str, str, str, str | None]]] = defaultdict(list)
        for code, name, level, parent_code in self._rows(
            "SELECT code, name, level, parent_code FROM unit WHERE is_own = 0"
        ):
            if parent_code:
                children[parent_code].append((code, name, level, parent_code))
        for siblings in children.values():
            siblings.sort(key=lambda unit: (sort_key(unit[1]), unit[0]))
        found: list[tuple[str, str, str, str | None, int]] = []
        seen = {own_code}
        # Depth first, without recursion: a deep or (corrupt) cyclic tree cannot overflow.
        stack = [(child, 1) for child in reversed(children[own_code])]
        while stack:
            (code, name, level, parent_code), depth = stack.pop()
            if code in seen:
                continue
            seen.add(code)
            found.append((code, name, level, parent_code, depth))
            stack.extend((child, depth + 1) for child in reversed(children[code]))
        return found
