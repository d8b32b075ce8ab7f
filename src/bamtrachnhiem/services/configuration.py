"""The downward configuration packet (gói cấu hình) and reporting deadlines (hạn nộp).

An upper level exports, for one unit below it and one movement year: the unit's tree entry,
the year's criteria set (pillars, criteria, bands, rules), its peak campaigns with their
targets, and the day each month's packet is due. The branch imports it: its own unit's
fields follow the tree entry, the criteria set becomes read-only (from above), the
campaigns arrive as ``from_upper`` campaigns of the branch, and the deadlines are stored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from bamtrachnhiem import __version__
from bamtrachnhiem.domain.campaigns import upper_record_id
from bamtrachnhiem.domain.criteria import CriteriaSet, CriteriaSource
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.exchange import (
    ConfigExportResult,
    ConfigImportResult,
    EditedRow,
    ImportStatus,
    Issue,
    KindCounts,
    PacketError,
)
from bamtrachnhiem.domain.records import new_id
from bamtrachnhiem.domain.reports import ReportKind, ReportPeriod, default_periods
from bamtrachnhiem.exchange.packet_format import (
    BANDS_SHEET,
    CAMPAIGN_TARGETS,
    CAMPAIGNS,
    CONFIG_FORMAT,
    CONFIG_KINDS,
    CRITERIA_SHEET,
    DEADLINES,
    FORMAT_VERSION,
    REPORT_PERIODS,
    UNITS,
    PacketKind,
    canonical_json,
    meta_hash,
    normalize_row,
    row_digest,
    section_hash,
    sha256_hex,
)
from bamtrachnhiem.exchange.packet_reader import RawPacket, read_raw
from bamtrachnhiem.exchange.packet_writer import (
    CoverSheet,
    DataSheet,
    DisplaySheet,
    PacketBook,
    write_packet_book,
)
from bamtrachnhiem.exchange.versions import carried
from bamtrachnhiem.services.base import Service
from bamtrachnhiem.services.commendation_config import SENT_DOWN, apply_config_rows, config_rows
from bamtrachnhiem.services.years import YearService
from bamtrachnhiem.storage.database import Database

DEFAULT_DUE_DAY = 5  # a month's packet is due on the 5th of the following month
# Campaigns sent from above get ids derived from the upper campaign and the receiving unit
# (``domain.campaigns.upper_record_id``), so importing the same configuration twice updates
# them instead of adding copies, and the upper level can find each unit's results for its
# campaign.
# The tree from above sets a unit's names and header lines, never what the unit keeps itself.
_UNIT_FIELDS = [c.key for c in UNITS.columns if c.key != "code" and not c.kept_by_unit]
# What applying a configuration packet may change.
_CONFIG_IMPORT_KINDS = (
    "units",
    "criteria_sets",
    "movement_years",
    "campaigns",
    "campaign_targets",
    "deadlines",
    "report_periods",
    "packet_imports",
    "commendation_rounds",
    "nomination_reviews",
    "commendation_decisions",
    "awards",
)


def default_deadline(year: int, month: int, day: int = DEFAULT_DUE_DAY) -> date:
    """Day ``day`` of the month after ``month`` (the last day when that month is shorter)."""
    first_next = date(year + (month == 12), month % 12 + 1, 1)
    following = date(first_next.year + (first_next.month == 12), first_next.month % 12 + 1, 1)
    return min(first_next + timedelta(days=day - 1), following - timedelta(days=1))


@dataclass
class _ConfigContent:
    raw: RawPacket
    unit: tuple
    campaigns: list[tuple]
    targets: list[tuple]
    deadlines: dict[int, date]
    criteria: CriteriaSet
    sender: str
    report_periods: list[ReportPeriod] | None = None  # None: an older packet without them
    edited_rows: list[EditedRow] = field(default_factory=list)
    commendations: dict[str, list[tuple]] = field(default_factory=dict)


class ConfigService(Service):
    """Exports configuration packets for units below; imports the one sent from above."""

    def __init__(self, database: Database, years: YearService) -> None:
        super().__init__(database)
        self.years = years

    def _own(self) -> tuple | None:
        rows = self._rows(f"SELECT {', '.join(UNITS.keys)} FROM unit WHERE is_own = 1")
        return rows[0] if rows else None

    # --- deadlines ------------------------------------------------------------------------

    def deadlines(self, year: int) -> dict[int, date]:
        """The due date of each month's packet: as set (here or from above), else the 5th."""
        stored = {
            month: date.fromisoformat(str(due))
            for month, due in self._rows(
                "SELECT month, due_date FROM reporting_deadline WHERE year = ?", [year]
            )
        }
        return {m: stored.get(m) or default_deadline(year, m) for m in range(1, 13)}

    def deadline_source(self, year: int) -> str:
        """ "upper" when the deadlines came in a configuration packet, "own" otherwise."""
        rows = self._rows("SELECT source FROM reporting_deadline WHERE year = ? LIMIT 1", [year])
        return rows[0][0] if rows else "own"

    def set_deadlines(self, year: int, deadlines: dict[int, date]) -> dict[int, date]:
        """Set the due dates of ``year`` (for the units below, and the completeness view)."""
        if not 2000 <= year <= 2100:
            raise ValidationError("year_out_of_range", year=year)
        for month, due in deadlines.items():
            if not 1 <= month <= 12:
                raise ValidationError("packet_month_invalid", month=month)
            if due < date(year, month, 1):
                raise ValidationError("deadline_before_month", month=month, year=year)
        with self.database.write("deadlines"):
            self._store_deadlines(year, deadlines, "own", "")
        return self.deadlines(year)

    def set_deadline_day(self, year: int, day: int) -> dict[int, date]:
        """Every month's packet due on day ``day`` of the following month."""
        if not 1 <= day <= 28:
            raise ValidationError("deadline_day_invalid", day=day)
        return self.set_deadlines(year, {m: default_deadline(year, m, day) for m in range(1, 13)})

    def _store_deadlines(
        self, year: int, deadlines: dict[int, date], source: str, source_unit: str
    ) -> None:
        stamp = self.now_iso()
        self.database.connection.cursor().executemany(
            "INSERT INTO reporting_deadline (year, month, due_date, source, source_unit_code, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (year, month) DO UPDATE SET "
            "due_date = excluded.due_date, source = excluded.source, "
            "source_unit_code = excluded.source_unit_code, updated_at = excluded.updated_at",
            [
                (year, month, due.isoformat(), source, source_unit, stamp)
                for month, due in sorted(deadlines.items())
            ],
        )

    # --- report periods -------------------------------------------------------------------

    def report_periods(self, year: int) -> list[ReportPeriod]:
        """The report periods of ``year`` and their due dates: as set here or from above,
        else the defaults (sơ kết 6 tháng due 20/6, tổng kết năm due 05/12, ...)."""
        stored = {
            period: ReportPeriod(
                year,
                period,
                ReportKind(kind),
                month_from,
                month_to,
                date.fromisoformat(str(due)),
                bool(required),
                source,
            )
            for period, kind, month_from, month_to, due, required, source in self._rows(
                "SELECT period, kind, month_from, month_to, due_date, required, source "
                "FROM report_period WHERE year = ?",
                [year],
            )
        }
        periods = [stored.pop(p.period, p) for p in default_periods(year)]
        return periods + sorted(stored.values(), key=lambda p: (p.month_to, p.period))

    def report_period(self, year: int, period: str) -> ReportPeriod:
        for found in self.report_periods(year):
            if found.period == period:
                return found
        raise ValidationError("period_unknown", period=period)

    def set_report_periods(self, year: int, periods: list[ReportPeriod]) -> list[ReportPeriod]:
        """Set the due dates (and whether each report is asked for) of ``year``'s periods,
        here and for the units below (they go down in the configuration packet)."""
        if not 2000 <= year <= 2100:
            raise ValidationError("year_out_of_range", year=year)
        known = {p.period: p for p in default_periods(year)}
        for period in periods:
            base = known.get(period.period)
            if base is None or period.year != year:
                raise ValidationError("period_unknown", period=period.period)
            if period.due_date < date(year, base.month_from, 1):
                raise ValidationError("report_due_before_period", period=period.period, year=year)
        with self.database.write("report_periods"):
            self._store_report_periods(year, periods, "own", "")
        return self.report_periods(year)

    def _store_report_periods(
        self, year: int, periods: list[ReportPeriod], source: str, source_unit: str
    ) -> None:
        stamp = self.now_iso()
        self.database.connection.cursor().executemany(
            "INSERT INTO report_period (year, period, kind, month_from, month_to, due_date, "
            "required, source, source_unit_code, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (year, period) DO UPDATE SET kind = excluded.kind, "
            "month_from = excluded.month_from, month_to = excluded.month_to, "
            "due_date = excluded.due_date, required = excluded.required, "
            "source = excluded.source, source_unit_code = excluded.source_unit_code, "
            "updated_at = excluded.updated_at",
            [
                (
                    year,
                    p.period,
                    ReportKind(p.kind).value,
                    p.month_from,
                    p.month_to,
                    p.due_date.isoformat(),
                    int(p.required),
                    source,
                    source_unit,
                    stamp,
                )
                for p in periods
            ],
        )

    # --- export ---------------------------------------------------------------------------

    def export_config(self, year: int, unit_code: str, path: str | Path) -> ConfigExportResult:
        """Write the configuration packet of ``year`` for the unit ``unit_code`` below."""
        path = Path(path)
        own = self._own()
        if own is None:
            raise ValidationError("own_unit_missing")
        if unit_code == own[0]:
            raise ValidationError("config_own_unit", unit=unit_code)
        rows = self._rows(f"SELECT {', '.join(UNITS.keys)} FROM unit WHERE code = ?", [unit_code])
        if not rows:
            raise ValidationError("config_unit_unknown", unit=unit_code)
        unit = normalize_row(UNITS, rows[0])
        criteria = self.years.criteria(year)
        criteria_json = criteria.to_json()
        campaigns = [
            normalize_row(CAMPAIGNS, r)
            for r in self._rows(
                f"SELECT {', '.join(CAMPAIGNS.keys)} FROM campaign WHERE unit_code = ? "
                "AND year = ? AND deleted_at IS NULL ORDER BY start_date, name, id",
                [own[0], year],
            )
        ]
        targets = [
            normalize_row(CAMPAIGN_TARGETS, r)
            for r in self._rows(
                f"SELECT {', '.join('t.' + k for k in CAMPAIGN_TARGETS.keys)} "
                "FROM campaign_target t JOIN campaign c ON c.id = t.campaign_id "
                "WHERE c.unit_code = ? AND c.year = ? AND c.deleted_at IS NULL "
                "AND t.deleted_at IS NULL ORDER BY t.campaign_id, t.position, t.id",
                [own[0], year],
            )
        ]
        deadlines = self.deadlines(year)
        deadline_rows = [(m, d.isoformat()) for m, d in sorted(deadlines.items())]
        period_rows = [
            normalize_row(
                REPORT_PERIODS,
                (
                    p.period,
                    ReportKind(p.kind).value,
                    p.month_from,
                    p.month_to,
                    p.due_date.isoformat(),
                    p.required,
                ),
            )
            for p in self.report_periods(year)
        ]
        sheets = [
            DataSheet(UNITS, [unit], [row_digest(UNITS, unit)]),
            DataSheet(CAMPAIGNS, campaigns, [row_digest(CAMPAIGNS, r) for r in campaigns]),
            DataSheet(
                CAMPAIGN_TARGETS, targets, [row_digest(CAMPAIGN_TARGETS, r) for r in targets]
            ),
            DataSheet(DEADLINES, deadline_rows, [row_digest(DEADLINES, r) for r in deadline_rows]),
            DataSheet(
                REPORT_PERIODS, period_rows, [row_digest(REPORT_PERIODS, r) for r in period_rows]
            ),
        ]
        commendations = config_rows(self._rows, unit_code, year)
        sheets += [
            DataSheet(
                kind,
                commendations[kind.name],
                [row_digest(kind, r) for r in commendations[kind.name]],
            )
            for kind in SENT_DOWN
        ]
        packet_uuid, exported_at = new_id(), self.now_iso()
        meta = {
            "format": CONFIG_FORMAT,
            "format_version": str(FORMAT_VERSION),
            "packet_uuid": packet_uuid,
            "unit_code": unit_code,
            "unit_name": unit[UNITS.index("name")],
            "parent_code": own[0],
            "sender_name": own[UNITS.index("name")],
            "year": str(year),
            "exported_at": exported_at,
            "app_version": __version__,
            "row_counts": canonical_json({s.kind.name: len(s.rows) for s in sheets}),
            "criteria": criteria_json,
            "content_hash": _config_hash(sheets, criteria_json),
        }
        pairs = list(meta.items())
        meta["meta_hash"] = meta_hash(pairs)
        pairs.append(("meta_hash", meta["meta_hash"]))
        book = PacketBook(
            cover=_cover(meta, unit, sheets, criteria, deadlines),
            sheets=sheets,
            meta_rows=pairs,
            properties={k: v for k, v in meta.items() if k != "criteria"},
            display_sheets=_criteria_sheets(criteria),
            title=f"Gói cấu hình năm {year} cho {meta['unit_name']}",
        )
        write_packet_book(path, book)
        with self.database.write("packet_exports"):
            self.database.connection.execute_sql(
                "INSERT INTO packet_export (packet_uuid, kind, unit_code, year, file_name, "
                "content_hash, counts, exported_at) VALUES (?, 'config', ?, ?, ?, ?, ?, ?)",
                [
                    packet_uuid,
                    unit_code,
                    year,
                    path.name,
                    meta["content_hash"],
                    meta["row_counts"],
                    exported_at,
                ],
            )
        return ConfigExportResult(path, packet_uuid, unit_code, year, len(campaigns), deadlines)

    # --- import ---------------------------------------------------------------------------

    def import_config(self, path: str | Path, *, dry_run: bool = False) -> ConfigImportResult:
        """Apply a configuration packet sent from above to this database's own unit.

        Refused (nothing changed) when it is addressed to another unit or was edited after
        export. On a database without its own unit yet, the unit is created from it.
        """
        path = Path(path)
        content = self._read(path)
        meta = content.raw.meta
        own = self._own()
        addressed = meta["unit_code"]
        if own is not None and own[0] != addressed:
            raise PacketError.single(
                "config_other_unit", file=path.name, unit=addressed, own=own[0]
            )
        result = ConfigImportResult(
            status=ImportStatus.IMPORTED,
            path=path,
            unit_code=addressed,
            upper_unit_code=content.sender,
            year=content.criteria.year,
            packet_uuid=meta["packet_uuid"],
            deadlines=content.deadlines,
            warnings=list(content.raw.warnings),
        )
        previous = self._rows(
            "SELECT imported_at FROM packet_import WHERE kind = 'config' AND packet_uuid = ? "
            "AND outcome = 'imported' ORDER BY id LIMIT 1",
            [meta["packet_uuid"]],
        )
        if previous:
            result.status = ImportStatus.ALREADY_IMPORTED
            result.already_imported_at = datetime.fromisoformat(previous[0][0])
            return result

        class _Rollback(Exception):
            pass

        try:
            with self.database.write(*_CONFIG_IMPORT_KINDS):
                self._apply(content, result, own)
                if dry_run:
                    raise _Rollback
                self.database.connection.execute_sql(
                    "INSERT INTO packet_import (kind, packet_uuid, unit_code, year, content_hash, "
                    "exported_at, file_name, file_sha256, outcome, counts, imported_at) "
                    "VALUES ('config', ?, ?, ?, ?, ?, ?, ?, 'imported', ?, ?)",
                    [
                        meta["packet_uuid"],
                        content.sender,
                        result.year,
                        meta.get("content_hash", ""),
                        meta.get("exported_at", ""),
                        path.name,
                        content.raw.file_sha256,
                        json.dumps(
                            {
                                "campaigns": result.campaigns.as_dict(),
                                "campaign_targets": result.campaign_targets.as_dict(),
                            }
                        ),
                        self.now_iso(),
                    ],
                )
        except _Rollback:
            pass
        return result

    def _read(self, path: Path) -> _ConfigContent:
        raw = read_raw(path, CONFIG_FORMAT, CONFIG_KINDS)
        name = path.name
        meta = raw.meta
        for key in ("packet_uuid", "unit_code", "parent_code", "year", "criteria"):
            if not meta.get(key):
                raise PacketError.single("packet_meta_invalid", file=name, key=key)
        try:
            year = int(meta["year"])
            criteria = CriteriaSet.from_json(
                meta["criteria"],
                year=year,
                source=CriteriaSource.UPPER,
                source_unit_code=meta["parent_code"],
            )
        except (ValueError, TypeError, KeyError):
            raise PacketError.single("packet_meta_invalid", file=name, key="criteria") from None
        present = [k for k in CONFIG_KINDS if carried(raw.version, k.name)]
        sheets = [DataSheet(raw.sheets[k.name].kind, raw.sheets[k.name].rows, []) for k in present]
        for sheet in sheets:
            sheet.digests = [row_digest(sheet.kind, row) for row in sheet.rows]
        units = raw.current_rows(UNITS)
        if _config_hash(sheets, meta["criteria"], raw.version) != meta.get("content_hash"):
            edited = []
            for kind in present:
                read = raw.sheets[kind.name]
                for row, number, stored in zip(
                    read.rows, read.row_numbers, read.digests, strict=True
                ):
                    if stored != row_digest(read.kind, row):
                        edited.append(
                            Issue(
                                "config_row_edited",
                                {"file": name, "sheet": kind.sheet, "row": number},
                                sheet=kind.sheet,
                                row=number,
                            )
                        )
            raise PacketError.of(
                [Issue("config_edited", {"file": name, "rows": len(edited)}), *edited[:200]]
            )
        unit = next((u for u in units if u[0] == meta["unit_code"]), None)
        if unit is None:
            raise PacketError.single("packet_meta_invalid", file=name, key="unit_code")
        deadlines = {
            int(month): date.fromisoformat(due) for month, due in raw.current_rows(DEADLINES)
        }
        periods = None
        if carried(raw.version, REPORT_PERIODS.name):
            periods = []
            for period, kind, month_from, month_to, due, required in raw.current_rows(
                REPORT_PERIODS
            ):
                try:
                    periods.append(
                        ReportPeriod(
                            year,
                            period,
                            ReportKind(kind),
                            month_from,
                            month_to,
                            date.fromisoformat(due),
                            required,
                        )
                    )
                except ValueError:
                    raise PacketError.single(
                        "packet_meta_invalid", file=name, key=REPORT_PERIODS.sheet
                    ) from None
        return _ConfigContent(
            raw=raw,
            unit=unit,
            campaigns=raw.current_rows(CAMPAIGNS),
            targets=raw.current_rows(CAMPAIGN_TARGETS),
            deadlines=deadlines,
            criteria=criteria,
            sender=meta["parent_code"],
            report_periods=periods,
            commendations={kind.name: raw.current_rows(kind) for kind in SENT_DOWN},
        )

    def _apply(
        self, content: _ConfigContent, result: ConfigImportResult, own: tuple | None
    ) -> None:
        conn = self.database.connection
        unit_values = dict(zip(UNITS.keys, content.unit, strict=True))
        stamp = self.now_iso()
        if own is None:
            columns = [*UNITS.keys, "is_own", "updated_at"]
            conn.execute_sql(
                f"INSERT INTO unit ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [*(unit_values[k] for k in UNITS.keys), 1, stamp],
            )
            result.unit_changed = True
        else:
            stored = dict(zip(UNITS.keys, normalize_row(UNITS, own), strict=True))
            if any(stored[k] != unit_values[k] for k in _UNIT_FIELDS):
                assignments = ", ".join(f"{k} = ?" for k in _UNIT_FIELDS)
                conn.execute_sql(
                    f"UPDATE unit SET {assignments}, updated_at = ? WHERE code = ?",
                    [*(unit_values[k] for k in _UNIT_FIELDS), stamp, unit_values["code"]],
                )
                result.unit_changed = True
        own_code = unit_values["code"]

        criteria = content.criteria
        current: CriteriaSet | None = None
        if criteria.year in self.years.years():
            current = self.years.criteria(criteria.year)
        same = (
            current is not None
            and current.source is CriteriaSource.UPPER
            and current.source_unit_code == content.sender
            and current.to_json() == criteria.to_json()
        )
        if not same:
            redefined = current is None or current.to_json() != criteria.to_json()
            if redefined and current is not None and self.years.is_used(criteria.year):
                result.warnings.append(Issue("config_criteria_replaced", {"year": criteria.year}))
            self.years.adopt_from_upper(criteria, content.sender)
            result.criteria_changed = True

        local_campaign = {}
        for row in content.campaigns:
            values = dict(zip(CAMPAIGNS.keys, row, strict=True))
            local_id = upper_record_id(values["id"], own_code)
            local_campaign[values["id"]] = local_id
            fields = {
                "year": values["year"],
                "name": values["name"],
                "theme": values["theme"],
                "start_date": values["start_date"],
                "end_date": values["end_date"],
                "notes": values["notes"],
            }
            self._upsert(
                "campaign", local_id, own_code, fields, {"from_upper": 1}, result.campaigns, stamp
            )
        for row in content.targets:
            values = dict(zip(CAMPAIGN_TARGETS.keys, row, strict=True))
            campaign_id = local_campaign.get(values["campaign_id"])
            if campaign_id is None:
                continue  # a target of a campaign the packet does not carry
            fields = {
                "campaign_id": campaign_id,
                "name": values["name"],
                "measure_unit": values["measure_unit"],
                "target_value": values["target_value"],
                "position": values["position"],
            }
            self._upsert(
                "campaign_target",
                upper_record_id(values["id"], own_code),
                own_code,
                fields,
                {"achieved_value": 0.0},
                result.campaign_targets,
                stamp,
            )
        self._store_deadlines(criteria.year, content.deadlines, "upper", content.sender)
        if content.report_periods:
            self._store_report_periods(
                criteria.year, content.report_periods, "upper", content.sender
            )
        result.commendations = apply_config_rows(self._rows, own_code, content.commendations)

    def _upsert(
        self,
        table: str,
        record_id: str,
        unit_code: str,
        fields: dict[str, Any],
        on_create: dict[str, Any],
        counts: KindCounts,
        stamp: str,
    ) -> None:
        """Insert the record, or bring its fields from above up to date (keeping the rest)."""
        names = list(fields)
        rows = self._rows(
            f"SELECT {', '.join(names)}, deleted_at FROM {table} WHERE id = ?", [record_id]
        )
        conn = self.database.connection
        if not rows:
            columns = ["id", "unit_code", *names, *on_create, "created_at", "updated_at"]
            conn.execute_sql(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                [record_id, unit_code, *fields.values(), *on_create.values(), stamp, stamp],
            )
            counts.created += 1
            return
        stored = rows[0]
        if list(stored[:-1]) == list(fields.values()) and stored[-1] is None:
            counts.unchanged += 1
            return
        assignments = ", ".join(f"{n} = ?" for n in names)
        conn.execute_sql(
            f"UPDATE {table} SET {assignments}, deleted_at = NULL, updated_at = ? WHERE id = ?",
            [*fields.values(), stamp, record_id],
        )
        counts.updated += 1


