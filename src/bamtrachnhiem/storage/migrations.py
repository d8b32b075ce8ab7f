"""Ordered schema steps; ``user_version`` records how many have run."""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

_V1 = [
    """CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL)""",
    """CREATE TABLE unit (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        level TEXT NOT NULL DEFAULT '',
        parent_code TEXT,
        parent_name TEXT NOT NULL DEFAULT '',
        higher_body TEXT NOT NULL DEFAULT '',
        issuing_body TEXT NOT NULL DEFAULT '',
        doc_symbol TEXT NOT NULL DEFAULT '',
        place_name TEXT NOT NULL DEFAULT '',
        has_standing_committee INTEGER NOT NULL DEFAULT 0,
        is_pilot INTEGER NOT NULL DEFAULT 0,
        is_own INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL)""",
    "CREATE INDEX unit_parent_code ON unit (parent_code)",
    "CREATE UNIQUE INDEX unit_one_own ON unit (is_own) WHERE is_own = 1",
    """CREATE TABLE member (
        id TEXT PRIMARY KEY,
        unit_code TEXT NOT NULL REFERENCES unit (code) ON UPDATE CASCADE,
        family_middle_name TEXT NOT NULL DEFAULT '',
        given_name TEXT NOT NULL,
        search_key TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        name_key TEXT NOT NULL DEFAULT '',
        gender TEXT,
        birth_date DATE,
        birth_year INTEGER,
        ethnicity TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        union_role TEXT NOT NULL DEFAULT '',
        joined_union_date DATE,
        party_member INTEGER NOT NULL DEFAULT 0,
        employment_kind TEXT,
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active',
        status_date DATE,
        status_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT)""",
    "CREATE INDEX member_unit_code ON member (unit_code)",
    "CREATE INDEX member_name_key ON member (name_key)",
    "CREATE INDEX member_status ON member (status)",
]

# Branch workflows: the movement year and its criteria, pledges, initiatives, monthly
# assessments with locks and an audit log, peak campaigns and activities.
# Every record that travels in packets has a UUID, its owning unit, updated_at, deleted_at.
_TRAVELS = """
        unit_code TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT"""

