"""The rules every member obeys, wherever it comes from: the keyboard, a list, a packet."""

from __future__ import annotations

import re
from dataclasses import fields, replace
from datetime import date
from enum import StrEnum
from typing import Any

from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.records import EmploymentKind, Gender, Member, MemberStatus
from bamtrachnhiem.domain.text import clean_text, normalize_phone

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ENUMS: dict[str, type[StrEnum]] = {
    "gender": Gender,
    "status": MemberStatus,
    "employment_kind": EmploymentKind,
}


def _as_enum(kind: type[StrEnum], value: object) -> StrEnum | None:
    """``value`` as a member of ``kind`` (plain strings accepted); ``None`` when empty."""
    if value is None or isinstance(value, kind):
        return value
    text = clean_text(value)
    return kind(text) if text else None


def cleaned_member(member: Member) -> Member:
    """NFC and trimmed text, digits-only phone; refuses what cannot be stored."""
    values: dict[str, Any] = {}
    for f in fields(Member):
        value = getattr(member, f.name)
        if f.name in _ENUMS:
            # Enum members are str too; cleaning them would leave plain strings behind.
            values[f.name] = _as_enum(_ENUMS[f.name], value)
        elif isinstance(value, str) and f.name != "id":
            values[f.name] = clean_text(value)
        else:
            values[f.name] = value
    result = replace(member, **values)
    result.status = result.status or MemberStatus.ACTIVE
    result.phone = normalize_phone(result.phone)
    if not result.given_name:
        raise ValidationError("member_given_name_required")
    if result.email and not _EMAIL.match(result.email):
        raise ValidationError("member_email_invalid", email=result.email)
    today = date.today()
    if result.birth_date is not None:
        if not date(1900, 1, 1) <= result.birth_date <= today:
            raise ValidationError(
                "member_birth_date_out_of_range", value=result.birth_date.isoformat()
            )
        result.birth_year = result.birth_date.year
    if result.birth_year is not None and not 1900 <= result.birth_year <= today.year:
        raise ValidationError("member_birth_date_out_of_range", value=str(result.birth_year))
    if result.joined_union_date is not None and result.joined_union_date > today:
        raise ValidationError("member_joined_in_future", value=result.joined_union_date.isoformat())
    return result


def same_birth(a: Member, b: Member) -> bool:
    """True when both birth dates (or, lacking dates, both birth years) are known and equal."""
    if a.birth_date and b.birth_date:
        return a.birth_date == b.birth_date
    return a.birth_year is not None and a.birth_year == b.birth_year
