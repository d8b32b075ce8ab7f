"""Packet exchange (trao đổi gói dữ liệu): export the unit's snapshot, preview and merge packets.

The merge keeps the nine promises of exchange.md:
1. nothing half-done: a packet is read and validated whole before anything is written, then
   applied in one transaction together with its import-log row;
2. dry run first: ``preview`` runs the very same merge inside a transaction that is rolled
   back, so the real run's counts equal the preview's;
3. idempotent: a packet already imported changes nothing;
4. newest wins per unit and year (by the unit's sequence number); older packets are stale;
5. ownership: a unit's snapshot replaces only that unit's records;
6. edited after export: imported only with ``accept_edited``, and the log says so;
7. right place: only units below this database's own unit; never the own unit's packet;
8. batch: every file on its own, one bad file stops nothing;
9. kept: every imported file is archived beside the database.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from peewee import PeeweeException

from bamtrachnhiem import __version__
from bamtrachnhiem.domain.errors import AppError, ValidationError
from bamtrachnhiem.domain.exchange import (
    ExportResult,
    ExportSummary,
    FileOutcome,
    ImportLogEntry,
    ImportReport,
    ImportStatus,
    Issue,
    KindCounts,
    MergedState,
    PacketError,
    ReceivedSection,
    SectionOutcome,
    SectionStatus,
    SectionSummary,
    empty_counts,
)
from bamtrachnhiem.domain.records import new_id
from bamtrachnhiem.domain.text import join_name
from bamtrachnhiem.exchange.packet_format import (
    DATA_FORMAT,
    FORMAT_VERSION,
    MEMBERS,
    SHEET_ORDER,
    TABLE_KINDS,
    UNITS,
    PacketKind,
    Scope,
    canonical_json,
    content_hash,
    ids_text,
    meta_hash,
    normalize_row,
    row_digest,
    section_hash,
)
from bamtrachnhiem.exchange.packet_reader import (
    PacketContent,
    PacketSection,
    file_sha256,
    read_packet,
)
from bamtrachnhiem.exchange.packet_writer import (
    CoverSheet,
    DataSheet,
    PacketBook,
    atomic_copy,
    check_values,
    write_packet_book,
)
from bamtrachnhiem.services.base import Service
from bamtrachnhiem.storage.database import Database

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
_CHUNK = 500  # ids per IN (...) query
# What merging a packet may change: every kind it carries, their link tables, the log.
MERGE_KINDS = (
    *(kind.name for kind in TABLE_KINDS),
    UNITS.name,
    "initiative_authors",
    "activity_participants",
    "packet_imports",
    "packet_import_sections",
    "packets_merged",
)
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class _DryRun(Exception):
    """Raised to roll a preview's transaction back."""


@dataclass
class _Section:
    """One unit's snapshot being exported."""

    unit_code: str
    unit_name: str
    parent_code: str | None
    year: int
    month: int
    seq: int
    packet_uuid: str
    exported_at: str
    app_version: str
    rows: dict[str, list[tuple]]
    digests: dict[str, list[str]] = field(default_factory=dict)
    hash: str = ""

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items()}


def _sql_columns(kind: PacketKind) -> list[str]:
    return [c.key for c in kind.columns if c.child is None]


def _q(name: str) -> str:
    return f'"{name}"'


def _scope(kind: PacketKind, unit_code: str, year: int, month: int | None) -> tuple[str, list[Any]]:
    """The WHERE clause selecting a unit's rows of ``kind`` that one snapshot covers.

    ``month`` limits month-scoped kinds (export of the own unit); imports compare against
    the whole year, so a newer snapshot decides every month of it.
    """
    if kind.scope is Scope.UNIT:
        return "unit_code = ?", [unit_code]
    if kind.scope is Scope.CAMPAIGN_YEAR:
        return (
            "unit_code = ? AND campaign_id IN (SELECT id FROM campaign WHERE year = ?)",
            [unit_code, year],
        )
    if kind.scope is Scope.YEAR_MONTH and month is not None:
        return "unit_code = ? AND year = ? AND month <= ?", [unit_code, year, month]
    return "unit_code = ? AND year = ?", [unit_code, year]


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _local_time(stamp: str) -> str:
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return moment.strftime("%d/%m/%Y %H:%M")


