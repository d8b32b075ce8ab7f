"""Plain records of packet exchange (trao đổi gói dữ liệu): outcomes, counts, issues."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.errors import ValidationError

# The record kinds every import report counts, in the order of the command-line contract,
# then the ones this format carries besides (exchange.md: "plus any others").
CONTRACT_KINDS = (
    "members",
    "pledges",
    "initiatives",
    "assessments",
    "campaigns",
    "activities",
    "commendations",
)
EXTRA_KINDS = (
    "campaign_targets",
    "month_locks",
    "criteria_sets",
    "units",
    "commendation_rounds",
    "nomination_reviews",
    "commendation_decisions",
    "awards",
)
COUNTED_KINDS = CONTRACT_KINDS + EXTRA_KINDS


class ImportStatus(StrEnum):
    """What became (or, in a dry run, would become) of one file."""

    IMPORTED = "imported"
    ALREADY_IMPORTED = "already_imported"
    STALE = "stale"  # older than the snapshot already merged for its unit
    EDITED = "edited"  # changed after export; imported only on confirmation
    REFUSED = "refused"
    CANCELLED = "cancelled"  # the user stopped the batch before this file


class SectionStatus(StrEnum):
    """What became of one unit's snapshot inside a packet."""

    APPLIED = "applied"
    STALE = "stale"
    UNCHANGED = "unchanged"  # the same snapshot was merged before


@dataclass
class Issue:
    """One problem (or warning) found in a file: a message code, its facts, and where."""

    code: str
    params: dict[str, object] = field(default_factory=dict)
    sheet: str | None = None
    cell: str | None = None
    row: int | None = None


class PacketError(ValidationError):
    """A packet was refused; ``issues`` lists every problem found, the first gives the code."""

    issues: list[Issue]

    @classmethod
    def of(cls, issues: list[Issue]) -> PacketError:
        first = issues[0]
        params = dict(first.params)
        for name in ("sheet", "cell", "row"):
            value = getattr(first, name)
            if value is not None:
                params.setdefault(name, value)
        error = cls(first.code, **params)
        error.issues = list(issues)
        return error

    @classmethod
    def single(cls, code: str, /, **params: object) -> PacketError:
        issue = Issue(
            code,
            dict(params),  # the message names the sheet, cell or row too
            sheet=params.get("sheet"),  # type: ignore[arg-type]
            cell=params.get("cell"),  # type: ignore[arg-type]
            row=params.get("row"),  # type: ignore[arg-type]
        )
        return cls.of([issue])


@dataclass
class KindCounts:
    """Rows of one kind: created, updated, unchanged, removed (soft-deleted), stale, rejected."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    stale: int = 0
    rejected: int = 0

    def add(self, other: KindCounts) -> None:
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.removed += other.removed
        self.stale += other.stale
        self.rejected += other.rejected

    def as_dict(self) -> dict[str, int]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "stale": self.stale,
            "rejected": self.rejected,
        }

    @property
    def changed(self) -> int:
        return self.created + self.updated + self.removed


def empty_counts() -> dict[str, KindCounts]:
    """A zero count for every kind a report names."""
    return {kind: KindCounts() for kind in COUNTED_KINDS}


@dataclass
class EditedRow:
    """A data row whose content no longer matches its digest (or that has none)."""

    sheet: str
    row: int  # the row number in the sheet, as the spreadsheet shows it
    record_id: str
    unit_code: str
    added: bool = False  # no digest at all: pasted or typed in after export


@dataclass
class SectionOutcome:
    """One unit's snapshot inside a file: its sequence number and what it changed."""

    unit_code: str
    unit_name: str
    year: int
    month: int
    seq: int
    status: SectionStatus
    counts: dict[str, KindCounts] = field(default_factory=empty_counts)
    previous_seq: int | None = None  # the seq merged before this one, if any


@dataclass
class FileOutcome:
    """The outcome of one file of a batch (preview or real run)."""

    path: Path
    status: ImportStatus
    unit_code: str | None = None
    unit_name: str = ""
    parent_code: str | None = None
    year: int | None = None
    month: int | None = None
    seq: int | None = None
    packet_uuid: str | None = None
    exported_at: str | None = None
    file_sha256: str = ""
    counts: dict[str, KindCounts] = field(default_factory=empty_counts)
    sections: list[SectionOutcome] = field(default_factory=list)
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    edited_rows: list[EditedRow] = field(default_factory=list)
    rows_missing: dict[str, int] = field(default_factory=dict)  # sheet -> rows fewer than exported
    rows_extra: dict[str, int] = field(default_factory=dict)  # sheet -> rows more than exported
    already_imported_at: datetime | None = None
    confirmed_edited: bool = False
    archived_path: Path | None = None
    # For an edited packet in a preview: what confirming it would change.
    counts_if_accepted: dict[str, KindCounts] | None = None

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def edited(self) -> bool:
        return bool(self.edited_rows or self.rows_missing or self.rows_extra)