_V2 = [
    f"""CREATE TABLE criteria_set (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL,
        name TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT 'default',
        source_unit_code TEXT NOT NULL DEFAULT '',
        definition TEXT NOT NULL,{_TRAVELS})""",
    """CREATE TABLE movement_year (
        year INTEGER PRIMARY KEY,
        criteria_set_id TEXT NOT NULL REFERENCES criteria_set (id),
        opened_at TEXT NOT NULL,
        updated_at TEXT NOT NULL)""",
    f"""CREATE TABLE pledge (
        id TEXT PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES member (id),
        year INTEGER NOT NULL,
        state TEXT NOT NULL DEFAULT 'draft',
        commitments TEXT NOT NULL DEFAULT '[]',
        targets TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        submitted_at TEXT,
        approved_at TEXT,{_TRAVELS})""",
    "CREATE UNIQUE INDEX pledge_member_year ON pledge (member_id, year) WHERE deleted_at IS NULL",
    f"""CREATE TABLE initiative (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL,
        title TEXT NOT NULL,
        field TEXT NOT NULL DEFAULT '',
        problem TEXT NOT NULL DEFAULT '',
        solution TEXT NOT NULL DEFAULT '',
        measure_unit TEXT NOT NULL DEFAULT '',
        before_value REAL,
        after_value REAL,
        dossiers_affected INTEGER,
        state TEXT NOT NULL DEFAULT 'registered',
        registered_date DATE,
        trial_date DATE,
        applied_date DATE,
        recognised_level TEXT NOT NULL DEFAULT '',
        decision_number TEXT NOT NULL DEFAULT '',
        decision_date DATE,
        rejected_reason TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',{_TRAVELS})""",
    "CREATE INDEX initiative_year_state ON initiative (year, state)",
    """CREATE TABLE initiative_author (
        initiative_id TEXT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
        member_id TEXT NOT NULL REFERENCES member (id),
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (initiative_id, member_id))""",
    "CREATE INDEX initiative_author_member ON initiative_author (member_id)",
    f"""CREATE TABLE assessment (
        id TEXT PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES member (id),
        year INTEGER NOT NULL,
        month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
        self_scores TEXT NOT NULL DEFAULT '{{}}',
        branch_scores TEXT NOT NULL DEFAULT '{{}}',
        bonus REAL NOT NULL DEFAULT 0,
        deduction REAL NOT NULL DEFAULT 0,
        veto INTEGER NOT NULL DEFAULT 0,
        veto_reason TEXT NOT NULL DEFAULT '',
        evidence TEXT NOT NULL DEFAULT '',
        total REAL,
        band TEXT NOT NULL DEFAULT '',{_TRAVELS})""",
    "CREATE UNIQUE INDEX assessment_member_month ON assessment (member_id, year, month) "
    "WHERE deleted_at IS NULL",
    "CREATE INDEX assessment_unit_month ON assessment (unit_code, year, month)",
    f"""CREATE TABLE month_lock (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL,
        month INTEGER NOT NULL,
        locked INTEGER NOT NULL DEFAULT 1,
        locked_at TEXT,
        locked_by TEXT NOT NULL DEFAULT '',{_TRAVELS})""",
    "CREATE UNIQUE INDEX month_lock_unit_month ON month_lock (unit_code, year, month)",
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        details TEXT NOT NULL DEFAULT '{}')""",
    f"""CREATE TABLE campaign (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL,
        name TEXT NOT NULL,
        theme TEXT NOT NULL DEFAULT '',
        start_date DATE,
        end_date DATE,
        from_upper INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT '',{_TRAVELS})""",
    f"""CREATE TABLE campaign_target (
        id TEXT PRIMARY KEY,
        campaign_id TEXT NOT NULL REFERENCES campaign (id),
        name TEXT NOT NULL,
        measure_unit TEXT NOT NULL DEFAULT '',
        target_value REAL NOT NULL DEFAULT 0,
        achieved_value REAL NOT NULL DEFAULT 0,
        position INTEGER NOT NULL DEFAULT 0,{_TRAVELS})""",
    "CREATE INDEX campaign_target_campaign ON campaign_target (campaign_id)",
    f"""CREATE TABLE activity (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL,
        date DATE NOT NULL,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        citizens_helped INTEGER NOT NULL DEFAULT 0,
        results TEXT NOT NULL DEFAULT '',
        prizes TEXT NOT NULL DEFAULT '',
        campaign_id TEXT REFERENCES campaign (id),{_TRAVELS})""",
    "CREATE INDEX activity_date ON activity (date)",
    """CREATE TABLE activity_participant (
        activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        member_id TEXT NOT NULL REFERENCES member (id),
        PRIMARY KEY (activity_id, member_id))""",
    "CREATE INDEX activity_participant_member ON activity_participant (member_id)",
]


# Packet exchange: this unit's export sequence, what was exported and received (the import
# log, local only), the latest snapshot merged per unit and year, and reporting deadlines.
_V3 = [
    """CREATE TABLE packet_sequence (
        unit_code TEXT PRIMARY KEY,
        last_seq INTEGER NOT NULL,
        updated_at TEXT NOT NULL)""",
    """CREATE TABLE packet_export (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        packet_uuid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL DEFAULT 'data',
        unit_code TEXT NOT NULL,
        year INTEGER NOT NULL,
        month INTEGER,
        seq INTEGER,
        file_name TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        counts TEXT NOT NULL DEFAULT '{}',
        exported_at TEXT NOT NULL)""",
    """CREATE TABLE packet_import (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL DEFAULT 'data',
        packet_uuid TEXT,
        unit_code TEXT,
        year INTEGER,
        month INTEGER,
        seq INTEGER,
        content_hash TEXT,
        exported_at TEXT,
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        archived_path TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL,
        confirmed_edited INTEGER NOT NULL DEFAULT 0,
        counts TEXT NOT NULL DEFAULT '{}',
        errors TEXT NOT NULL DEFAULT '[]',
        imported_at TEXT NOT NULL)""",
    "CREATE INDEX packet_import_uuid ON packet_import (packet_uuid)",
    "CREATE INDEX packet_import_file ON packet_import (file_sha256)",
    """CREATE TABLE packet_import_section (
        import_id INTEGER NOT NULL REFERENCES packet_import (id),
        unit_code TEXT NOT NULL,
        year INTEGER NOT NULL,
        month INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        packet_uuid TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        exported_at TEXT NOT NULL,
        outcome TEXT NOT NULL,
        counts TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (import_id, unit_code))""",
    "CREATE INDEX packet_import_section_unit ON packet_import_section (unit_code, year)",
    """CREATE TABLE packet_merged (
        unit_code TEXT NOT NULL,
        year INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        month INTEGER NOT NULL,
        packet_uuid TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        exported_at TEXT NOT NULL,
        app_version TEXT NOT NULL DEFAULT '',
        import_id INTEGER,
        merged_at TEXT NOT NULL,
        PRIMARY KEY (unit_code, year))""",
    """CREATE TABLE reporting_deadline (
        year INTEGER NOT NULL,
        month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
        due_date DATE NOT NULL,
        source TEXT NOT NULL DEFAULT 'own',
        source_unit_code TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (year, month))""",
]


# Documents: each unit's default signer and the signer's title (chức danh: BÍ THƯ, ...).
_V4 = [
    "ALTER TABLE unit ADD COLUMN signer_title TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE unit ADD COLUMN signer_name TEXT NOT NULL DEFAULT ''",
]


# A unit's rows of a year are what a merge compares and a summary counts; without these
# indexes every packet scanned whole tables, so merging slowed as the district grew.
_V5 = [
    "CREATE INDEX pledge_unit_year ON pledge (unit_code, year)",
    "CREATE INDEX initiative_unit_year ON initiative (unit_code, year)",
    "CREATE INDEX activity_unit_year ON activity (unit_code, year)",
    "CREATE INDEX campaign_unit_year ON campaign (unit_code, year)",
    "CREATE INDEX criteria_set_unit_year ON criteria_set (unit_code, year)",
]


# A merged record remembers the cells it was read from (a key) and their digest, so the
# next month's packet skips what it already holds.
_RECEIVED_TABLES = (
    "member",
    "criteria_set",
    "pledge",
    "initiative",
    "assessment",
    "month_lock",
    "campaign",
    "campaign_target",
    "activity",
)
_V6 = [
    f"ALTER TABLE {table} ADD COLUMN {column} TEXT"
    for table in _RECEIVED_TABLES
    for column in ("received_key", "received_digest")
]


# Periodic reports (báo cáo tháng, quý, sơ kết, tổng kết): the report record, drafts and
# issued ones, and the year's report periods with their due dates (set here or from above).
_V7 = [
    f"""CREATE TABLE report (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL,
        kind TEXT NOT NULL,
        period TEXT NOT NULL,
        month_from INTEGER NOT NULL CHECK (month_from BETWEEN 1 AND 12),
        month_to INTEGER NOT NULL CHECK (month_to BETWEEN 1 AND 12),
        number TEXT NOT NULL DEFAULT '',
        symbol TEXT NOT NULL DEFAULT '',
        report_date DATE,
        place TEXT NOT NULL DEFAULT '',
        data_as_of DATE,
        higher_body TEXT NOT NULL DEFAULT '',
        issuing_body TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT 'BÁO CÁO',
        summary TEXT NOT NULL DEFAULT '',
        part_1 TEXT NOT NULL DEFAULT '',
        part_2 TEXT NOT NULL DEFAULT '',
        part_3 TEXT NOT NULL DEFAULT '',
        part_4 TEXT NOT NULL DEFAULT '',
        part_5 TEXT NOT NULL DEFAULT '',
        recipients TEXT NOT NULL DEFAULT '',
        sign_for TEXT NOT NULL DEFAULT '',
        signer_title TEXT NOT NULL DEFAULT '',
        signer_name TEXT NOT NULL DEFAULT '',
        figures TEXT NOT NULL DEFAULT '{{}}',
        annex TEXT NOT NULL DEFAULT '{{}}',
        state TEXT NOT NULL DEFAULT 'draft',
        issued_at TEXT,{_TRAVELS},
        received_key TEXT,
        received_digest TEXT)""",
    "CREATE INDEX report_unit_year ON report (unit_code, year)",
    # The consolidation sums a year's assessments by unit and band from this index alone
    # (a 40,000-member year in a tenth of a second instead of a second).
    "CREATE INDEX assessment_year_figures ON assessment (year, unit_code, band, month, total, "
    "veto) WHERE deleted_at IS NULL",
    """CREATE TABLE report_period (
        year INTEGER NOT NULL,
        period TEXT NOT NULL,
        kind TEXT NOT NULL,
        month_from INTEGER NOT NULL CHECK (month_from BETWEEN 1 AND 12),
        month_to INTEGER NOT NULL CHECK (month_to BETWEEN 1 AND 12),
        due_date DATE NOT NULL,
        required INTEGER NOT NULL DEFAULT 1,
        source TEXT NOT NULL DEFAULT 'own',
        source_unit_code TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (year, period))""",
]


_OWNER_COLUMNS = """unit_code TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        received_key TEXT,
        received_digest TEXT"""

# Commendations (docs/decisions/0030): rounds, nominations, reviews, decisions, the register;
# certificate templates and the print log stay in this database. unit_code names the owner,
# which may be a unit above this one (records sent down keep their owner): no foreign key.
_V8 = [
    f"""CREATE TABLE commendation_round (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL,
        name TEXT NOT NULL,
        form TEXT NOT NULL DEFAULT 'giay_khen',
        individuals INTEGER NOT NULL DEFAULT 1,
        collectives INTEGER NOT NULL DEFAULT 1,
        rule TEXT NOT NULL DEFAULT '{{}}',
        quotas TEXT NOT NULL DEFAULT '{{}}',
        deadline DATE,
        state TEXT NOT NULL DEFAULT 'open',
        achievement TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        {_OWNER_COLUMNS})""",
    "CREATE INDEX commendation_round_unit_year ON commendation_round (unit_code, year)",
    f"""CREATE TABLE nomination (
        id TEXT PRIMARY KEY,
        round_id TEXT NOT NULL,
        year INTEGER NOT NULL,
        nominee_kind TEXT NOT NULL DEFAULT 'individual',
        member_id TEXT,
        nominee_unit_code TEXT NOT NULL DEFAULT '',
        nominee_name TEXT NOT NULL,
        birth_year INTEGER,
        position_unit TEXT NOT NULL DEFAULT '',
        field TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        figures TEXT NOT NULL DEFAULT '{{}}',
        meeting_date DATE,
        votes_for INTEGER,
        votes_present INTEGER,
        over_quota_note TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'draft',
        sent_at TEXT,
        {_OWNER_COLUMNS})""",
    "CREATE INDEX nomination_unit_year ON nomination (unit_code, year)",
    "CREATE INDEX nomination_round ON nomination (round_id)",
    f"""CREATE TABLE nomination_review (
        id TEXT PRIMARY KEY,
        nomination_id TEXT NOT NULL,
        round_id TEXT NOT NULL,
        year INTEGER NOT NULL,
        verdict TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        reviewed_at TEXT NOT NULL,
        {_OWNER_COLUMNS})""",
    "CREATE INDEX nomination_review_unit_year ON nomination_review (unit_code, year)",
    "CREATE INDEX nomination_review_nomination ON nomination_review (nomination_id)",
    f"""CREATE TABLE commendation_decision (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL,
        round_id TEXT,
        form TEXT NOT NULL DEFAULT 'giay_khen',
        number INTEGER,
        number_text TEXT NOT NULL DEFAULT '',
        decision_date DATE,
        signer_name TEXT NOT NULL DEFAULT '',
        signer_title TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        reward_text TEXT NOT NULL DEFAULT '',
        recipients_line TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'draft',
        annul_reason TEXT NOT NULL DEFAULT '',
        annulled_at TEXT,
        issued_at TEXT,
        {_OWNER_COLUMNS})""",
    "CREATE INDEX commendation_decision_unit_year ON commendation_decision (unit_code, year)",
    f"""CREATE TABLE award (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL,
        decision_id TEXT,
        nomination_id TEXT,
        position INTEGER NOT NULL DEFAULT 0,
        register_number INTEGER,
        register_text TEXT NOT NULL DEFAULT '',
        recipient_kind TEXT NOT NULL DEFAULT 'individual',
        member_id TEXT,
        recipient_unit_code TEXT NOT NULL DEFAULT '',
        recipient_name TEXT NOT NULL,
        position_unit TEXT NOT NULL DEFAULT '',
        achievement TEXT NOT NULL DEFAULT '',
        form TEXT NOT NULL DEFAULT 'giay_khen',
        decision_number TEXT NOT NULL DEFAULT '',
        decision_date DATE,
        issuer_name TEXT NOT NULL DEFAULT '',
        code TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT 'own',
        {_OWNER_COLUMNS})""",
    "CREATE INDEX award_unit_year ON award (unit_code, year)",
    "CREATE INDEX award_decision ON award (decision_id)",
    "CREATE INDEX award_member ON award (member_id)",
    "CREATE INDEX award_code ON award (code)",
    """CREATE TABLE certificate_template (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        definition TEXT NOT NULL DEFAULT '{}',
        dx_mm REAL NOT NULL DEFAULT 0,
        dy_mm REAL NOT NULL DEFAULT 0,
        background_path TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL)""",
    """CREATE TABLE certificate_print (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        who TEXT NOT NULL DEFAULT '',
        decision_id TEXT,
        template TEXT NOT NULL DEFAULT '',
        mode TEXT NOT NULL DEFAULT '',
        registers TEXT NOT NULL DEFAULT '[]',
        file_name TEXT NOT NULL DEFAULT '')""",
]


# Step 9: the data sheets of packets merged, so the next packet's sheets that arrive byte
# for byte as before (a finished month's, above all) are not read again (decision 0015).
_V9 = [
    """CREATE TABLE received_part (
        unit_code TEXT NOT NULL,
        year INTEGER NOT NULL,
        sheet TEXT NOT NULL,
        part_hash TEXT NOT NULL,
        rows_fingerprint TEXT NOT NULL,
        PRIMARY KEY (unit_code, year, sheet))""",
]


def _run_all(statements: list[str]) -> Callable[[SqliteDatabase], None]:
    def step(db: SqliteDatabase) -> None:
        for sql in statements:
            db.execute_sql(sql)

    return step


# Append only. Never edit a step that has shipped: databases in the field have run it.
MIGRATIONS: list[Callable[[SqliteDatabase], None]] = [
    _run_all(_V1),
    _run_all(_V2),
    _run_all(_V3),
    _run_all(_V4),
    _run_all(_V5),
    _run_all(_V6),
    _run_all(_V7),
    _run_all(_V8),
    _run_all(_V9),
]

SCHEMA_VERSION = len(MIGRATIONS)
