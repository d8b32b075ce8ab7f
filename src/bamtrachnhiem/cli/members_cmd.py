"""``members import`` and ``members list``: the member registry (đoàn viên)."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from bamtrachnhiem.cli.common import (
    Console,
    add_command,
    add_dry_run_flag,
    add_json_flag,
    help_text,
    jsonable,
    opened,
    table,
)
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.records import Gender, Member, MemberStatus
from bamtrachnhiem.messages import text
from bamtrachnhiem.services.member_import import legacy_refusal

_STATUS_CODES = {
    MemberStatus.ACTIVE: "cli_status_active",
    MemberStatus.TRANSFERRED: "cli_status_transferred",
    MemberStatus.AGED_OUT: "cli_status_aged_out",
}
_GENDER_CODES = {Gender.MALE: "cli_gender_male", Gender.FEMALE: "cli_gender_female"}


def register(subparsers: argparse._SubParsersAction, lang: str) -> None:
    members = add_command(subparsers, "members", "cli_help_members", lang)
    commands = members.subparsers("members_command")

    importing = add_command(commands, "import", "cli_help_members_import", lang)
    importing.add_argument(
        "file", metavar=text("cli_metavar_file", lang), help=help_text("cli_help_import_file", lang)
    )
    importing.add_argument(
        "--sheet",
        metavar=text("cli_metavar_sheet", lang),
        help=help_text("cli_help_import_sheet", lang),
    )
    add_dry_run_flag(importing, lang)
    importing.add_argument(
        "--convert-legacy", action="store_true", help=help_text("cli_help_convert_legacy", lang)
    )
    add_json_flag(importing, lang)
    importing.set_defaults(handler=run_import)

    listing = add_command(commands, "list", "cli_help_members_list", lang)
    listing.add_argument(
        "--unit",
        metavar=text("cli_metavar_code", lang),
        help=help_text("cli_help_members_list_unit", lang),
    )
    add_json_flag(listing, lang)
    listing.set_defaults(handler=run_list)


# --- members import -------------------------------------------------------------------------


def _issue_document(issue: Any, lang: str, fallback_row: int | None = None) -> dict:
    params = dict(getattr(issue, "params", None) or {})
    row = getattr(issue, "row", None)
    return jsonable(
        {
            "row": row if row is not None else fallback_row,
            "message": text(issue.code, lang, **params),
            "code": issue.code,
            "cell": getattr(issue, "cell", None),
            "params": params,
        }
    )


def _preview_issues(preview: Any, lang: str) -> tuple[list[dict], list[dict]]:
    errors: list[dict] = []
    warnings: list[dict] = []
    for row in preview.rows:
        errors.extend(_issue_document(i, lang, row.row) for i in row.errors)
        warnings.extend(_issue_document(i, lang, row.row) for i in row.warnings)
    return errors, warnings


def _warning_document(issue: dict) -> dict:
    return {k: v for k, v in issue.items() if k != "cell" or v is not None}


def run_import(args: argparse.Namespace, console: Console) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise ValidationError("cli_file_not_found", path=str(path))
    # A dry run only reads, so it works while the GUI holds the writer lock.
    with opened(args, read_only=args.dry_run) as ctx:
        preview = ctx.member_import.preview(
            path, sheet=args.sheet, convert_legacy=args.convert_legacy
        )
        # Checked before the dry run returns, so that it reports what the real run would do.
        refusal = legacy_refusal(preview)
        if refusal is not None:
            return _refuse_legacy(console, args, preview, refusal)
        actions = Counter(row.action for row in preview.rows)
        errors, warnings = _preview_issues(preview, console.lang)
        counts = {
            "created": actions["create"],
            "updated": actions["update"],
            "unchanged": actions["unchanged"],
            "skipped": actions["skip"],
        }
        backup_path = None
        if not args.dry_run:
            result = ctx.member_import.apply(preview)
            counts = {
                "created": result.created,
                "updated": result.updated,
                "unchanged": result.unchanged,
                "skipped": result.skipped,
            }
            errors = [_issue_document(i, console.lang) for i in result.errors]
            warnings = [_issue_document(i, console.lang) for i in result.warnings]
            backup_path = result.backup_path
    error_rows = len({e["row"] for e in errors})
    changed = counts["created"] + counts["updated"]
    refused = bool(errors) and (args.dry_run or changed == 0)
    exit_code = 1 if refused else 0

    if console.json_mode:
        console.emit_json(
            jsonable(
                {
                    "ok": exit_code == 0,
                    "dry_run": bool(args.dry_run),
                    "file": str(path),
                    "sheet": preview.sheet,
                    **counts,
                    "error_rows": error_rows,
                    "errors": errors,
                    "warnings": [_warning_document(w) for w in warnings],
                    "legacy_encoding": preview.legacy_encoding,
                    "converted_legacy": bool(preview.convert_legacy and preview.legacy_encoding),
                    "backup_path": backup_path,
                }
            )
        )
        return exit_code

    console.say("cli_import_sheet", path=path, sheet=preview.sheet or "")
    if preview.legacy_encoding:  # converted: an unconverted one was refused above
        console.say("cli_import_legacy_converted", encoding=preview.legacy_encoding.upper())
    console.say("cli_import_counts", errors=error_rows, **counts)
    _print_issues(console, "cli_import_errors_title", errors)
    _print_issues(console, "cli_import_warnings_title", warnings)
    if args.dry_run:
        console.say("cli_import_dry_run")
    elif refused:
        console.warn(console.t("cli_import_refused"))
    else:
        console.say("cli_import_done", path=path)
        if errors:
            console.warn(console.t("cli_import_error_rows_left_out", count=error_rows))
        if backup_path:
            console.say("cli_import_backup", path=backup_path)
    return exit_code


def _refuse_legacy(
    console: Console, args: argparse.Namespace, preview: Any, refusal: ValidationError
) -> int:
    """Exit 1 without storing anything: the list holds TCVN3/VNI text and no --convert-legacy."""
    params = refusal.params
    message = console.t("cli_import_legacy_refused", **params)
    if console.json_mode:
        error = {
            "code": "cli_import_legacy_refused",
            "message": message,
            "params": params,
            "sheet": params["sheet"],
            "row": params["row"],
            "cell": params["cell"],
        }
        document = {
            "ok": False,
            "dry_run": bool(args.dry_run),
            "file": str(preview.path),
            "sheet": preview.sheet,
            "errors": [error],
            "legacy_encoding": preview.legacy_encoding,
            "converted_legacy": False,
        }
        console.emit_json(jsonable(document))
    else:
        console.warn(message)
    return 1


def _print_issues(console: Console, title_code: str, issues: list[dict]) -> None:
    # The import messages already name their row and cell.
    if not issues:
        return
    console.warn(console.t(title_code))
    for issue in issues:
        console.warn(f"  {issue['message']}")


# --- members list ---------------------------------------------------------------------------


def member_document(member: Member) -> dict:
    """A member as ``members list --json`` prints it (exchange.md § The command line)."""
    return jsonable(
        {
            "id": member.id,
            "unit_code": member.unit_code,
            "status": member.status.value,
            "full_name": member.full_name,
            "family_middle_name": member.family_middle_name,
            "given_name": member.given_name,
            "gender": member.gender.value if member.gender else None,
            "birth_date": member.birth_date.isoformat() if member.birth_date else None,
            "birth_year": member.birth_year,
            "phone": member.phone or "",
            "email": member.email,
            "ethnicity": member.ethnicity,
            "position": member.position,
            "department": member.department,
            "union_role": member.union_role,
            "joined_union_date": member.joined_union_date,
            "party_member": bool(member.party_member),
            "employment_kind": member.employment_kind.value if member.employment_kind else None,
            "notes": member.notes,
            "status_date": member.status_date,
            "status_note": member.status_note,
            "updated_at": member.updated_at,
            "possible_duplicate": bool(member.possible_duplicate_of),
            "possible_duplicate_of": list(member.possible_duplicate_of),
        }
    )


def _birth_label(member: Member) -> str:
    if member.birth_date is not None:
        return format_date(member.birth_date)
    return str(member.birth_year) if member.birth_year is not None else ""


def run_list(args: argparse.Namespace, console: Console) -> int:
    with opened(args, read_only=True) as ctx:
        unit_code = None
        if args.unit:
            unit_code = ctx.units.get(args.unit).code  # an unknown code is refused, not empty
        members = ctx.members.find(unit_code=unit_code)
    if console.json_mode:
        console.emit_json([member_document(m) for m in members])
        return 0
    if not members:
        console.say("cli_members_empty")
        return 0
    columns = [
        "cli_col_no",
        "cli_col_full_name",
        "cli_col_birth",
        "cli_col_gender",
        "cli_col_position",
        "cli_col_department",
        "cli_col_phone",
        "cli_col_status",
    ]
    if unit_code is None:
        columns.insert(2, "cli_col_unit")
    rows = []
    for number, member in enumerate(members, start=1):
        cells = {
            "cli_col_no": str(number),
            "cli_col_full_name": member.full_name + (" *" if member.possible_duplicate_of else ""),
            "cli_col_unit": member.unit_code,
            "cli_col_birth": _birth_label(member),
            "cli_col_gender": console.t(_GENDER_CODES[member.gender]) if member.gender else "",
            "cli_col_position": member.position,
            "cli_col_department": member.department,
            "cli_col_phone": member.phone,
            "cli_col_status": console.t(_STATUS_CODES[member.status]),
        }
        rows.append([cells[c] for c in columns])
    console.line(table([console.t(c) for c in columns], rows))
    console.say("cli_members_count", count=len(members))
    if any(m.possible_duplicate_of for m in members):
        console.say("cli_duplicate_note")
    return 0