def _config_hash(sheets: list[DataSheet], criteria_json: str, version: int = FORMAT_VERSION) -> str:
    digests: dict[str, list[tuple[str, str]]] = {}
    for sheet in sheets:
        kind: PacketKind = sheet.kind
        if not carried(version, kind.name):
            continue  # an older packet's hash knows nothing of kinds added since
        digests[kind.name] = [
            (str(row[kind.id_index]), row_digest(kind, row)) for row in sheet.rows
        ]
    digests["criteria"] = [("criteria", sha256_hex(criteria_json))]
    return section_hash(digests)


def _criteria_sheets(criteria: CriteriaSet) -> list[DisplaySheet]:
    pillars = {p.code: p.name for p in criteria.pillars}
    rows: list[list[object]] = [
        [pillars.get(c.pillar_code, c.pillar_code), c.code, c.name, c.max_points]
        for c in criteria.criteria
    ]
    bands: list[list[object]] = [[b.label, b.min_total] for b in criteria.rules.bands]
    return [
        DisplaySheet(
            CRITERIA_SHEET, ["Trách nhiệm", "Mã", "Tiêu chí", "Điểm tối đa"], rows, [30, 8, 70, 12]
        ),
        DisplaySheet(BANDS_SHEET, ["Xếp loại", "Từ (điểm)"], bands, [20, 12]),
    ]


