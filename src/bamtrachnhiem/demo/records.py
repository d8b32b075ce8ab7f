"""What a demo world is asked for (``DemoSpec``) and what was built (``DemoWorld``).

The folder layout is fixed (exchange.md, "The command line"); scripts rely on it:

    upper.db                        the district (huyện đoàn); the branches are its units
    branches/<code>.db              one database per branch
    packets/<code>.xlsx             each branch's packet for the last month
    packets/<yyyy-mm>/<code>.xlsx   every month's packet (``all_months`` only)

and with ``full`` (``demo --full``), where the plain demo stops:

    province.db                     the province (tỉnh đoàn), with the district below it
    upper-packets/<yyyy-mm>/<code>.xlsx   the district's packet of each month
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from bamtrachnhiem.domain.errors import ValidationError

MAX_UNITS = 999
MAX_MEMBERS_PER_UNIT = 2000
DEFAULT_SEED = 2026

UPPER_DB = "upper.db"
PROVINCE_DB = "province.db"
BRANCHES_DIR = "branches"
PACKETS_DIR = "packets"
UPPER_PACKETS_DIR = "upper-packets"


@dataclass(frozen=True)
class DemoSpec:
    """What to build: ``units`` branches of ``members_per_unit`` members, months 1…``last_month``.

    ``all_months`` also writes every month's packet (``packets/<yyyy-mm>/<code>.xlsx``).
    The same ``seed`` gives the same people, records, dates and row counts, however many
    processes build them; record ids are fresh each time, as the services make them.

    ``now`` is the moment a world for someone trying the app is built: nothing in it is
    dated later (a packet due to be sent later was sent just before), and when ``now``
    falls in the month after ``last_month``, that month is in progress: part of the
    members have entered their self scores, nothing confirmed or sent yet.

    ``full`` goes on where the plain demo stops (``demo.full``): the district imports its
    branches' monthly packets as they arrive, issues its sơ kết 6 tháng report and sends
    its own packets to a province, which imports them and issues its report too. It
    implies ``all_months``.
    """

    folder: Path
    units: int
    members_per_unit: int
    year: int
    seed: int = DEFAULT_SEED
    all_months: bool = False
    last_month: int = 12
    now: datetime | None = None
    full: bool = False

    def check(self) -> None:
        """Refuse sizes and periods the generator cannot build (``ValidationError``)."""
        if not 1 <= self.units <= MAX_UNITS:
            raise ValidationError("demo_units_invalid", value=self.units, limit=MAX_UNITS)
        if not 1 <= self.members_per_unit <= MAX_MEMBERS_PER_UNIT:
            raise ValidationError(
                "demo_members_invalid", value=self.members_per_unit, limit=MAX_MEMBERS_PER_UNIT
            )
        if not 2000 <= self.year <= 2100:
            raise ValidationError("year_out_of_range", year=self.year)
        if not 1 <= self.last_month <= 12:
            raise ValidationError("demo_month_invalid", month=self.last_month)

    @property
    def upper_db(self) -> Path:
        return self.folder / UPPER_DB

    @property
    def province_db(self) -> Path:
        return self.folder / PROVINCE_DB

    def upper_packet(self, code: str, month: int) -> Path:
        """The district's packet of a month (``full``): ``upper-packets/<yyyy-mm>/<code>.xlsx``."""
        return self.folder / UPPER_PACKETS_DIR / f"{self.year:04d}-{month:02d}" / f"{code}.xlsx"

    def branch_db(self, code: str) -> Path:
        return self.folder / BRANCHES_DIR / f"{code}.db"

    def packet(self, code: str) -> Path:
        """The branch's packet for the last month: ``packets/<code>.xlsx``."""
        return self.folder / PACKETS_DIR / f"{code}.xlsx"

    def month_packet(self, code: str, month: int) -> Path:
        """A month's packet (``--all-months``): ``packets/<yyyy-mm>/<code>.xlsx``."""
        return self.folder / PACKETS_DIR / f"{self.year:04d}-{month:02d}" / f"{code}.xlsx"


@dataclass
class DemoExport:
    """One packet a branch exported: its month, sequence number, time, and where it went.

    ``delivered`` is False for the export whose file never reached the upper level (the
    sequence gap): it is not kept in the demo folder.
    """

    month: int
    seq: int
    exported_at: str
    due: date
    path: Path | None
    delivered: bool = True
    counts: dict[str, int] = field(default_factory=dict)  # rows per kind in the packet

    @property
    def late(self) -> bool:
        """Sent after the deadline (the day it was exported, Vietnam time, after ``due``)."""
        return _local_day(self.exported_at) > self.due


def _local_day(stamp: str) -> date:
    # The demo's offices work on Vietnam time (UTC+7), where the deadline is a local day.
    return (datetime.fromisoformat(stamp) + timedelta(hours=7)).date()


@dataclass
class DemoBranch:
    """A branch of the demo world, its database and what it holds."""

    code: str
    name: str
    db: Path
    packet: Path
    members: int
    counts: dict[str, int] = field(default_factory=dict)  # rows per kind in its last packet
    exports: list[DemoExport] = field(default_factory=list)

    @property
    def late_months(self) -> list[int]:
        return sorted({e.month for e in self.exports if e.delivered and e.late})

    @property
    def has_gap(self) -> bool:
        """One of its exports never reached the upper level: its sequence jumps."""
        return any(not e.delivered for e in self.exports)

    @property
    def last_export(self) -> DemoExport:
        return [e for e in self.exports if e.delivered][-1]


@dataclass
class DemoLevel:
    """What ``full`` did at an upper level: packets imported and sent, the report issued."""

    code: str
    name: str
    db: Path
    imported: int = 0  # packets imported
    exports: list[DemoExport] = field(default_factory=list)
    report_id: str | None = None  # the sơ kết 6 tháng report it issued
    report_number: str = ""


@dataclass
class DemoWorld:
    """The demo world built: the upper level, its branches and their packets."""

    spec: DemoSpec
    upper_code: str
    upper_name: str
    branches: list[DemoBranch]
    seconds: float = 0.0
    district: DemoLevel | None = None  # ``full`` only
    province: DemoLevel | None = None  # ``full`` only

    @property
    def upper_db(self) -> Path:
        return self.spec.upper_db

    @property
    def late_units(self) -> list[str]:
        return [b.code for b in self.branches if b.late_months]

    @property
    def gap_units(self) -> list[str]:
        return [b.code for b in self.branches if b.has_gap]

    def totals(self) -> dict[str, int]:
        """Rows per kind over every branch's last packet (members included)."""
        result: dict[str, int] = {}
        for branch in self.branches:
            for kind, count in branch.counts.items():
                result[kind] = result.get(kind, 0) + count
        return result


def demo_period(today: date) -> tuple[int, int]:
    """The year and last complete month of a demo for someone trying the app ``today``:
    the month before this one (this one is then in progress, see ``DemoSpec.now``)."""
    if today.month == 1:
        return today.year - 1, 12
    return today.year, today.month - 1
