"""The one place that opens a database and wires the services; GUI and CLI share it."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bamtrachnhiem import APP_NAME
from bamtrachnhiem.domain.errors import StorageError
from bamtrachnhiem.services.member_import import MemberImportService
from bamtrachnhiem.services.members import MemberService
from bamtrachnhiem.services.units import UnitService
from bamtrachnhiem.services.years import YearService
from bamtrachnhiem.storage.database import Database, open_database


def user_data_dir() -> Path:
    """The per-user data folder (never next to the program)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def default_db_path() -> Path:
    """Where the database lives unless the user picks another file."""
    return user_data_dir() / "bamtrachnhiem.db"


def check_xml_safety() -> None:
    """Refuse to read any workbook unless openpyxl parses XML through defusedxml."""
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:
        raise StorageError("defusedxml_missing")


@dataclass
class AppContext:
    """An open database and the services over it."""

    database: Database
    units: UnitService = field(init=False)
    members: MemberService = field(init=False)
    member_import: MemberImportService = field(init=False)
    years: YearService = field(init=False)

    def __post_init__(self) -> None:
        self.units = UnitService(self.database)
        self.members = MemberService(self.database)
        self.member_import = MemberImportService(self.database, self.members)
        self.years = YearService(self.database)

    def close(self) -> None:
        self.database.close()


def open_context(path: str | Path, *, create: bool = False, read_only: bool = False) -> AppContext:
    """Open ``path`` (creating it when asked) and return the wired services."""
    check_xml_safety()
    return AppContext(open_database(path, create=create, read_only=read_only))
