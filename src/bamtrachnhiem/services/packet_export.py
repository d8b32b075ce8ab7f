"""Exporting the own unit's packet: its snapshot of the year, with the units merged below it."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from pathlib import Path

from bamtrachnhiem import __version__
from bamtrachnhiem.domain.errors import AppError, ValidationError
from bamtrachnhiem.domain.exchange import ExportResult, ExportSummary, SectionSummary, SentPacket
from bamtrachnhiem.domain.records import Unit, new_id
from bamtrachnhiem.exchange.packet_format import (
    TABLE_KINDS,
    UNITS,
    content_hash,
    row_digest,
    section_hash,
)
from bamtrachnhiem.exchange.packet_meta import ExportSection, data_packet_book, data_sheets
from bamtrachnhiem.exchange.packet_writer import check_values, write_packet_book
from bamtrachnhiem.services.snapshots import SnapshotReader, snapshot_scope

Progress = Callable[[int, int, str], None]


class PacketExportService(SnapshotReader):
    """Writes this unit's data packet (gói dữ liệu) for the level above."""

    def _own(self) -> Unit:
        unit = self.own_unit()
        if unit is None:
            raise ValidationError("own_unit_missing")
        return unit

    def sent(self, limit: int | None = 100) -> list[SentPacket]:
        """The packets this database has written (data and configuration), newest first."""
        sql = (
            "SELECT id, kind, unit_code, year, month, seq, file_name, counts, exported_at "
            "FROM packet_export ORDER BY exported_at DESC, id DESC"
        )
        params: list[int] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [
            SentPacket(
                id=row[0],
                kind=row[1],
                unit_code=row[2],
                year=row[3],
                month=row[4],
                seq=row[5],
                file_name=row[6],
                counts=json.loads(row[7] or "{}"),
                exported_at=row[8],
            )
            for row in self._rows(sql, params)
        ]

    def export_summary(self, year: int, month: int) -> ExportSummary:
        """What a packet for ``year``/``month`` would hold, without writing anything."""
        _check_period(year, month)
        own = self._own()
        code, name = own.code, own.name
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
    ) -> ExportResult:
        """Write the own unit's snapshot of ``year`` up to ``month`` (with the latest snapshots
        merged from the units below) to ``path``, atomically.

        Text a cell cannot hold is refused before anything is written or numbered. The
        packet is stamped with the time of the database's clock (the demo world's branches
        send theirs on days of their simulated year).
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
        top.content_hash = section_hash(top_digests)
        check_values(data_sheets(sections, units, unit_digests))
        if progress:
            progress(1, 3, path.name)

        with self.database.write("packet_sequences"):
            rows = self._rows(
                "SELECT last_seq FROM packet_sequence WHERE unit_code = ?", [top.unit_code]
            )
            top.seq = (rows[0][0] if rows else 0) + 1
            top.exported_at = self.now_iso()
            top.packet_uuid = new_id()
            self.database.connection.execute_sql(
                "INSERT INTO packet_sequence (unit_code, last_seq, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (unit_code) DO UPDATE SET last_seq = excluded.last_seq, "
                "updated_at = excluded.updated_at",
                [top.unit_code, top.seq, top.exported_at],
            )
        book = data_packet_book(sections, units, unit_digests)
        write_packet_book(path, book)
        if progress:
            progress(2, 3, path.name)
        hash_all = content_hash({s.unit_code: s.content_hash for s in sections})
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

    def _collect(self, year: int, month: int) -> list[ExportSection]:
        """The own unit's section, then one per unit below with a snapshot merged here."""
        unit = self._own()
        code, name, parent = unit.code, unit.name, unit.parent_code
        own = ExportSection(
            code,
            name,
            parent,
            year,
            month,
            0,
            "",
            "",
            __version__,
            rows=self._section_rows(code, year, month),
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
                ExportSection(
                    unit_code,
                    unit_name,
                    parent_code,
                    year,
                    m_month,
                    seq,
                    uuid,
                    exported_at,
                    version,
                    rows=self._section_rows(unit_code, year, None),
                )
            )
        return sections

    def _section_rows(self, unit_code: str, year: int, month: int | None) -> dict[str, list[tuple]]:
        rows = {}
        for kind in TABLE_KINDS:
            where, params = snapshot_scope(kind, unit_code, year, month)
            rows[kind.name] = self._select(kind, where, params, ordered=True)
        return rows


def _check_period(year: int, month: int) -> None:
    if not 2000 <= year <= 2100:
        raise ValidationError("year_out_of_range", year=year)
    if not 1 <= month <= 12:
        raise ValidationError("packet_month_invalid", month=month)


def _ids(kind_name: str, rows: list[tuple]) -> list[str]:
    kind = next(k for k in TABLE_KINDS if k.name == kind_name)
    return [str(row[kind.id_index]) for row in rows]


def _digest(section: ExportSection) -> None:
    pairs = {}
    for kind in TABLE_KINDS:
        digests = [row_digest(kind, row) for row in section.rows[kind.name]]
        section.digests[kind.name] = digests
        pairs[kind.name] = list(zip(_ids(kind.name, section.rows[kind.name]), digests, strict=True))
    section.content_hash = section_hash(pairs)


def _summary(section: ExportSection) -> SectionSummary:
    return SectionSummary(
        section.unit_code,
        section.unit_name,
        section.year,
        section.month,
        section.seq,
        section.counts(),
    )
