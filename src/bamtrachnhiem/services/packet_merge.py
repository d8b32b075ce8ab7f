"""Merging received packets (nhận gói): preview, then apply each file on its own.

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
9. kept: every imported file is archived beside the database (``import_log``).
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import operator
import os
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any

from peewee import PeeweeException

from bamtrachnhiem.domain.errors import AppError, StorageError
from bamtrachnhiem.domain.exchange import (
    FileOutcome,
    ImportReport,
    ImportStatus,
    Issue,
    KindCounts,
    PacketError,
    SectionOutcome,
    SectionStatus,
    empty_counts,
)
from bamtrachnhiem.exchange.packet_format import TABLE_KINDS, UNITS, PacketKind, rows_fingerprint
from bamtrachnhiem.exchange.packet_reader import (
    HeldRows,
    PacketContent,
    PacketSection,
    file_sha256,
    read_packet,
)
from bamtrachnhiem.services.import_log import ImportLogService
from bamtrachnhiem.services.snapshots import (
    SnapshotReader,
    chunks,
    quoted,
    snapshot_scope,
    sql_columns,
)
from bamtrachnhiem.storage.backup import readonly_uri
from bamtrachnhiem.storage.database import Database, translate_faults

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
# What merging a packet may change: every kind it carries, their link tables, the log.
MERGE_KINDS = (
    *(kind.name for kind in TABLE_KINDS),
    UNITS.name,
    "initiative_authors",
    "activity_participants",
    "packet_imports",
    "packet_import_sections",
    "packets_merged",
    "received_parts",
)


# A real run commits after this many files, or this many seconds, whichever comes first.
_BATCH_FILES = 20
_BATCH_SECONDS = 3.0


class _MovedOn(Exception):
    """A row the reader skipped as unchanged has changed since: the file is read again."""


class _DryRun(Exception):
    """Raised to roll a preview's transaction back."""


