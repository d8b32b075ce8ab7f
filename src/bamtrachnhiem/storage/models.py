"""peewee models of the local database, bound to one proxy that ``open_database`` fills."""

from __future__ import annotations

from peewee import (
    BooleanField,
    DatabaseProxy,
    DateField,
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
