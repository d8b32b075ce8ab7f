"""peewee models of the local database, bound to one proxy that ``open_database`` fills."""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    FloatField,
    IntegerField,
    Model,
    TextField,
)

database_proxy = DatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Setting(BaseModel):
    """A key/value setting of this database (own unit code, level labels, ...)."""

    key = TextField(primary_key=True)
    value = TextField()


class Unit(BaseModel):
    """A unit of the Youth Union tree (đơn vị): this database's own unit or one below it."""

    code = TextField(primary_key=True)
    name = TextField()
    level = TextField(default="")
    parent_code = TextField(null=True, index=True)
    parent_name = TextField(default="")
    higher_body = TextField(default="")  # cơ quan cấp trên, printed top left
    issuing_body = TextField(default="")  # cơ quan ban hành, printed top left in bold
    doc_symbol = TextField(default="")  # ký hiệu, e.g. ĐTN
    place_name = TextField(default="")  # địa danh for date lines
    has_standing_committee = BooleanField(default=False)  # signs TM. BAN THƯỜNG VỤ
    is_pilot = BooleanField(default=False)  # cơ sở làm điểm this year
    is_own = BooleanField(default=False)
    updated_at = TextField()


class Member(BaseModel):
    """A union member (đoàn viên); travels in packets, so it carries uuid, owner and time."""

    id = TextField(primary_key=True)  # UUID as text
    unit_code = TextField(index=True)
    family_middle_name = TextField(default="")  # họ đệm
    given_name = TextField()  # tên
    search_key = TextField(default="")  # folded full name: duplicates and import matching
    search_text = TextField(default="")  # folded name, phone, position, department: filtering
    name_key = TextField(default="", index=True)  # Vietnamese collation, tên then họ đệm
    gender = TextField(null=True)  # "Nam" | "Nữ"
    birth_date = DateField(null=True)
    birth_year = IntegerField(null=True)
    ethnicity = TextField(default="")
    position = TextField(default="")  # chức vụ
    department = TextField(default="")  # đơn vị công tác / phòng ban
    union_role = TextField(default="")  # chức vụ Đoàn
    joined_union_date = DateField(null=True)
    party_member = BooleanField(default=False)
    employment_kind = TextField(null=True)  # cong_chuc | vien_chuc | hop_dong
    phone = TextField(default="")
    email = TextField(default="")
    notes = TextField(default="")
    status = TextField(default="active", index=True)  # active | transferred | aged_out
    status_date = DateField(null=True)
    status_note = TextField(default="")
    created_at = TextField()
    updated_at = TextField()
    deleted_at = TextField(null=True)  # soft deletion, so removals travel in packets


ALL_MODELS: list[type[BaseModel]] = [Setting, Unit, Member]


class _Travelling(BaseModel):
    """Fields of every record that travels in packets."""

    unit_code = TextField(index=True)
    created_at = TextField()
    updated_at = TextField()
    deleted_at = TextField(null=True)


class CriteriaSetRow(_Travelling):
    """A criteria set (bộ tiêu chí); ``definition`` is the JSON of domain.criteria.CriteriaSet."""

    id = TextField(primary_key=True)
    year = IntegerField()
    name = TextField()
    source = TextField(default="default")
    source_unit_code = TextField(default="")
    definition = TextField()

    class Meta:
        table_name = "criteria_set"


class MovementYear(BaseModel):
    """A movement year (năm phong trào) and the criteria set it scores against."""

    year = IntegerField(primary_key=True)
    criteria_set_id = TextField()
    opened_at = TextField()
    updated_at = TextField()


class Pledge(_Travelling):
    """A member's yearly pledge (đăng ký); commitments and targets are JSON lists."""

    id = TextField(primary_key=True)
    member_id = TextField(index=True)
    year = IntegerField()
    state = TextField(default="draft")
    commitments = TextField(default="[]")
    targets = TextField(default="[]")
    notes = TextField(default="")
    submitted_at = TextField(null=True)
    approved_at = TextField(null=True)


class Initiative(_Travelling):
    """An initiative (sáng kiến) with its measurable before/after."""

    id = TextField(primary_key=True)
    year = IntegerField()
    title = TextField()
    field = TextField(default="")
    problem = TextField(default="")
    solution = TextField(default="")
    measure_unit = TextField(default="")
    before_value = FloatField(null=True)
    after_value = FloatField(null=True)
    dossiers_affected = IntegerField(null=True)
    state = TextField(default="registered")
    registered_date = DateField(null=True)
    trial_date = DateField(null=True)
    applied_date = DateField(null=True)
    recognised_level = TextField(default="")
    decision_number = TextField(default="")
    decision_date = DateField(null=True)
    rejected_reason = TextField(default="")
    notes = TextField(default="")


class InitiativeAuthor(BaseModel):
    initiative_id = TextField()
    member_id = TextField()
    position = IntegerField(default=0)

    class Meta:
        primary_key = CompositeKey("initiative_id", "member_id")


class Assessment(_Travelling):
    """One member's monthly self-assessment (tự đánh giá) and the branch's scores."""

    id = TextField(primary_key=True)
    member_id = TextField()
    year = IntegerField()
    month = IntegerField()
    self_scores = TextField(default="{}")  # {"A1": 14, ...}
    branch_scores = TextField(default="{}")
    bonus = FloatField(default=0)
    deduction = FloatField(default=0)
    veto = BooleanField(default=False)
    veto_reason = TextField(default="")
    evidence = TextField(default="")
    total = FloatField(null=True)
    band = TextField(default="")


