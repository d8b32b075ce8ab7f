"""UnitService: the own unit, units below it, codes, updates and level labels."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from bamtrachnhiem.domain.errors import NotFoundError, ValidationError
from bamtrachnhiem.domain.records import Unit
from bamtrachnhiem.services.units import DEFAULT_LEVEL_LABELS, UnitService
from bamtrachnhiem.storage.database import open_database

OWN = "CD-UBND-PD"  # the own unit opened_db creates


@pytest.fixture
def fresh_db(tmp_path: Path):
    """A new database with no own unit yet."""
    database = open_database(tmp_path / "fresh.db", create=True)
    try:
        yield database
    finally:
        database.close()


def test_create_own_unit_once(fresh_db, snapshot) -> None:
    """The first own unit is stored as the root; a second one is refused and changes nothing."""
    service = UnitService(fresh_db)
    assert service.own_unit() is None
    made = service.create_own(Unit(code="DX-PD", name="Đoàn xã Phước Dân", level="Đoàn xã"))
    assert made.is_own
    assert service.own_unit() == made
    before = snapshot(fresh_db.path)
    with pytest.raises(ValidationError) as info:
        service.create_own(Unit(code="DX-KHAC", name="Đoàn xã khác"))
    assert info.value.code == "own_unit_exists"
    assert info.value.params["code"] == "DX-PD"
    assert snapshot(fresh_db.path) == before


def test_add_unit_below_an_existing_one(opened_db) -> None:
    """A unit whose parent is in the database is added, not as the own unit."""
    service = UnitService(opened_db)
    added = service.add(Unit(code="CD-VP", name="Chi đoàn Văn phòng", parent_code=OWN))
    assert not added.is_own
    assert service.get("CD-VP").parent_code == OWN
    deeper = service.add(Unit(code="TO-1", name="Tổ 1", parent_code="CD-VP"))
    assert deeper.parent_code == "CD-VP"
    assert [u.code for u in service.find()] == [OWN, "CD-VP", "TO-1"]


@pytest.mark.parametrize("parent", ["KHONG-CO", None, ""], ids=["unknown", "none", "blank"])
def test_add_with_unknown_parent_is_refused(opened_db, snapshot, parent) -> None:
    """A parent that is not in the database is unit_parent_unknown; nothing is stored."""
    before = snapshot(opened_db.path)
    with pytest.raises(ValidationError) as info:
        UnitService(opened_db).add(Unit(code="CD-X", name="Chi đoàn X", parent_code=parent))
    assert info.value.code == "unit_parent_unknown"
    assert snapshot(opened_db.path) == before


def test_taken_code_is_refused(opened_db) -> None:
    """Adding a unit with a code already used is unit_code_taken."""
    service = UnitService(opened_db)
    with pytest.raises(ValidationError) as info:
        service.add(Unit(code=OWN, name="Trùng mã", parent_code=OWN))
    assert info.value.code == "unit_code_taken"
    assert service.get(OWN).name == "Chi đoàn UBND phường Phú Diễn"


@pytest.mark.parametrize("code", ["CD UBND", "CD\tUBND", "CD\u00a0UBND"])
def test_code_with_spaces_is_refused(opened_db, code: str) -> None:
    """A code with inner whitespace (also a no-break space) is unit_code_spaces."""
    with pytest.raises(ValidationError) as info:
        UnitService(opened_db).add(Unit(code=code, name="Chi đoàn", parent_code=OWN))
    assert info.value.code == "unit_code_spaces"


def test_code_and_name_are_required_and_trimmed(opened_db) -> None:
    """Blank code or name is refused; surrounding spaces are trimmed, NFD becomes NFC."""
    service = UnitService(opened_db)
    with pytest.raises(ValidationError, match="unit_code_required"):
        service.add(Unit(code="  ", name="Chi đoàn", parent_code=OWN))
    with pytest.raises(ValidationError, match="unit_name_required"):
        service.add(Unit(code="CD-Y", name=" \u200b ", parent_code=OWN))
    nfd_name = unicodedata.normalize("NFD", "Chi đoàn Trường học")
    added = service.add(Unit(code="  CD-Y ", name=f"  {nfd_name}  ", parent_code=OWN))
    assert added.code == "CD-Y"
    stored = service.get("CD-Y")
    assert stored.name == "Chi đoàn Trường học"
    assert unicodedata.is_normalized("NFC", stored.name)


def test_update_changes_fields_but_keeps_code_and_place(opened_db) -> None:
    """update() rewrites names and document fields; the code and a child's parent stay."""
    m = opened_db.models
    service = UnitService(opened_db)
    service.add(Unit(code="CD-VP", name="Chi đoàn Văn phòng", parent_code=OWN))
    service.add(Unit(code="CD-KHAC", name="Chi đoàn khác", parent_code=OWN))
    before = m.Unit.get(m.Unit.code == "CD-VP").updated_at
    changed = service.update(
        Unit(
            code="CD-VP",
            name="Chi đoàn Văn phòng HĐND-UBND",
            parent_code="CD-KHAC",
            doc_symbol="ĐTN",
            place_name="Phú Diễn",
            has_standing_committee=True,
            is_own=True,
        )
    )
    assert changed.code == "CD-VP"
    assert changed.name == "Chi đoàn Văn phòng HĐND-UBND"
    assert changed.parent_code == OWN
    assert changed.doc_symbol == "ĐTN"
    assert changed.has_standing_committee
    assert not changed.is_own
    assert UnitService(opened_db).own_unit().code == OWN
    assert m.Unit.get(m.Unit.code == "CD-VP").updated_at > before


