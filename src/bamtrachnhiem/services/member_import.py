"""Importing an office member list (.xlsx): read, preview row by row, then apply atomically."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from bamtrachnhiem.domain.errors import StorageError, ValidationError
from bamtrachnhiem.domain.exchange import Issue
from bamtrachnhiem.domain.records import new_id
from bamtrachnhiem.domain.text import (
    clean_text,
)
from bamtrachnhiem.exchange.cells import column_index
from bamtrachnhiem.exchange.member_list import (
    ImportRow,
    MemberListPreview,
    plan,
    read_member_list,
)
from bamtrachnhiem.services.base import Service
from bamtrachnhiem.services.members import MemberService, member_row_values
from bamtrachnhiem.storage.database import Database


@dataclass
class ImportResult:
    """What ``apply`` did; the counts equal the preview's."""

    created: int
    updated: int
    unchanged: int
    skipped: int
    errors: list[Issue]
    warnings: list[Issue]
    backup_path: Path | None


def legacy_refusal(preview: MemberListPreview) -> ValidationError | None:
    """The refusal for a preview holding TCVN3/VNI text it did not convert; ``None`` if fine.

    Such text would be stored as mojibake ("NguyÔn V¨n An"), so it is never stored
    unconverted: the file must be read again with ``convert_legacy=True``. The params name
    the file, sheet, encoding, how many cells, and the first cell with its column and text.
    """
    if not preview.legacy_encoding or preview.convert_legacy:
        return None
    first = next((w for w in preview.warnings if w.code == "legacy_encoding_suspected"), None)
    where = first.params if first is not None else {}
    cell = str(where.get("cell") or "?")
    letters = cell.rstrip("0123456789")
    column = dict(preview.columns).get(column_index(letters)) if letters else None
    return ValidationError(
        "member_import_legacy_not_converted",
        file=preview.path.name,
        sheet=preview.sheet,
        encoding=preview.legacy_encoding.upper(),
        count=preview.legacy_count,
        cell=cell,
        row=where.get("row", "?"),
        column=column or letters or "?",
        value=where.get("value", ""),
        converted=where.get("converted", ""),
    )


class MemberImportService(Service):
    """Preview a member list against the database, then apply it in one transaction."""

    def __init__(self, database: Database, members: MemberService) -> None:
        super().__init__(database)
        self.members = members

    def preview(
        self,
        path: str | Path,
        sheet: str | None = None,
        mapping: dict[str, int] | None = None,
        convert_legacy: bool = False,
        unit_code: str | None = None,
        header_row: int | None = None,
    ) -> MemberListPreview:
        """Read the list and decide, per row: create, update, unchanged, skip or error."""
        unit_code = self._unit_code(unit_code)
        preview = read_member_list(path, sheet, mapping, convert_legacy, header_row)
        preview.unit_code = unit_code
        plan(preview, self.members.find(unit_code=unit_code))
        return preview

    def apply(self, preview: MemberListPreview) -> ImportResult:
        """Write the previewed rows: a backup first, then one transaction; counts as previewed.

        Nothing is read from the file again. If the stored members changed since the preview
        so that any row would now be treated differently, nothing is written; nor when the
        preview holds legacy-encoded text it did not convert (``legacy_refusal``).
        """
        refusal = legacy_refusal(preview)
        if refusal is not None:
            raise refusal
        unit_code = preview.unit_code or self._unit_code(None)  # read_member_list: own unit
        planned = [(r.action, r.existing_id) for r in preview.rows]
        writes = [r for r in preview.rows if r.action in ("create", "update")]
        backup_path: Path | None = None
        if writes:
            if self.database.read_only:
                raise StorageError("db_read_only", path=str(self.database.path))
            backup_path = self.database.backup(reason="before-member-import")
            with self.database.write("members"):
                check = replace(preview, rows=[replace(r) for r in preview.rows])
                plan(check, self.members.find(unit_code=unit_code))
                if [(r.action, r.existing_id) for r in check.rows] != planned:
                    raise ValidationError("member_import_preview_stale", file=preview.path.name)
                for row in check.rows:
                    if row.action in ("create", "update"):
                        self._write(row, unit_code)
        return ImportResult(
            created=preview.created,
            updated=preview.updated,
            unchanged=preview.unchanged,
            skipped=preview.skipped,
            errors=preview.errors,
            warnings=preview.warnings,
            backup_path=backup_path,
        )

    def _write(self, row: ImportRow, unit_code: str) -> None:
        assert row.member is not None  # rows to create or update hold what is stored
        member = replace(row.member, unit_code=unit_code, updated_at=self.now_iso())
        if row.action == "create":
            member.id = new_id()
            values = member_row_values(member)
            self.m.Member.insert(created_at=member.updated_at, **values).execute()
            return
        values = member_row_values(member)
        self.m.Member.update(**values).where(
            (self.m.Member.id == row.existing_id) & self.m.Member.deleted_at.is_null()
        ).execute()

    def _unit_code(self, unit_code: str | None) -> str:
        if unit_code:
            if self.m.Unit.get_or_none(self.m.Unit.code == clean_text(unit_code)) is None:
                raise ValidationError("unit_not_found", code=unit_code)
            return clean_text(unit_code)
        return self.own_unit_code()
