"""MemberService: cleaning input, Vietnamese order, duplicates, status, soft deletion."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from bamtrachnhiem.domain.clock import SetClock
from bamtrachnhiem.domain.errors import NotFoundError, ValidationError
from bamtrachnhiem.domain.records import EmploymentKind, Gender, Member, MemberStatus, Unit
from bamtrachnhiem.services.members import MemberService
from bamtrachnhiem.services.units import UnitService

OWN = "CD-UBND-PD"  # the own unit opened_db creates


@pytest.fixture
def members(opened_db) -> MemberService:
    """The member service over a fresh database with its own unit."""
    return MemberService(opened_db)


def _raw_row(database, member_id: str) -> dict[str, object]:
    conn = sqlite3.connect(database.path)
    conn.row_factory = sqlite3.Row
    try:
        return dict(conn.execute("SELECT * FROM member WHERE id = ?", (member_id,)).fetchone())
    finally:
        conn.close()


def test_save_creates_a_member_with_a_uuid_in_the_own_unit(members, opened_db) -> None:
    """A new member gets a UUID4 id, the own unit, and created_at == updated_at."""
    saved = members.save(
        Member(
            given_name="An",
            family_middle_name="Nguyễn Văn",
            gender=Gender.MALE,
            birth_date=date(1996, 3, 5),
            employment_kind=EmploymentKind.CIVIL_SERVANT,
            party_member=True,
        )
    )
    assert uuid.UUID(saved.id).version == 4
    assert saved.unit_code == OWN
    assert saved.full_name == "Nguyễn Văn An"
    assert saved.gender is Gender.MALE
    assert saved.employment_kind is EmploymentKind.CIVIL_SERVANT
    assert saved.status is MemberStatus.ACTIVE
    assert saved.birth_year == 1996
    assert members.get(saved.id) == saved
    row = _raw_row(opened_db, saved.id)
    assert row["created_at"] == row["updated_at"] == saved.updated_at
    assert (row["gender"], row["status"], row["birth_date"]) == ("Nam", "active", "1996-03-05")


def test_enum_fields_given_as_plain_text_are_accepted(members) -> None:
    """Gender, status and employment kind typed as their stored text are stored as enums."""
    saved = members.save(
        Member(given_name="Bình", gender="Nữ", status="aged_out", employment_kind="hop_dong")
    )
    assert saved.gender is Gender.FEMALE
    assert saved.status is MemberStatus.AGED_OUT
    assert saved.employment_kind is EmploymentKind.CONTRACT


def test_text_is_nfc_trimmed_and_collapsed(members, opened_db) -> None:
    """NFD input is stored NFC ("Tra\u0302\u0300n" → "Trần"); spaces trimmed and collapsed."""
    saved = members.save(
        Member(
            given_name="  Hu\u0300ng\u00a0 ",
            family_middle_name=" Tra\u0302\u0300n   Va\u0306n ",
            department="Pho\u0300ng  Tư pháp",
        )
    )
    row = _raw_row(opened_db, saved.id)
    assert row["family_middle_name"] == "Trần Văn"
    assert row["given_name"] == "Hùng"
    assert row["department"] == "Phòng Tư pháp"
    assert row["search_key"] == "tran van hung"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("+84 912 345 678", "0912345678"),
        ("0912.345.678", "0912345678"),
        ("912345678", "0912345678"),
        ("", ""),
    ],
)
def test_phone_is_normalised(members, typed: str, stored: str) -> None:
    """Phones are stored as digits with the leading 0."""
    assert members.save(Member(given_name="Cường", phone=typed)).phone == stored


def test_email_is_validated(members, opened_db, snapshot) -> None:
    """A plausible e-mail is kept; a malformed one is member_email_invalid, nothing stored."""
    assert members.save(Member(given_name="Dung", email=" dung@ubnd.gov.vn ")).email == (
        "dung@ubnd.gov.vn"
    )
    before = snapshot(opened_db.path)
    for bad in ["dung@", "dung ubnd@gov.vn", "dung.gov.vn", "a@b"]:
        with pytest.raises(ValidationError) as info:
            members.save(Member(given_name="Dung", email=bad))
        assert info.value.code == "member_email_invalid"
    assert snapshot(opened_db.path) == before


@pytest.mark.parametrize(
    "member",
    [
        Member(given_name="Em", birth_date=date.today() + timedelta(days=1)),
        Member(given_name="Em", birth_date=date(1899, 12, 31)),
        Member(given_name="Em", birth_year=1850),
        Member(given_name="Em", birth_year=date.today().year + 1),
    ],
    ids=["future_date", "ancient_date", "ancient_year", "future_year"],
)
def test_implausible_birth_is_refused(members, member: Member) -> None:
    """A birth in the future or before 1900 is member_birth_date_out_of_range."""
    with pytest.raises(ValidationError) as info:
        members.save(member)
    assert info.value.code == "member_birth_date_out_of_range"
    assert members.count() == 0


def test_given_name_required_and_join_date_not_in_future(members) -> None:
    """A blank given name and a join date in the future are refused."""
    with pytest.raises(ValidationError, match="member_given_name_required"):
        members.save(Member(given_name=" \u200b ", family_middle_name="Lê"))
    with pytest.raises(ValidationError, match="member_joined_in_future"):
        members.save(Member(given_name="Giang", joined_union_date=date.today() + timedelta(1)))
    assert members.count() == 0


def test_list_is_in_vietnamese_order_by_given_then_family_name(members) -> None:
    """Sorted by tên the Vietnamese way (d before đ, a before á), then by họ đệm."""
    for given in ["Đức", "Dũng", "Bình", "Ánh", "An"]:
        members.save(Member(given_name=given, family_middle_name="Nguyễn Văn"))
    for family in ["Đỗ Thị", "Trần", "Dương Văn", "Bùi"]:
        members.save(Member(given_name="Yến", family_middle_name=family))
    listed = [(x.given_name, x.family_middle_name) for x in members.find()]
    assert [g for g, _f in listed[:5]] == ["An", "Ánh", "Bình", "Dũng", "Đức"]
    assert [f for _g, f in listed[5:]] == ["Bùi", "Dương Văn", "Đỗ Thị", "Trần"]


def test_list_filters_by_unit_and_status(members, opened_db) -> None:
    """list() can be narrowed to one unit and to some statuses."""
    UnitService(opened_db).add(Unit(code="CD-VP", name="Chi đoàn Văn phòng", parent_code=OWN))
    a = members.save(Member(given_name="An"))
    b = members.save(Member(given_name="Bảo", unit_code="CD-VP"))
    c = members.save(Member(given_name="Cúc"))
    members.set_status(c.id, MemberStatus.TRANSFERRED, date(2024, 5, 1))
    assert [x.id for x in members.find(unit_code="CD-VP")] == [b.id]
    assert [x.id for x in members.find(statuses=[MemberStatus.ACTIVE])] == [a.id, b.id]
    assert [x.id for x in members.find(OWN, [MemberStatus.TRANSFERRED])] == [c.id]
    assert members.count(OWN) == 2


def test_save_into_an_unknown_unit_is_refused(members) -> None:
    """A member may only be stored in a unit that exists in this database."""
    with pytest.raises(ValidationError) as info:
        members.save(Member(given_name="An", unit_code="KHONG-CO"))
    assert info.value.code == "unit_not_found"
    assert members.count() == 0


def test_same_folded_name_flags_both_members(members) -> None:
    """Two members whose names fold alike are each marked a possible duplicate of the other."""
    first = members.save(Member(given_name="An", family_middle_name="Nguyễn Văn"))
    second = members.save(Member(given_name="AN", family_middle_name="Nguyen  van"))
    other = members.save(Member(given_name="Anh", family_middle_name="Nguyễn Văn"))
    flags = {x.id: x.possible_duplicate_of for x in members.find()}
    assert flags[first.id] == [second.id]
    assert flags[second.id] == [first.id]
    assert flags[other.id] == []
    assert members.get(first.id).possible_duplicate_of == [second.id]


def test_possible_duplicates_same_birth_first_same_unit_only(members, opened_db) -> None:
    """possible_duplicates() lists same-name members of the unit, same birth date first."""
    UnitService(opened_db).add(Unit(code="CD-VP", name="Chi đoàn Văn phòng", parent_code=OWN))
    no_date = members.save(Member(given_name="Hoa", family_middle_name="Lê Thị"))
    other_date = members.save(
        Member(given_name="Hoa", family_middle_name="Lê Thị", birth_date=date(1990, 1, 1))
    )
    same_date = members.save(
        Member(given_name="Hoa", family_middle_name="Lê Thị", birth_date=date(1995, 5, 5))
    )
    members.save(Member(given_name="Hoa", family_middle_name="Lê Thị", unit_code="CD-VP"))
    deleted = members.save(Member(given_name="Hoa", family_middle_name="Lê Thị"))
    members.delete(deleted.id)

    candidate = Member(given_name="hoa", family_middle_name="Le Thi", birth_date=date(1995, 5, 5))
    found = [x.id for x in members.possible_duplicates(candidate)]

    assert found[0] == same_date.id
    assert sorted(found[1:]) == sorted([no_date.id, other_date.id])


def test_set_status_records_date_and_note_and_active_clears_them(members) -> None:
    """Transferred / aged out keep their date and note; back to active clears the date."""
    saved = members.save(Member(given_name="Khánh"))
    moved = members.set_status(
        saved.id, MemberStatus.TRANSFERRED, date(2024, 9, 1), " Chuyển về  Đoàn xã "
    )
    assert moved.status is MemberStatus.TRANSFERRED
    assert moved.status_date == date(2024, 9, 1)
    assert moved.status_note == "Chuyển về Đoàn xã"
    assert moved.updated_at > saved.updated_at
    aged = members.set_status(saved.id, "aged_out", date(2025, 3, 26), "Đủ 30 tuổi")
    assert (aged.status, aged.status_date) == (MemberStatus.AGED_OUT, date(2025, 3, 26))
    back = members.set_status(saved.id, MemberStatus.ACTIVE, date(2025, 4, 1))
    assert back.status is MemberStatus.ACTIVE
    assert back.status_date is None
    assert back.status_note == ""
    with pytest.raises(NotFoundError):
        members.set_status("khong-co", MemberStatus.AGED_OUT, date(2025, 1, 1))


def test_update_keeps_id_and_creation_time(members, opened_db) -> None:
    """Saving a stored member again updates it in place; created_at stays, updated_at moves."""
    saved = members.save(Member(given_name="Lan", family_middle_name="Vũ Thị"))
    saved.phone = "0987 654 321"
    saved.family_middle_name = "Vũ Thị Ngọc"
    again = members.save(saved)
    assert again.id == saved.id
    assert again.full_name == "Vũ Thị Ngọc Lan"
    assert again.phone == "0987654321"
    row = _raw_row(opened_db, saved.id)
    assert row["created_at"] < row["updated_at"]
    assert members.count() == 1


def test_add_many_adds_a_list_in_order_with_the_clock(members, opened_db) -> None:
    """add_many stores every member cleaned, in the own unit, each stamped by the clock."""
    opened_db.clock = SetClock(datetime(2024, 9, 2, 8, 30, tzinfo=UTC))
    members.save(Member(given_name="An", family_middle_name="Nguyễn Văn"))
    added = members.add_many(
        [
            Member(
                given_name=" Bình ", family_middle_name="Tra\u0302\u0300n Thị", phone="091 234 5678"
            ),
            Member(given_name="An", family_middle_name="Nguyễn  Văn", birth_date=date(1996, 3, 5)),
            Member(given_name="Chi", unit_code=OWN, status="transferred"),
        ]
    )
    assert [m.full_name for m in added] == ["Trần Thị Bình", "Nguyễn Văn An", "Chi"]
    assert all(uuid.UUID(m.id).version == 4 and m.unit_code == OWN for m in added)
    assert added[0].phone == "0912345678" and added[2].status is MemberStatus.TRANSFERRED
    assert added[1].birth_year == 1996
    assert added[1].possible_duplicate_of and added[0].possible_duplicate_of == []
    assert [members.get(m.id) for m in added] == [replace(m, search_text="") for m in added]
    stamps = [_raw_row(opened_db, m.id)["created_at"] for m in added]
    assert stamps == sorted(stamps) and len(set(stamps)) == 3
    assert stamps[0].startswith("2024-09-02T08:30:00.0000")
    assert all(_raw_row(opened_db, m.id)["updated_at"] == m.updated_at for m in added)


def test_add_many_is_all_or_nothing(members, opened_db, snapshot) -> None:
    """One refused member, an unknown unit or a stored id refuses the whole list."""
    before = snapshot(opened_db.path)
    with pytest.raises(ValidationError) as info:
        members.add_many([Member(given_name="Dung"), Member(given_name="Dung", email="dung@")])
    assert info.value.code == "member_email_invalid"
    with pytest.raises(ValidationError) as info:
        members.add_many([Member(given_name="Em"), Member(given_name="Em", unit_code="CD-X")])
    assert info.value.code == "unit_not_found"
    with pytest.raises(ValueError):
        members.add_many([Member(given_name="Giang", id=str(uuid.uuid4()))])
    assert snapshot(opened_db.path) == before
    assert members.add_many([]) == []


def test_add_many_takes_lists_longer_than_one_statement(members) -> None:
    """A list longer than one INSERT can bind (SQLite's 999 variables) is stored whole."""
    added = members.add_many([Member(given_name=f"Hà {n:03d}") for n in range(150)])
    assert len(added) == members.count() == 150
    assert [m.given_name for m in added] == [f"Hà {n:03d}" for n in range(150)]


def test_soft_delete_hides_but_keeps_the_row(members, opened_db) -> None:
    """delete() hides a member from list/get/count; the row stays with deleted_at set."""
    kept = members.save(Member(given_name="Mai"))
    gone = members.save(Member(given_name="Minh"))
    members.delete(gone.id)
    assert [x.id for x in members.find()] == [kept.id]
    assert members.count() == 1
    with pytest.raises(NotFoundError):
        members.get(gone.id)
    row = _raw_row(opened_db, gone.id)
    assert row["deleted_at"] is not None
    assert row["updated_at"] == row["deleted_at"]
    assert row["updated_at"] > gone.updated_at
    with pytest.raises(NotFoundError):
        members.delete(gone.id)
    with pytest.raises(NotFoundError):
        members.save(gone)


def _write_then_fail(monkeypatch, model: type, method: str) -> None:
    """Make ``model.method(...).execute()`` do its write and then fail, as a crash would."""
    real = getattr(model, method)

    class WriteThenFail:
        def __init__(self, query: object) -> None:
            self.query = query

        def where(self, *conditions: object) -> WriteThenFail:
            self.query = self.query.where(*conditions)
            return self

        def execute(self) -> object:
            self.query.execute()
            raise RuntimeError("power cut after the write")

    monkeypatch.setattr(model, method, lambda *a, **k: WriteThenFail(real(*a, **k)))


@pytest.mark.parametrize("change", ["create", "create_many", "update", "set_status", "delete"])
def test_every_member_write_is_one_transaction(
    members, opened_db, snapshot, monkeypatch, change: str
) -> None:
    """A failure right after a member row is written leaves the database unchanged."""
    m = opened_db.models
    saved = members.save(Member(given_name="Nam"))
    before = snapshot(opened_db.path)
    method = {"create": "insert", "create_many": "insert_many"}.get(change, "update")
    _write_then_fail(monkeypatch, m.Member, method)
    with pytest.raises(RuntimeError):
        if change == "create":
            members.save(Member(given_name="Oanh"))
        elif change == "create_many":
            members.add_many([Member(given_name="Oanh"), Member(given_name="Phúc")])
        elif change == "update":
            saved.given_name = "Phong"
            members.save(saved)
        elif change == "set_status":
            members.set_status(saved.id, MemberStatus.TRANSFERRED, date(2024, 1, 1))
        else:
            members.delete(saved.id)
    monkeypatch.undo()
    assert snapshot(opened_db.path) == before
    assert [x.given_name for x in members.find()] == ["Nam"]