def _cover(
    meta: dict[str, str],
    unit: tuple,
    sheets: list[DataSheet],
    criteria: CriteriaSet,
    deadlines: dict[int, date],
) -> CoverSheet:
    facts: list[tuple[str, object]] = [
        ("Gửi đơn vị", f"{meta['unit_name']} ({meta['unit_code']})"),
        ("Đơn vị gửi", f"{meta['sender_name']} ({meta['parent_code']})"),
        ("Năm phong trào", int(meta["year"])),
        ("Bộ tiêu chí", criteria.name),
        ("Số tiêu chí", len(criteria.criteria)),
        ("Thời điểm xuất", meta["exported_at"][:16].replace("T", " ")),
        ("Phiên bản phần mềm", meta["app_version"]),
        ("Mã gói", meta["packet_uuid"]),
    ]
    content: list[list[object]] = [[s.kind.sheet, s.kind.title, len(s.rows)] for s in sheets]
    due: list[list[object]] = [
        [f"{m:02d}/{meta['year']}", format_date(d)] for m, d in sorted(deadlines.items())
    ]
    return CoverSheet(
        title="GÓI CẤU HÌNH PHONG TRÀO “3 TRÁCH NHIỆM”",
        facts=facts,
        tables=[
            ("Nội dung gói", ["Trang tính", "Nội dung", "Số dòng"], content),
            ("Hạn nộp gói dữ liệu", ["Số liệu tháng", "Hạn nộp"], due),
        ],
        note=(
            "Đơn vị nhận nhập tệp này vào phần mềm (Nhập gói cấu hình). Bộ tiêu chí từ cấp trên "
            "không sửa được ở đơn vị. Xin đừng sửa nội dung tệp."
        ),
    )