@dataclass
class ImportReport:
    """Every file of a batch with its outcome, in the order given."""

    files: list[FileOutcome]
    dry_run: bool
    accept_edited: bool = False
    cancelled: bool = False

    def by_status(self, status: ImportStatus) -> list[FileOutcome]:
        return [f for f in self.files if f.status is status]

    def totals(self) -> dict[str, KindCounts]:
        """Counts per kind over every file."""
        total = empty_counts()
        for outcome in self.files:
            for kind, counts in outcome.counts.items():
                total.setdefault(kind, KindCounts()).add(counts)
        return total

    @property
    def has_problems(self) -> bool:
        """True when a file was refused or left out (edited, not confirmed) or cancelled."""
        return any(
            f.status in (ImportStatus.REFUSED, ImportStatus.EDITED, ImportStatus.CANCELLED)
            for f in self.files
        )


@dataclass
class SectionSummary:
    """One unit's snapshot as a packet carries it."""

    unit_code: str
    unit_name: str
    year: int
    month: int
    seq: int
    counts: dict[str, int]


@dataclass
class ExportSummary:
    """What a packet of the own unit for ``year``/``month`` would contain."""

    unit_code: str
    unit_name: str
    year: int
    month: int
    next_seq: int
    counts: dict[str, int]  # the own unit's rows per kind
    sections: list[SectionSummary]  # the units below whose latest snapshots ride along


@dataclass
class ExportResult:
    """A packet written to ``path``."""

    path: Path
    packet_uuid: str
    unit_code: str
    year: int
    month: int
    seq: int
    exported_at: str
    content_hash: str
    counts: dict[str, int]
    sections: list[SectionSummary]


@dataclass
class SentPacket:
    """A packet this database wrote for the level above (its export log, newest first)."""

    id: int
    kind: str  # data | config
    unit_code: str  # the unit it is from (data) or for (config)
    year: int
    month: int | None
    seq: int | None
    file_name: str
    counts: dict[str, int]
    exported_at: str


# A packet stamped later than this after the reading computer's "now" is dated in the future:
# the sending computer's clock (or date) is wrong, and its months may be misfiled.
FUTURE_TOLERANCE = timedelta(hours=12)


def notices(outcome: FileOutcome, now: datetime) -> list[Issue]:
    """What deserves a look in a file that is not refused: the merge's warnings (a unit's
    sequence that jumps: a packet in between never arrived) and a packet dated in the
    future. A stale packet's warning is its outcome already and is left out."""
    found = [w for w in outcome.warnings if w.code != "packet_stale"]
    if outcome.exported_at:
        try:
            stamp = datetime.fromisoformat(outcome.exported_at)
        except ValueError:
            stamp = None
        if stamp is not None:
            if stamp.tzinfo is None:
                stamp = stamp.replace(tzinfo=UTC)
            if stamp > now + FUTURE_TOLERANCE:
                day = format_date(stamp.astimezone().date())
                found.append(Issue("packet_from_future", {"date": day}))
    return found


@dataclass
class ImportLogEntry:
    """A line of the import log (sổ nhận gói)."""

    id: int
    kind: str
    packet_uuid: str | None
    unit_code: str | None
    year: int | None
    month: int | None
    seq: int | None
    file_name: str
    archived_path: str
    outcome: str
    confirmed_edited: bool
    counts: dict[str, dict[str, int]]
    errors: list[dict[str, object]]
    exported_at: str | None
    imported_at: str


@dataclass
class ReceivedSection:
    """A unit's snapshot applied here: which month it covered and when it came."""

    unit_code: str
    year: int
    month: int
    seq: int
    exported_at: str
    imported_at: str
    import_id: int


@dataclass
class MergedState:
    """The latest snapshot merged for a unit and year."""

    unit_code: str
    year: int
    month: int
    seq: int
    packet_uuid: str
    exported_at: str
    merged_at: str


@dataclass
class ConfigExportResult:
    """A configuration packet written for ``unit_code``."""

    path: Path
    packet_uuid: str
    unit_code: str
    year: int
    campaigns: int
    deadlines: dict[int, date]


@dataclass
class ConfigImportResult:
    """What a configuration packet changed at the branch."""

    status: ImportStatus
    path: Path
    unit_code: str
    upper_unit_code: str
    year: int
    packet_uuid: str
    criteria_changed: bool = False
    unit_changed: bool = False
    campaigns: KindCounts = field(default_factory=KindCounts)
    campaign_targets: KindCounts = field(default_factory=KindCounts)
    deadlines: dict[int, date] = field(default_factory=dict)
    warnings: list[Issue] = field(default_factory=list)
    already_imported_at: datetime | None = None
    # Commendation records sent down (rounds, reviews, decisions, register entries), by kind.
    commendations: dict[str, KindCounts] = field(default_factory=dict)