class MonthLock(_Travelling):
    """A month the branch has confirmed (chốt); no assessment of it may change."""

    id = TextField(primary_key=True)
    year = IntegerField()
    month = IntegerField()
    locked = BooleanField(default=True)
    locked_at = TextField(null=True)
    locked_by = TextField(default="")


class AuditLog(BaseModel):
    """Who did what, when and why (unlocking a month, for instance)."""

    id = AutoField()
    at = TextField()
    who = TextField()
    action = TextField()
    subject = TextField(default="")
    reason = TextField(default="")
    details = TextField(default="{}")


class Campaign(_Travelling):
    """A peak emulation campaign (đợt thi đua cao điểm)."""

    id = TextField(primary_key=True)
    year = IntegerField()
    name = TextField()
    theme = TextField(default="")
    start_date = DateField(null=True)
    end_date = DateField(null=True)
    from_upper = BooleanField(default=False)
    notes = TextField(default="")


class CampaignTarget(_Travelling):
    """A target (chỉ tiêu) of a campaign, with what has been achieved so far."""

    id = TextField(primary_key=True)
    campaign_id = TextField(index=True)
    name = TextField()
    measure_unit = TextField(default="")
    target_value = FloatField(default=0)
    achieved_value = FloatField(default=0)
    position = IntegerField(default=0)


class Activity(_Travelling):
    """A contest, forum, seminar, training, volunteer day or club meeting (hoạt động)."""

    id = TextField(primary_key=True)
    year = IntegerField()
    date = DateField()
    kind = TextField()
    title = TextField()
    place = TextField(default="")
    citizens_helped = IntegerField(default=0)
    results = TextField(default="")
    prizes = TextField(default="")
    campaign_id = TextField(null=True)


class ActivityParticipant(BaseModel):
    activity_id = TextField()
    member_id = TextField()

    class Meta:
        primary_key = CompositeKey("activity_id", "member_id")


ALL_MODELS += [
    CriteriaSetRow,
    MovementYear,
    Pledge,
    Initiative,
    InitiativeAuthor,
    Assessment,
    MonthLock,
    AuditLog,
    Campaign,
    CampaignTarget,
    Activity,
    ActivityParticipant,
]


class PacketSequence(BaseModel):
    """The last sequence number this database gave a packet of ``unit_code`` (số thứ tự gói)."""

    unit_code = TextField(primary_key=True)
    last_seq = IntegerField()
    updated_at = TextField()


class PacketExport(BaseModel):
    """A packet this database wrote: a data packet of the own unit or a configuration packet."""

    id = AutoField()
    packet_uuid = TextField(unique=True)
    kind = TextField(default="data")  # data | config
    unit_code = TextField()  # data: the own unit; config: the unit it is addressed to
    year = IntegerField()
    month = IntegerField(null=True)
    seq = IntegerField(null=True)
    file_name = TextField()
    content_hash = TextField()
    counts = TextField(default="{}")
    exported_at = TextField()


class PacketImport(BaseModel):
    """The import log (sổ nhận gói), local only: every packet imported or refused here."""

    id = AutoField()
    kind = TextField(default="data")
    packet_uuid = TextField(null=True, index=True)
    unit_code = TextField(null=True)
    year = IntegerField(null=True)
    month = IntegerField(null=True)
    seq = IntegerField(null=True)
    content_hash = TextField(null=True)
    exported_at = TextField(null=True)
    file_name = TextField()
    file_sha256 = TextField(index=True)
    archived_path = TextField(default="")
    outcome = TextField()  # imported | refused | edited
    confirmed_edited = BooleanField(default=False)
    counts = TextField(default="{}")
    errors = TextField(default="[]")
    imported_at = TextField()


class PacketImportSection(BaseModel):
    """One unit's snapshot inside an imported packet, and what became of it."""

    import_id = IntegerField()
    unit_code = TextField()
    year = IntegerField()
    month = IntegerField()
    seq = IntegerField()
    packet_uuid = TextField()
    content_hash = TextField()
    exported_at = TextField()
    outcome = TextField()  # applied | stale | unchanged
    counts = TextField(default="{}")

    class Meta:
        primary_key = CompositeKey("import_id", "unit_code")


class PacketMerged(BaseModel):
    """The latest snapshot merged for a unit and movement year: newest wins by ``seq``."""

    unit_code = TextField()
    year = IntegerField()
    seq = IntegerField()
    month = IntegerField()
    packet_uuid = TextField()
    content_hash = TextField()
    exported_at = TextField()
    app_version = TextField(default="")
    import_id = IntegerField(null=True)
    merged_at = TextField()

    class Meta:
        primary_key = CompositeKey("unit_code", "year")


class ReportingDeadline(BaseModel):
    """The day by which a month's packet is due (hạn nộp); set here or sent from above."""

    year = IntegerField()
    month = IntegerField()
    due_date = DateField()
    source = TextField(default="own")  # own | upper
    source_unit_code = TextField(default="")
    updated_at = TextField()

    class Meta:
        primary_key = CompositeKey("year", "month")


ALL_MODELS += [
    PacketSequence,
    PacketExport,
    PacketImport,
    PacketImportSection,
    PacketMerged,
    ReportingDeadline,
]