def test_update_of_own_unit_may_name_its_higher_unit(opened_db) -> None:
    """The own unit's parent (the higher unit, not in this file) can be set by update()."""
    service = UnitService(opened_db)
    own = service.own_unit()
    own.parent_code = "DK-CQ"
    own.parent_name = "Đoàn khối các cơ quan"
    changed = service.update(own)
    assert changed.is_own
    assert (changed.parent_code, changed.parent_name) == ("DK-CQ", "Đoàn khối các cơ quan")


def test_update_of_unknown_unit_is_not_found(opened_db) -> None:
    """Updating a code that is not in the database is unit_not_found."""
    with pytest.raises(NotFoundError) as info:
        UnitService(opened_db).update(Unit(code="KHONG-CO", name="Không có"))
    assert info.value.code == "unit_not_found"
    assert [u.code for u in UnitService(opened_db).find()] == [OWN]


def test_level_labels_default_and_settable(opened_db) -> None:
    """Level labels start at the defaults; set ones are cleaned, kept in order and persist."""
    service = UnitService(opened_db)
    assert service.level_labels() == DEFAULT_LEVEL_LABELS
    nfd = unicodedata.normalize("NFD", "Chi đoàn")
    service.set_level_labels(["  Đoàn cơ sở ", "", "  ", nfd, "Tổ Đoàn"])
    assert service.level_labels() == ["Đoàn cơ sở", "Chi đoàn", "Tổ Đoàn"]
    path = opened_db.path
    opened_db.close()
    reopened = open_database(path)
    try:
        assert UnitService(reopened).level_labels() == ["Đoàn cơ sở", "Chi đoàn", "Tổ Đoàn"]
    finally:
        reopened.close()


def test_unit_write_is_one_transaction(opened_db, snapshot, monkeypatch) -> None:
    """A failure right after the row is written leaves the database unchanged."""
    m = opened_db.models
    real_create = m.Unit.create

    def create_then_fail(**values: object) -> object:
        real_create(**values)
        raise RuntimeError("power cut after the insert")

    monkeypatch.setattr(m.Unit, "create", create_then_fail)
    before = snapshot(opened_db.path)
    with pytest.raises(RuntimeError):
        UnitService(opened_db).add(Unit(code="CD-VP", name="Chi đoàn", parent_code=OWN))
    assert snapshot(opened_db.path) == before