class ExchangeService(Service):
    """Exports this unit's packet and merges the packets of the units below it."""

    def __init__(self, database: Database) -> None:
        super().__init__(database)

    # --- small queries ----------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self.database.connection.execute_sql(sql, list(params)).fetchall()

    def _own_unit(self) -> tuple[str, str, str | None]:
        rows = self._rows("SELECT code, name, parent_code FROM unit WHERE is_own = 1")
        if not rows:
            raise ValidationError("own_unit_missing")
        return rows[0]

    def _unit_row(self, code: str) -> tuple | None:
        rows = self._rows(f"SELECT {', '.join(UNITS.keys)} FROM unit WHERE code = ?", [code])
        return rows[0] if rows else None

    def merged_states(self, year: int | None = None) -> list[MergedState]:
        """The latest snapshot merged per unit (and year), for the completeness view."""
        sql = (
            "SELECT unit_code, year, month, seq, packet_uuid, exported_at, merged_at "
            "FROM packet_merged"
        )
        params: list[Any] = []
        if year is not None:
            sql += " WHERE year = ?"
            params.append(year)
        return [MergedState(*row) for row in self._rows(sql + " ORDER BY unit_code, year", params)]

    def received_sections(self, year: int) -> list[ReceivedSection]:
        """Every unit snapshot applied here for ``year``, oldest first."""
        rows = self._rows(
            "SELECT s.unit_code, s.year, s.month, s.seq, s.exported_at, i.imported_at, i.id "
            "FROM packet_import_section s JOIN packet_import i ON i.id = s.import_id "
            "WHERE s.year = ? AND s.outcome = 'applied' ORDER BY i.imported_at, s.unit_code",
            [year],
        )
        return [ReceivedSection(*row) for row in rows]

    def import_log(self, limit: int | None = None) -> list[ImportLogEntry]:
        """The import log, newest first."""
        sql = (
            "SELECT id, kind, packet_uuid, unit_code, year, month, seq, file_name, "
            "archived_path, outcome, confirmed_edited, counts, errors, exported_at, imported_at "
            "FROM packet_import ORDER BY id DESC"
        )
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        entries = []
        for row in self._rows(sql, params):
            values = list(row)
            values[10] = bool(values[10])
            values[11] = json.loads(values[11] or "{}")
            values[12] = json.loads(values[12] or "[]")
            entries.append(ImportLogEntry(*values))
        return entries

    @property
    def received_dir(self) -> Path:
        """Where imported packets are kept: ``<db stem>-received`` beside the database."""
        path = self.database.path
        return path.with_name(f"{path.stem}-received")

    # --- export -----------------------------------------------------------------------

    def export_summary(self, year: int, month: int) -> ExportSummary:
        """What a packet for ``year``/``month`` would hold, without writing anything."""
        _check_period(year, month)
        code, name, _parent = self._own_unit()
        sections = self._collect(year, month)
        last = self._rows("SELECT last_seq FROM packet_sequence WHERE unit_code = ?", [code])
        return ExportSummary(
            unit_code=code,
            unit_name=name,
            year=year,
            month=month,
            next_seq=(last[0][0] if last else 0) + 1,
            counts=sections[0].counts(),
            sections=[_summary(s) for s in sections[1:]],
        )

    def export_packet(
        self,
        year: int,
        month: int,
        path: str | Path,
        *,
        progress: Progress | None = None,
        exported_at: datetime | None = None,
    ) -> ExportResult:
        """Write the own unit's snapshot of ``year`` up to ``month`` (with the latest snapshots
        merged from the units below) to ``path``, atomically.

        Text a cell cannot hold is refused before anything is written or numbered.
        ``exported_at`` stamps the packet with that (timezone-aware) time instead of now:
        the demo world's branches send their packets on days of their simulated year.
        """
        _check_period(year, month)
        path = Path(path)
        if progress:
            progress(0, 3, path.name)
        sections = self._collect(year, month)
        units = self._tree_rows()
        for section in sections:
            _digest(section)
        unit_digests = [row_digest(UNITS, row) for row in units]
        top = sections[0]
        top_digests = {
            **{k: list(zip(_ids(k, top.rows[k]), top.digests[k], strict=True)) for k in top.rows},
            UNITS.name: [(str(r[0]), d) for r, d in zip(units, unit_digests, strict=True)],
        }
        top.hash = section_hash(top_digests)
        check_values(_data_sheets(sections, units, unit_digests, {}))
        if progress:
            progress(1, 3, path.name)

        with self.database.write("packet_sequences"):
            rows = self._rows(
                "SELECT last_seq FROM packet_sequence WHERE unit_code = ?", [top.unit_code]
            )
            top.seq = (rows[0][0] if rows else 0) + 1
            top.exported_at = (
                self.now_iso()
                if exported_at is None
                else exported_at.astimezone(UTC).isoformat(timespec="microseconds")
            )
            top.packet_uuid = new_id()
            self.database.connection.execute_sql(
                "INSERT INTO packet_sequence (unit_code, last_seq, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (unit_code) DO UPDATE SET last_seq = excluded.last_seq, "
                "updated_at = excluded.updated_at",
                [top.unit_code, top.seq, top.exported_at],
            )
        names = self._member_names(sections)
        book = _packet_book(sections, units, unit_digests, names)
        write_packet_book(path, book)
        if progress:
            progress(2, 3, path.name)
        hash_all = content_hash({s.unit_code: s.hash for s in sections})
        with contextlib.suppress(AppError), self.database.write("packet_exports"):
            # The log of exports is informational: a full disk here must not undo the file.
            self.database.connection.execute_sql(
                "INSERT INTO packet_export (packet_uuid, kind, unit_code, year, month, seq, "
                "file_name, content_hash, counts, exported_at) VALUES (?, 'data', ?, ?, ?, ?, ?, "
                "?, ?, ?)",
                [
                    top.packet_uuid,
                    top.unit_code,
                    year,
                    month,
                    top.seq,
                    path.name,
                    hash_all,
                    json.dumps(top.counts()),
                    top.exported_at,
                ],
            )
        if progress:
            progress(3, 3, path.name)
        return ExportResult(
            path=path,
            packet_uuid=top.packet_uuid,
            unit_code=top.unit_code,
            year=year,
            month=month,
            seq=top.seq,
            exported_at=top.exported_at,
            content_hash=hash_all,
            counts=top.counts(),
            sections=[_summary(s) for s in sections[1:]],
        )

    def _collect(self, year: int, month: int) -> list[_Section]:
        """The own unit's section, then one per unit below with a snapshot merged here."""
        code, name, parent = self._own_unit()
        own = _Section(
            code,
            name,
            parent,
            year,
            month,
            0,
            "",
            "",
            __version__,
            self._section_rows(code, year, month),
        )
        sections = [own]
        merged = self._rows(
            "SELECT m.unit_code, u.name, u.parent_code, m.month, m.seq, m.packet_uuid, "
            "m.exported_at, m.app_version FROM packet_merged m JOIN unit u ON u.code = m.unit_code "
            "WHERE m.year = ? AND m.unit_code != ? ORDER BY m.unit_code",
            [year, code],
        )
        for unit_code, unit_name, parent_code, m_month, seq, uuid, exported_at, version in merged:
            sections.append(
                _Section(
                    unit_code,
                    unit_name,
                    parent_code,
                    year,
                    m_month,
                    seq,
                    uuid,
                    exported_at,
                    version,
                    self._section_rows(unit_code, year, None),
                )
            )
        return sections

    def _section_rows(self, unit_code: str, year: int, month: int | None) -> dict[str, list[tuple]]:
        rows = {}
        for kind in TABLE_KINDS:
            where, params = _scope(kind, unit_code, year, month)
            rows[kind.name] = self._select(kind, where, params, ordered=True)
        return rows

    def _select(
        self, kind: PacketKind, where: str, params: list[Any], *, ordered: bool = False
    ) -> list[tuple]:
        """Rows of ``kind`` in canonical form (child lists included), in display order."""
        columns = _sql_columns(kind)
        sql = f"SELECT {', '.join(map(_q, columns))} FROM {_q(kind.table)} WHERE {where}"
        if ordered and kind.sort_keys:
            sql += " ORDER BY " + ", ".join(map(_q, kind.sort_keys))
        raw = self._rows(sql, params)
        child_columns = [c for c in kind.columns if c.child is not None]
        if not child_columns:
            return [normalize_row(kind, row) for row in raw]
        children = {c.key: self._children(kind, c, where, params) for c in child_columns}
        id_at = columns.index(kind.id_key)
        result = []
        for row in raw:
            values = iter(row)
            full = [
                ids_text(children[c.key].get(row[id_at], [])) if c.child else next(values)
                for c in kind.columns
            ]
            result.append(normalize_row(kind, full))
        return result

    def _children(
        self, kind: PacketKind, column: Any, where: str, params: list[Any]
    ) -> dict[str, list]:
        child = column.child
        rows = self._rows(
            f"SELECT {child.parent_column}, {child.member_column} FROM {child.table} "
            f"WHERE {child.parent_column} IN (SELECT id FROM {_q(kind.table)} WHERE {where}) "
            f"ORDER BY {child.parent_column}, {child.order_by}, {child.member_column}",
            params,
        )
        found: dict[str, list[str]] = defaultdict(list)
        for parent, member in rows:
            found[parent].append(member)
        return found

    def _tree_rows(self) -> list[tuple]:
        """The own unit and every unit below it (all units of this database), parents first."""
        rows = self._rows(f"SELECT {', '.join(UNITS.keys)} FROM unit ORDER BY is_own DESC, code")
        return [normalize_row(UNITS, row) for row in rows]

    def _member_names(self, sections: list[_Section]) -> dict[str, str]:
        names = {}
        m = MEMBERS
        at_id, at_fm, at_given = m.index("id"), m.index("family_middle_name"), m.index("given_name")
        for section in sections:
            for row in section.rows[MEMBERS.name]:
                names[row[at_id]] = join_name(row[at_fm], row[at_given])
        return names

    # --- import -------------------------------------------------------------------------

    def preview(
        self,
        paths: Iterable[str | Path],
        *,
        accept_edited: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:
        """What importing ``paths`` would do, file by file, changing nothing.

        The merge runs for real inside one transaction that is then rolled back, so the
        counts are exactly those of ``apply`` (files of the same unit in one batch see each
        other). Edited packets also get ``counts_if_accepted``.
        """
        files = expand_paths(paths)
        report = ImportReport(files=[], dry_run=True, accept_edited=accept_edited)
        try:
            with self.database.write(*MERGE_KINDS):
                self._run(
                    files, report, accept_edited, real=False, progress=progress, cancelled=cancelled
                )
                raise _DryRun
        except _DryRun:
            pass
        return report

    def apply(
        self,
        preview: ImportReport | Iterable[str | Path],
        *,
        accept_edited: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:
        """Import the files of ``preview`` (or the paths given), each in its own transaction.

        Each file is read and checked again: nothing relies on the file not having changed
        since the preview. ``accept_edited`` confirms packets edited after export.
        """
        if isinstance(preview, ImportReport):
            files = [f.path for f in preview.files]
        else:
            files = expand_paths(preview)
        report = ImportReport(files=[], dry_run=False, accept_edited=accept_edited)
        self._clean_leftovers()
        self._run(files, report, accept_edited, real=True, progress=progress, cancelled=cancelled)
        return report

    def import_files(
        self,
        paths: Iterable[str | Path],
        *,
        dry_run: bool = False,
        accept_edited: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:
        """One pass for scripts: ``preview`` when ``dry_run``, otherwise ``apply``."""
        if dry_run:
            return self.preview(
                paths, accept_edited=accept_edited, progress=progress, cancelled=cancelled
            )
        return self.apply(
            paths, accept_edited=accept_edited, progress=progress, cancelled=cancelled
        )

    def _run(
        self,
        files: list[Path],
        report: ImportReport,
        accept_edited: bool,
        *,
        real: bool,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        for number, path in enumerate(files):
            if cancelled is not None and cancelled():
                report.cancelled = True
                report.files.extend(
                    FileOutcome(path=p, status=ImportStatus.CANCELLED) for p in files[number:]
                )
                break
            if progress:
                progress(number, len(files), path.name)
            report.files.append(self._process_file(path, accept_edited, real))
        if progress:
            progress(len(files), len(files), "")

    def _process_file(self, path: Path, accept_edited: bool, real: bool) -> FileOutcome:
        outcome = FileOutcome(path=path, status=ImportStatus.REFUSED)
        if not path.is_file():
            outcome.errors = [Issue("packet_file_missing", {"file": path.name, "path": str(path)})]
            return outcome
        known = self._imported_file(path)
        if known is not None:
            # The very bytes of a packet imported before: nothing to read again.
            outcome.status = ImportStatus.ALREADY_IMPORTED
            (
                outcome.already_imported_at,
                outcome.unit_code,
                outcome.year,
                outcome.month,
                outcome.seq,
                outcome.packet_uuid,
                outcome.exported_at,
                outcome.file_sha256,
            ) = known
            return outcome
        try:
            content = read_packet(path, TABLE_KINDS, UNITS)
        except PacketError as error:
            outcome.errors = error.issues
            with contextlib.suppress(OSError):
                outcome.file_sha256 = file_sha256(path)
            if real:
                self._log_refusal(outcome)
            return outcome
        top = content.top
        outcome.unit_code = top.unit_code
        outcome.unit_name = top.unit_name
        outcome.parent_code = top.parent_code
        outcome.year, outcome.month, outcome.seq = top.year, top.month, top.seq
        outcome.packet_uuid = content.packet_uuid
        outcome.exported_at = top.exported_at
        outcome.file_sha256 = content.file_sha256
        outcome.warnings = list(content.warnings)
        try:
            if real:
                archived: list[Path] = []
                try:
                    with self.database.write(*MERGE_KINDS):
                        self._apply_content(content, outcome, accept_edited, real, archived)
                except BaseException:
                    for made in archived:
                        with contextlib.suppress(OSError):
                            made.unlink()
                    raise
            else:
                with self.database.connection.atomic():
                    self._apply_content(content, outcome, accept_edited, real, [])
        except PacketError as error:
            _refused(outcome, content, error.issues)
        except AppError as error:
            _refused(outcome, content, [Issue(error.code, dict(error.params))])
        except (sqlite3.DatabaseError, PeeweeException) as error:
            # A constraint the checks above did not foresee: this file alone is refused.
            _refused(
                outcome,
                content,
                [Issue("packet_conflict", {"file": path.name, "detail": str(error)})],
            )
        if real and outcome.status in (ImportStatus.REFUSED, ImportStatus.EDITED):
            self._log_refusal(outcome)
        return outcome

    def _apply_content(
        self,
        content: PacketContent,
        outcome: FileOutcome,
        accept_edited: bool,
        real: bool,
        archived: list[Path],
    ) -> None:
        top = content.top
        name = content.path.name
        own_code, _own_name, _own_parent = self._own_unit()
        if top.unit_code == own_code:
            raise PacketError.single("packet_own_unit", file=name, unit=top.unit_code)
        unit = self._unit_row(top.unit_code)
        if unit is None:
            raise PacketError.single(
                "packet_unit_unknown",
                file=name,
                unit=top.unit_code,
                name=top.unit_name,
                parent=top.parent_code or "",
            )
        if (unit[UNITS.index("parent_code")] or None) != top.parent_code:
            outcome.warnings.append(
                Issue(
                    "packet_parent_differs",
                    {
                        "file": name,
                        "unit": top.unit_code,
                        "parent": top.parent_code or "",
                        "known": unit[UNITS.index("parent_code")] or "",
                    },
                )
            )
        imported_at = self._imported_on(content.packet_uuid)
        if imported_at is not None:
            outcome.status = ImportStatus.ALREADY_IMPORTED
            outcome.already_imported_at = imported_at
            return
        merged = self._merged(top.unit_code, top.year)
        if merged is not None and merged[0] >= top.seq:
            if merged[0] == top.seq and merged[1] == top.packet_uuid:
                outcome.status = ImportStatus.ALREADY_IMPORTED
                outcome.already_imported_at = datetime.fromisoformat(merged[2])
                return
            outcome.status = ImportStatus.STALE
            outcome.warnings.append(
                Issue(
                    "packet_stale",
                    {"file": name, "unit": top.unit_code, "seq": top.seq, "last": merged[0]},
                )
            )
            for section in content.sections:
                for kind_name, rows in section.rows.items():
                    outcome.counts[kind_name].stale += len(rows)
            return
        last = self._max_seq(top.unit_code)
        if last is not None and top.seq > last + 1:
            outcome.warnings.append(
                Issue(
                    "packet_seq_gap",
                    {"file": name, "unit": top.unit_code, "seq": top.seq, "last": last},
                )
            )
        if content.edited:
            for section in content.sections:
                outcome.edited_rows.extend(section.edited_rows)
                outcome.rows_missing.update(section.rows_missing)
                outcome.rows_extra.update(section.rows_extra)
            if not accept_edited:
                outcome.status = ImportStatus.EDITED
                if not real:
                    outcome.counts_if_accepted = self._would_apply(content)
                _mark_rejected(outcome, content)
                return
            outcome.confirmed_edited = True

        self._merge_checked(content, outcome)
        outcome.status = ImportStatus.IMPORTED
        if real:
            self._record(content, outcome, archived)

    def _would_apply(self, content: PacketContent) -> dict[str, KindCounts]:
        """The counts accepting an edited packet would give (inside a rolled-back savepoint)."""
        probe = FileOutcome(path=content.path, status=ImportStatus.IMPORTED)
        try:
            with self.database.connection.atomic():
                self._merge_checked(content, probe)
                raise _DryRun
        except _DryRun:
            pass
        return probe.counts

    def _merge_checked(self, content: PacketContent, outcome: FileOutcome) -> None:
        """Merge, then check that every member and campaign named exists, before commit.

        Foreign keys are checked at commit, so the rows a reference names may come later in
        the packet; a reference to nothing is refused with its sheet and row named.
        """
        self.database.connection.execute_sql("PRAGMA defer_foreign_keys = ON")
        self._merge(content, outcome)
        self._check_references(content)

    def _merge(self, content: PacketContent, outcome: FileOutcome) -> None:
        """Create the units the packet brings, then apply every section, deepest first."""
        depth = self._plan_units(content, outcome)
        nested = sorted(content.sections[1:], key=lambda s: (-depth[s.unit_code], s.unit_code))
        for section in [*nested, content.top]:
            outcome.sections.append(self._apply_section(section, content))
        order = {s.unit_code: i for i, s in enumerate(content.sections)}
        outcome.sections.sort(key=lambda s: order[s.unit_code])
        for section_outcome in outcome.sections:
            for kind_name, counts in section_outcome.counts.items():
                outcome.counts[kind_name].add(counts)

    def _plan_units(self, content: PacketContent, outcome: FileOutcome) -> dict[str, int]:
        """Create the units below the packet's unit that this database does not know yet.

        The packet's unit itself must already be here (the user adds it); the units below
        it come with the packet's tree, parents first. Returns each unit's depth below it.
        """
        name = content.path.name
        own_code = self._own_unit()[0]
        top = content.top.unit_code
        by_code = {row[0]: row for row in content.units}
        parent_at = UNITS.index("parent_code")
        if own_code in by_code:
            raise PacketError.single("packet_contains_own_unit", file=name, unit=own_code)

        def depth_of(code: str) -> int | None:
            depth, seen = 0, set()
            while code != top:
                row = by_code.get(code)
                if row is None or code in seen:
                    return None
                seen.add(code)
                code = row[parent_at]
                depth += 1
            return depth

        depths: dict[str, int] = {}
        for code in by_code:
            found = depth_of(code)
            if found is not None:
                depths[code] = found
        for section in content.sections[1:]:
            if section.unit_code not in depths:
                raise PacketError.single(
                    "packet_unit_outside", file=name, unit=section.unit_code, top=top
                )
        counts = outcome.counts[UNITS.name]
        stamp = self.now_iso()
        for code in sorted(depths, key=lambda c: (depths[c], c)):
            if self._unit_row(code) is not None:
                counts.unchanged += 1
                continue
            row = by_code[code]
            values = dict(zip(UNITS.keys, row, strict=True))
            columns = [*UNITS.keys, "is_own", "updated_at"]
            self.database.connection.execute_sql(
                f"INSERT INTO unit ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [*(values[k] for k in UNITS.keys), 0, stamp],
            )
            counts.created += 1
        return {**depths, top: 0}

    def _check_references(self, content: PacketContent) -> None:
        """Every record a row names (a member, a campaign) must come with the packet or be
        here already."""
        name = content.path.name
        by_name = {kind.name: kind for kind in TABLE_KINDS}
        in_packet: dict[str, set[str]] = defaultdict(set)
        for section in content.sections:
            for kind in TABLE_KINDS:
                in_packet[kind.name].update(row[kind.id_index] for row in section.rows[kind.name])
        wanted: dict[tuple[str, str], list[tuple[PacketKind, PacketSection, int, str]]] = (
            defaultdict(list)
        )
        for section in content.sections:
            for kind in TABLE_KINDS:
                for column in kind.references:
                    at = kind.index(column.key)
                    known = in_packet[column.ref]
                    for i, row in enumerate(section.rows[kind.name]):
                        value = row[at]
                        if value is None:
                            continue
                        for ref in json.loads(value) if column.child else [value]:
                            if ref not in known:
                                wanted[(column.ref, ref)].append((kind, section, i, column.key))
        if not wanted:
            return
        found: set[tuple[str, str]] = set()
        for target in {t for t, _ref in wanted}:
            kind = by_name[target]
            ids = [ref for (t, ref) in wanted if t == target]
            for chunk in _chunks(ids):
                rows = self._rows(
                    f"SELECT {_q(kind.id_key)} FROM {_q(kind.table)} "
                    f"WHERE {_q(kind.id_key)} IN ({', '.join('?' * len(chunk))})",
                    chunk,
                )
                found.update((target, r[0]) for r in rows)
        issues = []
        for key, places in wanted.items():
            if key in found:
                continue
            for kind, section, i, column in places:
                number = section.row_numbers[kind.name][i]
                issues.append(
                    Issue(
                        "packet_unknown_reference",
                        {
                            "file": name,
                            "sheet": kind.sheet,
                            "row": number,
                            "column": kind.column(column).header,
                            "id": key[1],
                        },
                        sheet=kind.sheet,
                        row=number,
                    )
                )
        if issues:
            raise PacketError.of(issues[:200])

    def _apply_section(self, section: PacketSection, content: PacketContent) -> SectionOutcome:
        merged = self._merged(section.unit_code, section.year)
        result = SectionOutcome(
            unit_code=section.unit_code,
            unit_name=section.unit_name,
            year=section.year,
            month=section.month,
            seq=section.seq,
            status=SectionStatus.APPLIED,
            previous_seq=merged[0] if merged else None,
        )
        if merged is not None and merged[0] >= section.seq:
            same = merged[0] == section.seq and merged[1] == section.packet_uuid
            result.status = SectionStatus.UNCHANGED if same else SectionStatus.STALE
            for kind_name, rows in section.rows.items():
                counts = result.counts[kind_name]
                if same:
                    counts.unchanged += len(rows)
                else:
                    counts.stale += len(rows)
            return result
        latest = self._max_seq(section.unit_code)
        newest_of_any_year = latest is None or section.seq > latest
        for kind in TABLE_KINDS:
            rows = section.rows[kind.name]
            if not kind.record.per_year and not newest_of_any_year:
                # Not kept per year (members): a newer packet of another year set them.
                result.counts[kind.name].stale += len(rows)
                continue
            self._merge_kind(kind, section, rows, result.counts[kind.name], content.path.name)
        self.database.connection.execute_sql(
            "INSERT INTO packet_merged (unit_code, year, seq, month, packet_uuid, content_hash, "
            "exported_at, app_version, import_id, merged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
            "NULL, ?) ON CONFLICT (unit_code, year) DO UPDATE SET seq = excluded.seq, "
            "month = excluded.month, packet_uuid = excluded.packet_uuid, "
            "content_hash = excluded.content_hash, exported_at = excluded.exported_at, "
            "app_version = excluded.app_version, import_id = NULL, merged_at = excluded.merged_at",
            [
                section.unit_code,
                section.year,
                section.seq,
                section.month,
                section.packet_uuid,
                section.actual_hash,
                section.exported_at,
                section.app_version,
                self.now_iso(),
            ],
        )
        return result

    def _merge_kind(
        self,
        kind: PacketKind,
        section: PacketSection,
        incoming: list[tuple],
        counts: KindCounts,
        file_name: str,
    ) -> None:
        """Make the unit's rows of ``kind`` in this snapshot's scope equal to ``incoming``."""
        unit = section.unit_code
        where, params = _scope(kind, unit, section.year, None)
        stored = {row[kind.id_index]: row for row in self._select(kind, where, params)}
        id_at, deleted_at = kind.id_index, kind.index("deleted_at")
        inserts: list[tuple] = []
        updates: list[tuple] = []
        tombstones: list[tuple] = []
        unknown: list[tuple[int, tuple]] = []
        for i, row in enumerate(incoming):
            old = stored.pop(row[id_at], None)
            if old is None:
                unknown.append((i, row))
            elif old == row:
                counts.unchanged += 1
            elif row[deleted_at] is not None and old[deleted_at] is None:
                counts.removed += 1
                tombstones.append(row)
            else:
                counts.updated += 1
                updates.append(row)
        if unknown:
            owners = self._owners(kind, [row[id_at] for _i, row in unknown])
            issues = []
            for i, row in unknown:
                owner = owners.get(row[id_at])
                if owner is None:
                    counts.created += 1
                    inserts.append(row)
                elif owner == unit:  # the unit's own row, outside this year's scope until now
                    counts.updated += 1
                    updates.append(row)
                else:
                    number = section.row_numbers[kind.name][i]
                    issues.append(
                        Issue(
                            "packet_record_other_unit",
                            {
                                "file": file_name,
                                "sheet": kind.sheet,
                                "row": number,
                                "id": row[id_at],
                                "owner": owner,
                            },
                            sheet=kind.sheet,
                            row=number,
                        )
                    )
            if issues:
                raise PacketError.of(issues[:200])
        absent = [old[id_at] for old in stored.values() if old[deleted_at] is None]
        counts.removed += len(absent)

        columns = _sql_columns(kind)
        positions = [kind.index(c) for c in columns]
        execute = self.database.connection.cursor().executemany
        table = _q(kind.table)
        if absent:
            # Stamped with the packet's time, so every order of arrival gives the same row.
            execute(
                f"UPDATE {table} SET deleted_at = ? WHERE id = ?",
                [(section.exported_at, record_id) for record_id in absent],
            )
        extra = kind.record.derived_keys
        changed = [*tombstones, *updates]
        if changed:
            settable = [c for c in columns if c != kind.id_key]
            assignments = ", ".join(f"{_q(c)} = ?" for c in (*settable, *extra))
            setter = [kind.index(c) for c in settable]
            execute(
                f"UPDATE {table} SET {assignments} WHERE {_q(kind.id_key)} = ?",
                [(*(row[i] for i in setter), *_extra(kind, row), row[id_at]) for row in changed],
            )
        if inserts:
            names = ", ".join(map(_q, (*columns, *extra)))
            marks = ", ".join("?" * (len(columns) + len(extra)))
            execute(
                f"INSERT INTO {table} ({names}) VALUES ({marks})",
                [(*(row[i] for i in positions), *_extra(kind, row)) for row in inserts],
            )
        for column in kind.columns:
            if column.child is not None:
                self._write_children(kind, column, [*changed, *inserts])

    def _write_children(self, kind: PacketKind, column: Any, rows: list[tuple]) -> None:
        if not rows:
            return
        child = column.child
        at = kind.index(column.key)
        id_at = kind.id_index
        cursor = self.database.connection.cursor()
        cursor.executemany(
            f"DELETE FROM {child.table} WHERE {child.parent_column} = ?",
            [(row[id_at],) for row in rows],
        )
        links = []
        positioned = child.order_by != child.member_column
        for row in rows:
            for position, member in enumerate(json.loads(row[at])):
                links.append((row[id_at], member, position) if positioned else (row[id_at], member))
        if links:
            names = [child.parent_column, child.member_column]
            if positioned:
                names.append(child.order_by)
            cursor.executemany(
                f"INSERT INTO {child.table} ({', '.join(names)}) "
                f"VALUES ({', '.join('?' * len(names))})",
                links,
            )

    def _owners(self, kind: PacketKind, ids: list[str]) -> dict[str, str]:
        owners = {}
        for chunk in _chunks(ids):
            rows = self._rows(
                f"SELECT {_q(kind.id_key)}, unit_code FROM {_q(kind.table)} "
                f"WHERE {_q(kind.id_key)} IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            owners.update(rows)
        return owners

    def _merged(self, unit_code: str, year: int) -> tuple[int, str, str] | None:
        rows = self._rows(
            "SELECT seq, packet_uuid, merged_at FROM packet_merged WHERE unit_code = ? AND year = ?",
            [unit_code, year],
        )
        return rows[0] if rows else None

    def _max_seq(self, unit_code: str) -> int | None:
        return self._rows("SELECT MAX(seq) FROM packet_merged WHERE unit_code = ?", [unit_code])[0][
            0
        ]

    def _imported_file(self, path: Path) -> tuple | None:
        """What the log knows of a file with exactly these bytes, if it was imported."""
        try:
            sha = file_sha256(path)
        except OSError:
            return None
        rows = self._rows(
            "SELECT imported_at, unit_code, year, month, seq, packet_uuid, exported_at "
            "FROM packet_import WHERE file_sha256 = ? AND outcome = 'imported' AND kind = 'data' "
            "ORDER BY id LIMIT 1",
            [sha],
        )
        if not rows:
            return None
        imported_at, *rest = rows[0]
        return (datetime.fromisoformat(imported_at), *rest, sha)

    def _imported_on(self, packet_uuid: str) -> datetime | None:
        rows = self._rows(
            "SELECT imported_at FROM packet_import WHERE packet_uuid = ? AND outcome = 'imported' "
            "ORDER BY id LIMIT 1",
            [packet_uuid],
        )
        return datetime.fromisoformat(rows[0][0]) if rows else None

    # --- the log and the archive ----------------------------------------------------------

    def _record(self, content: PacketContent, outcome: FileOutcome, archived: list[Path]) -> None:
        """The import-log row, its sections, and the archived copy: inside the transaction."""
        top = content.top
        target = self._archive_path(top, content.file_sha256)
        stamp = self.now_iso()
        cursor = self.database.connection.execute_sql(
            "INSERT INTO packet_import (kind, packet_uuid, unit_code, year, month, seq, "
            "content_hash, exported_at, file_name, file_sha256, archived_path, outcome, "
            "confirmed_edited, counts, errors, imported_at) VALUES ('data', ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, 'imported', ?, ?, '[]', ?)",
            [
                content.packet_uuid,
                top.unit_code,
                top.year,
                top.month,
                top.seq,
                content.meta.get("content_hash", ""),
                top.exported_at,
                content.path.name,
                content.file_sha256,
                str(target),
                int(outcome.confirmed_edited),
                _counts_json(outcome.counts),
                stamp,
            ],
        )
        import_id = cursor.lastrowid
        sections = {s.unit_code: s for s in content.sections}
        for result in outcome.sections:
            section = sections[result.unit_code]
            self.database.connection.execute_sql(
                "INSERT INTO packet_import_section (import_id, unit_code, year, month, seq, "
                "packet_uuid, content_hash, exported_at, outcome, counts) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    import_id,
                    section.unit_code,
                    section.year,
                    section.month,
                    section.seq,
                    section.packet_uuid,
                    section.actual_hash,
                    section.exported_at,
                    result.status.value,
                    _counts_json(result.counts),
                ],
            )
            if result.status is SectionStatus.APPLIED:
                self.database.connection.execute_sql(
                    "UPDATE packet_merged SET import_id = ? WHERE unit_code = ? AND year = ?",
                    [import_id, section.unit_code, section.year],
                )
        if not (target.exists() and file_sha256(target) == content.file_sha256):
            atomic_copy(content.path, target)
            archived.append(target)
        outcome.archived_path = target

    def _archive_path(self, top: PacketSection, sha: str) -> Path:
        folder = self.received_dir / (_SAFE_NAME.sub("_", top.unit_code) or "_")
        target = folder / f"{top.year:04d}-{top.month:02d}-seq{top.seq}.xlsx"
        if target.exists() and file_sha256(target) != sha:
            target = folder / f"{top.year:04d}-{top.month:02d}-seq{top.seq}-{sha[:8]}.xlsx"
        return target

    def _clean_leftovers(self) -> None:
        """Temporary files a killed import left in the archive folder."""
        if self.received_dir.is_dir():
            for leftover in self.received_dir.glob("*/*.tmp-*"):
                with contextlib.suppress(OSError):
                    leftover.unlink()

    def _log_refusal(self, outcome: FileOutcome) -> None:
        """One log row per refused file; the same file refused the same way is logged once."""
        first = outcome.errors[0].code if outcome.errors else outcome.status.value
        errors = json.dumps(
            [{"code": i.code, **_jsonable(i.params)} for i in outcome.errors[:50]],
            ensure_ascii=False,
        )
        try:
            with self.database.write("packet_imports"):
                seen = self._rows(
                    "SELECT errors FROM packet_import WHERE file_sha256 = ? AND outcome = ? "
                    "AND file_name = ?",
                    [outcome.file_sha256, outcome.status.value, outcome.path.name],
                )
                for (logged,) in seen:
                    codes = [e.get("code") for e in json.loads(logged or "[]")]
                    if (codes[0] if codes else outcome.status.value) == first:
                        return
                self.database.connection.execute_sql(
                    "INSERT INTO packet_import (kind, packet_uuid, unit_code, year, month, seq, "
                    "exported_at, file_name, file_sha256, outcome, counts, errors, imported_at) "
                    "VALUES ('data', ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?)",
                    [
                        outcome.packet_uuid,
                        outcome.unit_code,
                        outcome.year,
                        outcome.month,
                        outcome.seq,
                        outcome.exported_at,
                        outcome.path.name,
                        outcome.file_sha256,
                        outcome.status.value,
                        errors,
                        self.now_iso(),
                    ],
                )
        except AppError:
            pass  # a full disk or a read-only file: the refusal is still reported


# --- helpers ---------------------------------------------------------------------------------


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; a folder becomes its .xlsx files in name order (not Excel's ~$ locks)."""
    files: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            found = [
                p
                for p in path.iterdir()
                if p.is_file()
                and p.suffix.lower() == ".xlsx"
                and not p.name.startswith(("~$", "."))
            ]
            files.extend(sorted(found, key=lambda p: p.name))
        else:
            files.append(path)
    return files


def _check_period(year: int, month: int) -> None:
    if not 2000 <= year <= 2100:
        raise ValidationError("year_out_of_range", year=year)
    if not 1 <= month <= 12:
        raise ValidationError("packet_month_invalid", month=month)


def _ids(kind_name: str, rows: list[tuple]) -> list[str]:
    kind = next(k for k in TABLE_KINDS if k.name == kind_name)
    return [str(row[kind.id_index]) for row in rows]


def _digest(section: _Section) -> None:
    pairs = {}
    for kind in TABLE_KINDS:
        digests = [row_digest(kind, row) for row in section.rows[kind.name]]
        section.digests[kind.name] = digests
        pairs[kind.name] = list(zip(_ids(kind.name, section.rows[kind.name]), digests, strict=True))
    section.hash = section_hash(pairs)


def _extra(kind: PacketKind, row: tuple) -> tuple:
    """The derived columns stored beside a row (the member's search and sort keys)."""
    derive = kind.record.derive
    if derive is None:
        return ()
    values = derive(dict(zip(kind.keys, row, strict=True)))
    return tuple(values[key] for key in kind.record.derived_keys)


def _summary(section: _Section) -> SectionSummary:
    return SectionSummary(
        section.unit_code,
        section.unit_name,
        section.year,
        section.month,
        section.seq,
        section.counts(),
    )


def _counts_json(counts: dict[str, KindCounts]) -> str:
    return json.dumps({k: c.as_dict() for k, c in counts.items()}, sort_keys=True)


def _jsonable(params: dict[str, object]) -> dict[str, object]:
    return {
        k: v if isinstance(v, int | float | str | bool) or v is None else str(v)
        for k, v in params.items()
    }


def _refused(outcome: FileOutcome, content: PacketContent, issues: list[Issue]) -> None:
    outcome.status = ImportStatus.REFUSED
    outcome.errors = issues
    outcome.sections = []
    outcome.counts = empty_counts()
    outcome.confirmed_edited = False
    _mark_rejected(outcome, content)


def _mark_rejected(outcome: FileOutcome, content: PacketContent) -> None:
    for section in content.sections:
        for kind_name, rows in section.rows.items():
            outcome.counts[kind_name].rejected += len(rows)


def _data_sheets(
    sections: list[_Section], units: list[tuple], unit_digests: list[str], names: dict[str, str]
) -> list[DataSheet]:
    sheets = []
    for kind in SHEET_ORDER:
        if kind is UNITS:
            sheets.append(DataSheet(UNITS, units, unit_digests))
            continue
        rows: list[tuple] = []
        digests: list[str] = []
        for section in sections:
            rows.extend(section.rows[kind.name])
            digests.extend(section.digests[kind.name])
        sheets.append(DataSheet(kind, rows, digests, names))
    return sheets


def _packet_book(
    sections: list[_Section], units: list[tuple], unit_digests: list[str], names: dict[str, str]
) -> PacketBook:
    top = sections[0]
    sheets = _data_sheets(sections, units, unit_digests, names)
    row_counts = {s.kind.name: len(s.rows) for s in sheets}
    section_entries = []
    for section in sections:
        counts = section.counts()
        if section is top:
            counts[UNITS.name] = len(units)
        section_entries.append(
            {
                "unit_code": section.unit_code,
                "unit_name": section.unit_name,
                "parent_code": section.parent_code,
                "year": section.year,
                "month": section.month,
                "seq": section.seq,
                "packet_uuid": section.packet_uuid,
                "exported_at": section.exported_at,
                "app_version": section.app_version,
                "content_hash": section.hash,
                "row_counts": counts,
            }
        )
    meta = {
        "format": DATA_FORMAT,
        "format_version": str(FORMAT_VERSION),
        "packet_uuid": top.packet_uuid,
        "unit_code": top.unit_code,
        "unit_name": top.unit_name,
        "parent_code": top.parent_code or "",
        "year": str(top.year),
        "month": str(top.month),
        "seq": str(top.seq),
        "exported_at": top.exported_at,
        "app_version": __version__,
        "row_counts": canonical_json(row_counts),
        "content_hash": content_hash({s.unit_code: s.hash for s in sections}),
    }
    pairs = [*meta.items(), *(("section", canonical_json(e)) for e in section_entries)]
    meta["meta_hash"] = meta_hash(pairs)
    pairs.append(("meta_hash", meta["meta_hash"]))
    parent = f"{top.parent_code}" if top.parent_code else "—"
    facts: list[tuple[str, object]] = [
        ("Đơn vị", top.unit_name),
        ("Mã đơn vị", top.unit_code),
        ("Mã đơn vị cấp trên", parent),
        ("Năm phong trào", top.year),
        ("Số liệu đến hết tháng", f"{top.month:02d}/{top.year}"),
        ("Số thứ tự gói", top.seq),
        ("Thời điểm xuất", _local_time(top.exported_at)),
        ("Phiên bản phần mềm", __version__),
        ("Định dạng", f"{DATA_FORMAT}, phiên bản {FORMAT_VERSION}"),
        ("Mã gói", top.packet_uuid),
    ]
    content_rows: list[list[object]] = [[s.kind.sheet, s.kind.title, len(s.rows)] for s in sheets]
    tables = [("Nội dung gói", ["Trang tính", "Nội dung", "Số dòng"], content_rows)]
    if len(sections) > 1:
        tables.append(
            (
                "Số liệu mới nhất của các đơn vị trực thuộc (đi kèm gói)",
                [
                    "Mã đơn vị",
                    "Tên đơn vị",
                    "Tháng",
                    "Số thứ tự gói",
                    "Đoàn viên",
                    "Phiếu đánh giá",
                ],
                [
                    [
                        s.unit_code,
                        s.unit_name,
                        f"{s.month:02d}/{s.year}",
                        s.seq,
                        len(s.rows[MEMBERS.name]),
                        len(s.rows["assessments"]),
                    ]
                    for s in sections[1:]
                ],
            )
        )
    cover = CoverSheet(
        title="GÓI DỮ LIỆU PHONG TRÀO “3 TRÁCH NHIỆM”",
        facts=facts,
        tables=tables,
        note=(
            "Tệp do phần mềm Ba trách nhiệm tạo để gửi đơn vị cấp trên. Xin đừng sửa nội dung: "
            "mọi thay đổi đều bị phát hiện khi nhập. Trang tính ẩn chứa thông tin kiểm tra."
        ),
    )
    return PacketBook(
        cover=cover,
        sheets=sheets,
        meta_rows=pairs,
        properties={k: v for k, v in meta.items()},
        title=f"Gói dữ liệu {top.unit_name} tháng {top.month:02d}/{top.year}",
    )
