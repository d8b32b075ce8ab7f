"""Plain records the services hand to the GUI and CLI (no database behind them)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from bamtrachnhiem.domain.text import fold, join_name, name_collation_key


def new_id() -> str:
    """A fresh UUID, as text: records that travel in packets are keyed by it."""
    return str(uuid.uuid4())


def now_iso() -> str:
    """The current UTC time, ISO 8601 with microseconds, for ``updated_at``."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


class MemberStatus(StrEnum):
    ACTIVE = "active"  # đang sinh hoạt
    TRANSFERRED = "transferred"  # đã chuyển sinh hoạt
    AGED_OUT = "aged_out"  # đã trưởng thành / quá tuổi


class Gender(StrEnum):
    MALE = "Nam"
    FEMALE = "Nữ"


class EmploymentKind(StrEnum):
    CIVIL_SERVANT = "cong_chuc"  # công chức
    PUBLIC_EMPLOYEE = "vien_chuc"  # viên chức
    CONTRACT = "hop_dong"  # hợp đồng


@dataclass
class Unit:
    """A unit of the tree (đơn vị Đoàn) with every field printed documents need."""

    code: str
    name: str
    level: str = ""
    parent_code: str | None = None
    parent_name: str = ""
    higher_body: str = ""
    issuing_body: str = ""
    doc_symbol: str = ""
    place_name: str = ""
    has_standing_committee: bool = False
    signer_title: str = ""  # chức danh người ký: BÍ THƯ, PHÓ BÍ THƯ
    signer_name: str = ""  # người ký mặc định
    is_pilot: bool = False
    is_own: bool = False


@dataclass
class Member:
    """A union member (đoàn viên)."""

    given_name: str
    family_middle_name: str = ""
    unit_code: str = ""
    id: str = ""
    gender: Gender | None = None
    birth_date: date | None = None
    birth_year: int | None = None
    ethnicity: str = ""
    position: str = ""
    department: str = ""
    union_role: str = ""
    joined_union_date: date | None = None
    party_member: bool = False
    employment_kind: EmploymentKind | None = None
    phone: str = ""
    email: str = ""
    notes: str = ""
    status: MemberStatus = MemberStatus.ACTIVE
    status_date: date | None = None
    status_note: str = ""
    updated_at: str = ""
    # Filled when read, never stored from here:
    possible_duplicate_of: list[str] = field(default_factory=list)
    search_text: str = ""  # folded text the member table filters on

    @property
    def full_name(self) -> str:
        return join_name(self.family_middle_name, self.given_name)


def member_search_values(row: Mapping[str, Any]) -> dict[str, str]:
    """The keys stored beside a member's fields: folded name, folded search text, sort key."""
    full_name = join_name(row["family_middle_name"], row["given_name"])
    return {
        "search_key": fold(full_name),
        "search_text": fold(f"{full_name} {row['phone']} {row['position']} {row['department']}"),
        "name_key": name_collation_key(row["family_middle_name"], row["given_name"]),
    }
