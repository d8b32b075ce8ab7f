"""``backup -o FILE`` and ``restore FILE``: copies of the data file through the SQLite API."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from bamtrachnhiem.cli.common import (
    Console,
    add_command,
    add_json_flag,
    add_output_option,
    database_files,
    help_text,
    opened,
    removing_new_database,
)
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.messages import text


def register(subparsers: argparse._SubParsersAction, lang: str) -> None:
    backup = add_command(subparsers, "backup", "cli_help_backup", lang)
    add_output_option(backup, "cli_help_backup_output", lang)
    add_json_flag(backup, lang)
    backup.set_defaults(handler=run_backup)

    restore = add_command(subparsers, "restore", "cli_help_restore", lang)
    restore.add_argument(
        "file",
        metavar=text("cli_metavar_file", lang),
        help=help_text("cli_help_restore_file", lang),
    )
    add_json_flag(restore, lang)
    restore.set_defaults(handler=run_restore)


def _backup_target(db_path: Path, output: str) -> Path:
    dest = Path(output).absolute()
    if dest.is_dir():
        dest = dest / f"{db_path.stem}-{datetime.now():%Y%m%d-%H%M%S}.db"
    if not dest.parent.is_dir():
        raise ValidationError("cli_output_folder_missing", path=str(dest.parent))
    # The copy is renamed over its target at the end: never let that target be the database.
    if dest in database_files(db_path) or (dest.exists() and dest.samefile(db_path)):
        raise ValidationError("cli_backup_same_file", path=str(db_path))
    return dest


def run_backup(args: argparse.Namespace, console: Console) -> int:
    db_path = Path(args.db).absolute()
    if db_path.exists():
        _backup_target(db_path, args.output)  # refuse before opening anything
    # Reading is enough for a backup, so it works while the GUI has the file open.
    with opened(args, read_only=True) as ctx:
        dest = _backup_target(ctx.database.path, args.output)
        made = ctx.database.backup(reason="manual", dest=dest)
    if console.json_mode:
        console.emit_json({"ok": True, "db": str(db_path), "backup": str(made)})
    else:
        console.say("cli_backup_done", db=db_path, path=made)
    return 0


def run_restore(args: argparse.Namespace, console: Console) -> int:
    candidate = Path(args.file).absolute()
    if not candidate.is_file():
        raise ValidationError("cli_file_not_found", path=str(candidate))
    db_path = Path(args.db).absolute()
    if candidate == db_path:
        raise ValidationError("cli_backup_same_file", path=str(db_path))
    # Restoring onto a missing data file (a new computer) creates it; a refusal removes it again.
    with removing_new_database(db_path) as missing, opened(args, create=missing) as ctx:
        safety = ctx.database.restore(candidate)
    if console.json_mode:
        console.emit_json(
            {
                "ok": True,
                "db": str(db_path),
                "restored_from": str(candidate),
                "safety_backup": str(safety),
            }
        )
    else:
        console.say("cli_restore_done", db=db_path, path=candidate)
        console.say("cli_restore_safety", path=safety)
    return 0
