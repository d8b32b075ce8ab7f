"""The one place that opens a database and wires the services; GUI and CLI share it."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bamtrachnhiem import APP_NAME
from bamtrachnhiem.domain.errors import StorageError
from bamtrachnhiem.services.activities import ActivityService
from bamtrachnhiem.services.assessments import AssessmentService
from bamtrachnhiem.services.campaigns import CampaignService
from bamtrachnhiem.services.certificates import CertificateService
from bamtrachnhiem.services.commendation_documents import CommendationDocuments
from bamtrachnhiem.services.commendations import CommendationService
from bamtrachnhiem.services.completeness import CompletenessService
from bamtrachnhiem.services.configuration import ConfigService
from bamtrachnhiem.services.consolidation import ConsolidationService
from bamtrachnhiem.services.documents import DocumentService
from bamtrachnhiem.services.import_log import ImportLogService
from bamtrachnhiem.services.initiatives import InitiativeService
from bamtrachnhiem.services.member_import import MemberImportService
from bamtrachnhiem.services.members import MemberService
from bamtrachnhiem.services.overview import OverviewService
from bamtrachnhiem.services.packet_export import PacketExportService
from bamtrachnhiem.services.packet_merge import PacketMergeService
from bamtrachnhiem.services.pledges import PledgeService
from bamtrachnhiem.services.reports import ReportService
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
    assessments: AssessmentService = field(init=False)
    initiatives: InitiativeService = field(init=False)
    pledges: PledgeService = field(init=False)
    campaigns: CampaignService = field(init=False)
    activities: ActivityService = field(init=False)
    overview: OverviewService = field(init=False)
    packet_export: PacketExportService = field(init=False)
    import_log: ImportLogService = field(init=False)
    packet_merge: PacketMergeService = field(init=False)
    configuration: ConfigService = field(init=False)
    completeness: CompletenessService = field(init=False)
    consolidation: ConsolidationService = field(init=False)
    reports: ReportService = field(init=False)
    commendations: CommendationService = field(init=False)
    certificates: CertificateService = field(init=False)
    commendation_documents: CommendationDocuments = field(init=False)
    documents: DocumentService = field(init=False)

    def __post_init__(self) -> None:
        self.units = UnitService(self.database)
        self.members = MemberService(self.database)
        self.member_import = MemberImportService(self.database, self.members)
        self.years = YearService(self.database)
        self.assessments = AssessmentService(self.database, self.years)
        self.initiatives = InitiativeService(self.database)
        self.pledges = PledgeService(
            self.database, self.years, self.members, self.units, self.initiatives
        )
        self.campaigns = CampaignService(self.database)
        self.activities = ActivityService(self.database)
        self.overview = OverviewService(self.database)
        self.packet_export = PacketExportService(self.database)
        self.import_log = ImportLogService(self.database)
        self.packet_merge = PacketMergeService(self.database, self.import_log)
        self.configuration = ConfigService(self.database, self.years)
        self.completeness = CompletenessService(self.database, self.configuration)
        self.commendations = CommendationService(self.database, self.years, self.completeness)
        self.certificates = CertificateService(self.database, self.commendations)
        self.commendation_documents = CommendationDocuments(
            self.database, self.units, self.commendations
        )
        self.documents = DocumentService(
            self.database,
            self.units,
            self.members,
            self.assessments,
            self.initiatives,
            self.completeness,
        )
        self.consolidation = ConsolidationService(
            self.database, self.completeness, self.campaigns, self.years
        )
        self.reports = ReportService(
            self.database, self.consolidation, self.campaigns, self.configuration
        )

    def close(self) -> None:
        self.database.close()


def open_context(path: str | Path, *, create: bool = False, read_only: bool = False) -> AppContext:
    """Open ``path`` (creating it when asked) and return the wired services."""
    check_xml_safety()
    return AppContext(open_database(path, create=create, read_only=read_only))