class PacketMergeService(SnapshotReader):
    """Merges the packets of the units below this database's own unit."""

    def __init__(self, database: Database, log: ImportLogService) -> None:
        super().__init__(database)
        self.log = log

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
        self.log.clean_leftovers()
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
        """Process ``files`` in order. A real run commits every few files together: each file
        is applied in a savepoint of its own (a refused file rolls back alone), and the
        commit is what makes a batch durable (one disk flush for many files)."""
        with contextlib.ExitStack() as stack:
            if real and len(files) >= _ReadAhead.MIN_FILES:
                stack.enter_context(self.database.bulk())
            reading = stack.enter_context(_ReadAhead(files, self.database.path))
            self._run_files(files, reading, report, accept_edited, real, progress, cancelled)
        if progress:
            progress(len(files), len(files), "")

    def _run_files(
        self,
        files: list[Path],
        reading: _ReadAhead,
        report: ImportReport,
        accept_edited: bool,
        real: bool,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        position = 0
        while position < len(files):
            done: list[FileOutcome] = []
            archived: list[Path] = []
            started = time.monotonic()
            try:
                with contextlib.ExitStack() as batch:
                    if real:
                        batch.enter_context(self.database.write(*MERGE_KINDS))
                    while position < len(files) and not report.cancelled:
                        if cancelled is not None and cancelled():
                            report.cancelled = True
                            break
                        path = files[position]
                        if progress:
                            progress(position, len(files), path.name)
                        position += 1
                        try:
                            done.append(
                                self._process_file(
                                    path, reading.read(position - 1), accept_edited, real, archived
                                )
                            )
                        except StorageError as error:
                            # The database itself failed (a full disk): the batch is lost.
                            failed = FileOutcome(path=path, status=ImportStatus.REFUSED)
                            failed.errors = [Issue(error.code, dict(error.params))]
                            done.append(failed)
                            raise
                        if real and (
                            len(done) >= _BATCH_FILES or time.monotonic() - started > _BATCH_SECONDS
                        ):
                            break
            except StorageError as error:
                # The batch could not be committed (a full disk, say): none of it happened.
                for made in archived:
                    with contextlib.suppress(OSError):
                        made.unlink()
                for outcome in done:
                    if outcome.status is ImportStatus.IMPORTED:
                        _not_applied(outcome, Issue(error.code, dict(error.params)))
                if real:
                    for outcome in done:
                        self.log.log_refusal(outcome)
            report.files.extend(done)
            if report.cancelled:
                report.files.extend(
                    FileOutcome(path=p, status=ImportStatus.CANCELLED) for p in files[position:]
                )
                break

    def _process_file(
        self,
        path: Path,
        read_ahead: PacketContent | list[Issue] | None,
        accept_edited: bool,
        real: bool,
        archived: list[Path],
    ) -> FileOutcome:
        outcome = FileOutcome(path=path, status=ImportStatus.REFUSED)
        if not path.is_file():
            outcome.errors = [Issue("packet_file_missing", {"file": path.name, "path": str(path)})]
            return outcome
        before = self.log.imported_file(path)
        if before is not None:
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
            ) = before
            return outcome
        for known in (self._known, None):
            try:
                if read_ahead is None or known is None:
                    held = self._held if known is not None else None
                    content = read_packet(path, TABLE_KINDS, UNITS, known=known, held=held)
                elif isinstance(read_ahead, list):
                    raise PacketError.of(read_ahead)
                else:
                    content = read_ahead
            except PacketError as error:
                outcome.errors = error.issues
                with contextlib.suppress(OSError):
                    outcome.file_sha256 = file_sha256(path)
                break
            try:
                outcome = self._applied(content, accept_edited, real, archived)
                break
            except _MovedOn:
                continue  # a row taken as known changed meanwhile: every cell is read again
        if real and outcome.status in (ImportStatus.REFUSED, ImportStatus.EDITED):
            self.log.log_refusal(outcome)
        return outcome

    def _applied(
        self, content: PacketContent, accept_edited: bool, real: bool, archived: list[Path]
    ) -> FileOutcome:
        """The outcome of merging one packet, in a savepoint of its own."""
        outcome = FileOutcome(path=content.path, status=ImportStatus.REFUSED)
        top = content.top
        outcome.unit_code = top.unit_code
        outcome.unit_name = top.unit_name
        outcome.parent_code = top.parent_code
        outcome.year, outcome.month, outcome.seq = top.year, top.month, top.seq
        outcome.packet_uuid = content.packet_uuid
        outcome.exported_at = top.exported_at
        outcome.file_sha256 = content.file_sha256
        outcome.warnings = list(content.warnings)
        mine: list[Path] = []
        try:
            with translate_faults(self.database.path), self.database.connection.atomic():
                self._apply_content(content, outcome, accept_edited, real, mine)
            archived.extend(mine)
        except BaseException as error:
            for made in mine:
                with contextlib.suppress(OSError):
                    made.unlink()
            if isinstance(error, StorageError | _MovedOn):
                raise
            if isinstance(error, PacketError):
                _refused(outcome, content, error.issues)
            elif isinstance(error, AppError):
                _refused(outcome, content, [Issue(error.code, dict(error.params))])
            elif isinstance(error, sqlite3.DatabaseError | PeeweeException):
                # A constraint the checks above did not foresee: this file alone is refused.
                _refused(
                    outcome,
                    content,
                    [Issue("packet_conflict", {"file": content.path.name, "detail": str(error)})],
                )
            else:
                raise
        return outcome

    def _known(
        self, kind_name: str, units: list[str], month: int | None = None
    ) -> dict[tuple[str, str], tuple[str, str]]:
        """The key and digest of the cells last merged for each record of these units (of
        one month, for a month sheet)."""
        return known_rows(self._rows, kind_name, units, month)

    def _held(
        self,
        kind_name: str,
        top: str,
        units: list[str],
        year: int,
        month: int | None,
        part_hash: str,
    ) -> HeldRows | None:
        """The rows of a sheet merged before from these very bytes (``held_rows``)."""
        return held_rows(self._rows, kind_name, top, units, year, month, part_hash)

    def _remember_parts(self, content: PacketContent) -> None:
        """The data sheets just merged, so the unit's next packet need not read them again
        when they arrive unchanged (``held_rows`` checks the rows are still these)."""
        top = content.top
        if not content.parts:
            return
        self.database.connection.cursor().executemany(
            "INSERT INTO received_part (unit_code, year, sheet, part_hash, rows_fingerprint) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (unit_code, year, sheet) DO UPDATE SET "
            "part_hash = excluded.part_hash, rows_fingerprint = excluded.rows_fingerprint",
            [
                (top.unit_code, top.year, sheet, part_hash, fingerprint)
                for sheet, (part_hash, fingerprint) in content.parts.items()
            ],
        )

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
        own_code = self.own_unit_code()
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
        before = self.log.imported_as(content.packet_uuid, top.unit_code)
        if before is not None:
            imported_at, first_file, first_hash = before
            if first_hash and first_hash != top.actual_hash:
                # Same packet id and sequence, other content: two different files claim
                # to be one packet; neither can be trusted over the other.
                raise PacketError.single(
                    "packet_id_conflict",
                    file=name,
                    other=first_file,
                    unit=top.unit_code,
                    seq=top.seq,
                    date=imported_at.astimezone().strftime("%d/%m/%Y"),
                )
            outcome.status = ImportStatus.ALREADY_IMPORTED
            outcome.already_imported_at = imported_at
            return
        merged = self._merged(top.unit_code, top.year)
        if merged is not None and merged[0] >= top.seq:
            if merged[0] == top.seq and merged[1] == top.packet_uuid:
                # Merged before inside a roll-up (a district's packet): the same snapshot.
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
                for kind_name, count in section.counts().items():
                    outcome.counts[kind_name].stale += count
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
                    # What accepting would do; a refusal it would meet is for that run to
                    # report: this run, like the real one, leaves the packet out as edited.
                    with contextlib.suppress(PacketError):
                        outcome.counts_if_accepted = self._would_apply(content)
                _mark_rejected(outcome, content)
                return
            outcome.confirmed_edited = True

        self._merge_checked(content, outcome)
        outcome.status = ImportStatus.IMPORTED
        if real:
            self._remember_parts(content)
            self.log.record(content, outcome, archived)

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
        own_code = self.own_unit_code()
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
                in_packet[kind.name].update(section.unchanged[kind.name])
        wanted: dict[tuple[str, str], list[tuple[PacketKind, PacketSection, int, str]]] = (
            defaultdict(list)
        )
        for section in content.sections:
            for kind in TABLE_KINDS:
                for column in kind.references:
                    target = column.ref
                    assert target is not None  # references name their kind
                    at = kind.index(column.key)
                    known = in_packet[target]
                    for i, row in enumerate(section.rows[kind.name]):
                        value = row[at]
                        if value is None:
                            continue
                        for ref in json.loads(value) if column.child else [value]:
                            if ref not in known:
                                wanted[(target, ref)].append((kind, section, i, column.key))
        if not wanted:
            return
        found: set[tuple[str, str]] = set()
        for wanted_kind in {t for t, _ref in wanted}:
            kind = by_name[wanted_kind]
            ids = [ref for (t, ref) in wanted if t == wanted_kind]
            for chunk in chunks(ids):
                rows = self._rows(
                    f"SELECT {quoted(kind.id_key)} FROM {quoted(kind.table)} "
                    f"WHERE {quoted(kind.id_key)} IN ({', '.join('?' * len(chunk))})",
                    chunk,
                )
                found.update((wanted_kind, r[0]) for r in rows)
        issues = []
        for key, places in wanted.items():
            if key in found:
                continue
            for kind, section, i, key_column in places:
                issues.append(
                    _row_issue(
                        "packet_unknown_reference",
                        name,
                        section,
                        kind,
                        i,
                        column=kind.column(key_column).header,
                        id=key[1],
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
            for kind_name, count in section.counts().items():
                counts = result.counts[kind_name]
                if same:
                    counts.unchanged += count
                else:
                    counts.stale += count
            return result
        latest = self._max_seq(section.unit_code)
        newest_of_any_year = latest is None or section.seq > latest
        held = section.counts()
        for kind in TABLE_KINDS:
            if not kind.record.per_year and not newest_of_any_year:
                # Not kept per year (members): a newer packet of another year set them.
                result.counts[kind.name].stale += held[kind.name]
                continue
            self._merge_kind(kind, section, result.counts[kind.name], content.path.name)
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
        self, kind: PacketKind, section: PacketSection, counts: KindCounts, file_name: str
    ) -> None:
        """Make the unit's rows of ``kind`` in this snapshot's scope equal to the section's.

        Rows the reader knew unchanged (their cells' key is the one stored) are counted and
        left alone; the others are compared with what is stored, then inserted, updated or
        refreshed. A merged row keeps its cells' key and digest for the next packet.
        """
        unit = section.unit_code
        incoming = section.rows[kind.name]
        unchanged = section.unchanged[kind.name]
        id_at, deleted_at = kind.id_index, kind.index("deleted_at")
        table, key_column = quoted(kind.table), quoted(kind.id_key)
        where, params = snapshot_scope(kind, unit, section.year, None)
        in_scope = {
            rid: (bool(live), key)
            for rid, live, key in self._rows(
                f"SELECT {key_column}, deleted_at IS NULL, received_key FROM {table} WHERE {where}",
                params,
            )
        }
        for rid, (key, _digest) in unchanged.items():
            if in_scope.get(rid, (None, None))[1] != key:
                raise _MovedOn  # changed since the reader looked: read the file again
        counts.unchanged += len(unchanged)
        stored = self._stored_rows(kind, [row[id_at] for row in incoming if row[id_at] in in_scope])
        received = {
            row[id_at]: (key, digest)
            for row, key, digest in zip(
                incoming, section.keys[kind.name], section.digests[kind.name], strict=True
            )
        }
        updates: list[tuple] = []
        tombstones: list[tuple] = []
        refreshed: list[tuple] = []
        unknown: list[tuple[int, tuple]] = []
        for i, row in enumerate(incoming):
            old = stored.get(row[id_at])
            if old is None:
                unknown.append((i, row))
            elif old == row:
                counts.unchanged += 1
                refreshed.append((*received[row[id_at]], row[id_at]))
            elif row[deleted_at] is not None and old[deleted_at] is None:
                counts.removed += 1
                tombstones.append(row)
            else:
                counts.updated += 1
                updates.append(row)
        present = set(received) | set(unchanged)
        absent = [rid for rid, (live, _k) in in_scope.items() if live and rid not in present]
        counts.removed += len(absent)

        execute = self.database.connection.cursor().executemany
        if absent:
            # Stamped with the packet's time, so every order of arrival gives the same row.
            execute(
                f"UPDATE {table} SET deleted_at = ?, received_key = NULL WHERE {key_column} = ?",
                [(section.exported_at, record_id) for record_id in absent],
            )
        if refreshed:
            execute(
                f"UPDATE {table} SET received_key = ?, received_digest = ? WHERE {key_column} = ?",
                refreshed,
            )
        changed = [*tombstones, *updates]
        self._update_rows(kind, changed, received)
        inserts = [row for _i, row in unknown]
        if inserts:
            try:
                # Insert first: the key refuses an id held already, which a new record's
                # almost never is, so looking up every new id first cost more than it saved.
                with self.database.connection.atomic():
                    self._insert_rows(kind, inserts, received)
            except sqlite3.IntegrityError:
                # An id held already: by this unit, outside this snapshot's scope until now
                # (updated), or by another unit (refused). The savepoint undid the inserts.
                inserts, moved = self._place_unknown(kind, section, unknown, file_name)
                self._update_rows(kind, moved, received)
                self._insert_rows(kind, inserts, received)
                counts.updated += len(moved)
                changed += moved
            counts.created += len(inserts)
        for column in kind.columns:
            if column.child is not None:
                self._write_children(kind, column, [*changed, *inserts])

    def _place_unknown(
        self,
        kind: PacketKind,
        section: PacketSection,
        unknown: list[tuple[int, tuple]],
        file_name: str,
    ) -> tuple[list[tuple], list[tuple]]:
        """Rows the snapshot's scope did not hold, as (new rows, the unit's own rows held
        outside the scope); a row another unit holds refuses the packet, naming it."""
        id_at = kind.id_index
        owners = self._owners(kind, [row[id_at] for _i, row in unknown])
        inserts: list[tuple] = []
        moved: list[tuple] = []
        issues = []
        for i, row in unknown:
            owner = owners.get(row[id_at])
            if owner is None:
                inserts.append(row)
            elif owner == section.unit_code:
                moved.append(row)
            else:
                issues.append(
                    _row_issue(
                        "packet_record_other_unit",
                        file_name,
                        section,
                        kind,
                        i,
                        id=row[id_at],
                        owner=owner,
                    )
                )
        if issues:
            raise PacketError.of(issues[:200])
        return inserts, moved

    def _update_rows(
        self, kind: PacketKind, rows: list[tuple], received: dict[str, tuple[str, str]]
    ) -> None:
        """Store ``rows`` over the records of the same ids, with their derived columns and
        their cells' key and digest."""
        if not rows:
            return
        settable = [c for c in sql_columns(kind) if c != kind.id_key]
        assignments = ", ".join(f"{quoted(c)} = ?" for c in (*settable, *_extra_columns(kind)))
        setter = _picker([kind.index(c) for c in settable])
        id_at = kind.id_index
        self.database.connection.cursor().executemany(
            f"UPDATE {quoted(kind.table)} SET {assignments} WHERE {quoted(kind.id_key)} = ?",
            [
                (*setter(row), *more, row[id_at])
                for row, more in zip(rows, _extras(kind, rows, received), strict=True)
            ],
        )

    def _insert_rows(
        self, kind: PacketKind, rows: list[tuple], received: dict[str, tuple[str, str]]
    ) -> None:
        """Store ``rows`` as new records, with their derived columns, cells' key and digest."""
        if not rows:
            return
        columns = sql_columns(kind)
        names = [*columns, *_extra_columns(kind)]
        marks = ", ".join("?" * len(names))
        picked = map(_picker([kind.index(c) for c in columns]), rows)
        self.database.connection.cursor().executemany(
            f"INSERT INTO {quoted(kind.table)} ({', '.join(map(quoted, names))}) VALUES ({marks})",
            [
                values + more
                for values, more in zip(picked, _extras(kind, rows, received), strict=True)
            ],
        )

    def _stored_rows(self, kind: PacketKind, ids: list[str]) -> dict[str, tuple]:
        """The stored rows (canonical form) of these ids."""
        found: dict[str, tuple] = {}
        for chunk in chunks(ids):
            marks = ", ".join("?" * len(chunk))
            for row in self._select(kind, f"{quoted(kind.id_key)} IN ({marks})", list(chunk)):
                found[row[kind.id_index]] = row
        return found

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
        owners: dict[str, str] = {}
        for chunk in chunks(ids):
            rows = self._rows(
                f"SELECT {quoted(kind.id_key)}, unit_code FROM {quoted(kind.table)} "
                f"WHERE {quoted(kind.id_key)} IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            owners.update(rows)
        return owners

    def _merged(self, unit_code: str, year: int) -> tuple[int, str, str] | None:
        """(seq, packet id, merged at) of the unit's snapshot merged here."""
        rows = self._rows(
            "SELECT seq, packet_uuid, merged_at FROM packet_merged WHERE unit_code = ? AND year = ?",
            [unit_code, year],
        )
        return rows[0] if rows else None

    def _max_seq(self, unit_code: str) -> int | None:
        return self._rows("SELECT MAX(seq) FROM packet_merged WHERE unit_code = ?", [unit_code])[0][
            0
        ]


def known_rows(
    rows: Callable[[str, list[Any]], list[tuple]],
    kind_name: str,
    units: list[str],
    month: int | None = None,
) -> dict[tuple[str, str], tuple[str, str]]:
    """Per (unit, id): the key and digest of the cells last merged for that record; with
    ``month``, of the records of that month only (a month sheet's)."""
    kind = next((k for k in TABLE_KINDS if k.name == kind_name), None)
    found: dict[tuple[str, str], tuple[str, str]] = {}
    if kind is None:
        return found
    in_month = " AND month = ?" if month is not None else ""
    for chunk in chunks(units):
        marks = ", ".join("?" * len(chunk))
        for unit, rid, key, digest in rows(
            f"SELECT unit_code, {quoted(kind.id_key)}, received_key, received_digest "
            f"FROM {quoted(kind.table)} WHERE unit_code IN ({marks}) "
            f"AND received_key IS NOT NULL{in_month}",
            [*chunk, *([] if month is None else [month])],
        ):
            found[(unit, rid)] = (key, digest)
    return found


def held_rows(
    rows: Callable[[str, list[Any]], list[tuple]],
    kind_name: str,
    top: str,
    units: list[str],
    year: int,
    month: int | None,
    part_hash: str,
) -> HeldRows | None:
    """A sheet this database merged from ``top``'s packets in these very bytes, whose rows
    it still holds as they were: (their fingerprint, [(unit, id, key, digest)]).

    The rows must be exactly those the sheet gave, with the same cells' keys (a row changed,
    removed or added since, by any packet, breaks the fingerprint); then the sheet holds
    nothing this database has not merged, and is not read again (decision 0015).
    """
    kind = next((k for k in TABLE_KINDS if k.name == kind_name), None)
    if kind is None:
        return None
    sheet = kind.month_sheet(month) if month is not None else kind.sheet
    memo = rows(
        "SELECT rows_fingerprint FROM received_part "
        "WHERE unit_code = ? AND year = ? AND sheet = ? AND part_hash = ?",
        [top, year, sheet, part_hash],
    )
    if not memo:
        return None
    # The rows the sheet would hold: the units' rows of the year (and month) that were
    # received or are live. Any other row in that scope breaks the fingerprint.
    scope = " AND year = ?" if "year" in kind.keys else ""
    scope += " AND month = ?" if month is not None else ""
    extra = [*([year] if "year" in kind.keys else []), *([month] if month is not None else [])]
    found: list[tuple[str, str, str, str]] = []
    for chunk in chunks(units):
        marks = ", ".join("?" * len(chunk))
        found += rows(
            f"SELECT unit_code, {quoted(kind.id_key)}, received_key, received_digest "
            f"FROM {quoted(kind.table)} WHERE unit_code IN ({marks}){scope} "
            "AND (received_key IS NOT NULL OR deleted_at IS NULL)",
            [*chunk, *extra],
        )
    if any(key is None for _unit, _id, key, _digest in found):
        return None
    fingerprint = rows_fingerprint((unit, rid, key) for unit, rid, key, _digest in found)
    return (fingerprint, found) if fingerprint == memo[0][0] else None


class _ReadAhead:
    """Reads the next packets in worker processes while the merge writes the current one.

    Reading and checking a packet takes about as long as merging it, so on two cores the
    two overlap. The worker sees the database as last committed; a row it takes as known
    that the merge has changed meanwhile makes the merge read that file again
    (``_MovedOn``). A handful of files is read in this process: starting a worker costs
    more than it saves.
    """

    MIN_FILES = 4

    def __init__(self, files: list[Path], database: Path) -> None:
        self.files = files
        self.database = database
        self.pending: dict[int, Future] = {}
        self.pool: ProcessPoolExecutor | None = None
        # Two readers keep two cores busy while the merge, lighter, writes in between.
        workers = min(2, (os.cpu_count() or 1))
        self.depth = workers + 1  # files read ahead: bounded memory
        if len(files) >= self.MIN_FILES and workers > 1:
            self.pool = ProcessPoolExecutor(
                max_workers=workers, mp_context=multiprocessing.get_context("spawn")
            )

    def read(self, index: int) -> PacketContent | list[Issue] | None:
        """File ``index`` read ahead (or its refusal); None: read it here instead."""
        if self.pool is None:
            return None
        try:
            for ahead in range(index, min(index + 1 + self.depth, len(self.files))):
                if ahead not in self.pending:
                    self.pending[ahead] = self.pool.submit(
                        _read_in_worker, str(self.files[ahead]), str(self.database)
                    )
            return self.pending.pop(index).result()
        except Exception:  # a worker that could not start or died: read here from now on
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
            return None

    def __enter__(self) -> _ReadAhead:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


_worker_database: sqlite3.Connection | None = None


def _read_in_worker(path: str, database: str) -> PacketContent | list[Issue]:
    """A packet read and checked in the worker, with the rows the database holds known."""
    global _worker_database
    if _worker_database is None:
        _worker_database = sqlite3.connect(readonly_uri(Path(database)), uri=True)

    def rows(sql: str, params: list[Any]) -> list[tuple]:
        assert _worker_database is not None
        return _worker_database.execute(sql, params).fetchall()

    try:
        return read_packet(
            Path(path),
            TABLE_KINDS,
            UNITS,
            known=lambda kind, units, month: known_rows(rows, kind, units, month),
            held=lambda *sheet: held_rows(rows, *sheet),
        )
    except PacketError as error:
        return error.issues


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


def _row_issue(
    code: str, file: str, section: PacketSection, kind: PacketKind, i: int, **params: object
) -> Issue:
    """An issue about row ``i`` of ``kind`` in ``section``, naming its file, sheet and row."""
    number = section.row_numbers[kind.name][i]
    sheet = section.sheet_of(kind, i)
    where = {"file": file, "sheet": sheet, "row": number, **params}
    return Issue(code, where, sheet=sheet, row=number)


def _picker(positions: list[int]) -> Callable[[tuple], tuple]:
    """A function taking these positions of a row, as a tuple (the row itself if all)."""
    if positions == list(range(len(positions))):
        return lambda row: tuple(row[: len(positions)])
    if len(positions) == 1:
        return lambda row: (row[positions[0]],)
    return operator.itemgetter(*positions)


def _extra_columns(kind: PacketKind) -> tuple[str, ...]:
    """The columns stored beside a merged row's own, in the order ``_extras`` gives them."""
    return (*kind.record.derived_keys, "received_key", "received_digest")


def _extras(
    kind: PacketKind, rows: list[tuple], received: dict[str, tuple[str, str]]
) -> list[tuple]:
    """What is stored beside each merged row: its derived columns (a member's search and sort
    keys), then its cells' key and digest."""
    id_at = kind.id_index
    keys = [received[row[id_at]] for row in rows]
    derive = kind.record.derive
    if derive is None:
        return keys
    names, wanted = kind.keys, kind.record.derived_keys
    extras = []
    for row, key in zip(rows, keys, strict=True):
        values = derive(dict(zip(names, row, strict=True)))
        extras.append((*map(values.__getitem__, wanted), *key))
    return extras


def _refused(outcome: FileOutcome, content: PacketContent, issues: list[Issue]) -> None:
    outcome.status = ImportStatus.REFUSED
    outcome.errors = issues
    outcome.sections = []
    outcome.counts = empty_counts()
    outcome.confirmed_edited = False
    _mark_rejected(outcome, content)


def _not_applied(outcome: FileOutcome, issue: Issue) -> None:
    """A file that was merged but whose batch could not be committed."""
    outcome.status = ImportStatus.REFUSED
    outcome.errors = [issue]
    outcome.archived_path = None
    outcome.confirmed_edited = False
    for counts in outcome.counts.values():
        counts.rejected += counts.created + counts.updated + counts.unchanged + counts.removed
        counts.created = counts.updated = counts.unchanged = counts.removed = 0


def _mark_rejected(outcome: FileOutcome, content: PacketContent) -> None:
    for section in content.sections:
        for kind_name, count in section.counts().items():
            outcome.counts[kind_name].rejected += count
