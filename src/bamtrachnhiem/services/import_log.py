"""The import log (sổ nhận gói) and the archive of received packets, local to this database."""

from __future__ import annotations

import contextlib
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.domain.exchange import (
    FileOutcome,
    ImportLogEntry,
    KindCounts,
    MergedState,
    ReceivedSection,
    SectionStatus,
)
from bamtrachnhiem.exchange.packet_reader import PacketContent, PacketSection, file_sha256
from bamtrachnhiem.files import atomic_copy
from bamtrachnhiem.services.base import Service

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class ImportLogService(Service):
    """What this database received: every packet imported or refused, and its archived copy."""

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

    def entries(self, limit: int | None = None) -> list[ImportLogEntry]:
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

    def imported_file(self, path: Path) -> tuple | None:
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

    def imported_as(self, packet_uuid: str, unit_code: str) -> tuple[datetime, str, str] | None:
        """When a packet with this id was imported, from which file, and the hash its unit's
        section then had; None if never."""
        rows = self._rows(
            "SELECT i.imported_at, i.file_name, s.content_hash FROM packet_import i "
            "LEFT JOIN packet_import_section s ON s.import_id = i.id AND s.unit_code = ? "
            "WHERE i.packet_uuid = ? AND i.outcome = 'imported' ORDER BY i.id LIMIT 1",
            [unit_code, packet_uuid],
        )
        if not rows:
            return None
        imported_at, file_name, section_hash = rows[0]
        return datetime.fromisoformat(imported_at), file_name, section_hash or ""

    def record(self, content: PacketContent, outcome: FileOutcome, archived: list[Path]) -> None:
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

    def clean_leftovers(self) -> None:
        """Temporary files a killed import left in the archive folder."""
        if self.received_dir.is_dir():
            for leftover in self.received_dir.glob("*/*.tmp-*"):
                with contextlib.suppress(OSError):
                    leftover.unlink()

    def log_refusal(self, outcome: FileOutcome) -> None:
        """One log row per refused file; the same file refused the same way is logged once."""
        first = outcome.errors[0].code if outcome.errors else outcome.status.value
        errors = json.dumps(
            [{"code": i.code, "params": _jsonable(i.params)} for i in outcome.errors[:50]],
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


def _counts_json(counts: dict[str, KindCounts]) -> str:
    return json.dumps({k: c.as_dict() for k, c in counts.items()}, sort_keys=True)


def _jsonable(params: dict[str, object]) -> dict[str, object]:
    return {
        k: v if isinstance(v, int | float | str | bool) or v is None else str(v)
        for k, v in params.items()
    }
