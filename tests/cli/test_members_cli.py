"""``members import`` of office member lists and ``members list``."""

from __future__ import annotations

import pytest

from tests import member_lists as lists


@pytest.fixture
def branch_db(cli, tmp_path):
    """A data file whose own unit is the office branch the office list belongs to."""
    path = tmp_path / "chi-doan.db"
    result = cli(
        "--db",
        path,
        "init",
        "--unit-code",
        "CD-UBND-PD",
        "--unit-name",
        "Chi đoàn cơ quan UBND",
        "--level",
        "Chi đoàn",
        "--parent-code",
        "DX-PD",
        "--parent-name",
        "Đoàn xã Phước Dân",
    )
    assert result.code == 0, result.err
    return path


@pytest.fixture
def imported(cli, branch_db, office_list):
    result = cli("--db", branch_db, "members", "import", office_list, "--json")
    assert result.code == 0, result.out + result.err
    return branch_db


def test_dry_run_previews_and_changes_nothing(cli, branch_db, office_list):
    """--dry-run reports 12 to create and leaves the member list empty."""
    result = cli("--db", branch_db, "members", "import", office_list, "--dry-run", "--json")
    assert result.code == 0, result.out + result.err
    document = result.json()
    assert document["dry_run"] is True
    assert (document["created"], document["updated"]) == (12, 0)
    assert document["errors"] == []
    assert cli("--db", branch_db, "members", "list", "--json").json() == []


def test_dry_run_human_output_in_vietnamese(cli, branch_db, office_list):
    """A dry run without --json prints the Vietnamese counts and says nothing changed."""
    result = cli("--db", branch_db, "members", "import", office_list, "--dry-run")
    assert result.code == 0, result.err
    assert "Thêm mới: 12" in result.out
    assert "Chạy thử: chưa có gì thay đổi" in result.out
    assert cli("--db", branch_db, "members", "list", "--json").json() == []


def test_import_creates_twelve_then_nothing(cli, branch_db, office_list):
    """The office list creates 12 members; importing it again creates none."""
    first = cli("--db", branch_db, "members", "import", office_list, "--json")
    assert first.code == 0, first.out + first.err
    document = first.json()
    assert set(document) >= {"created", "updated", "skipped", "errors", "warnings"}
    assert document["created"] == 12 and document["updated"] == 0
    assert document["errors"] == []
    for warning in document["warnings"]:
        assert {"row", "message", "code"} <= set(warning)
    second = cli("--db", branch_db, "members", "import", office_list, "--json").json()
    assert second["created"] == 0 and second["updated"] == 0
    assert len(cli("--db", branch_db, "members", "list", "--json").json()) == 12


def test_import_human_output(cli, branch_db, office_list):
    """A real import without --json confirms in Vietnamese."""
    result = cli("--db", branch_db, "members", "import", office_list)
    assert result.code == 0, result.err
    assert "Thêm mới: 12" in result.out
    assert "Đã nhập danh sách đoàn viên" in result.out


def test_members_list_json_fields_and_order(cli, imported):
    """members list --json: 12 members in Vietnamese order with the contract's fields."""
    members = cli("--db", imported, "members", "list", "--json").json()
    assert [m["full_name"] for m in members] == lists.OFFICE_ORDER
    required = {
        "id",
        "unit_code",
        "status",
        "full_name",
        "family_middle_name",
        "given_name",
        "gender",
        "birth_date",
        "birth_year",
        "phone",
        "position",
        "department",
        "possible_duplicate",
    }
    for member in members:
        assert required <= set(member)
        assert member["unit_code"] == "CD-UBND-PD"
        assert member["status"] == "active"
        assert member["gender"] in ("Nam", "Nữ")
    by_name = {m["full_name"]: m for m in members}
    an = by_name["Nguyễn Văn An"]
    assert an["phone"] == "0912345678"
    assert an["gender"] == "Nam"
    assert (an["family_middle_name"], an["given_name"]) == ("Nguyễn Văn", "An")
    ngoc = by_name["Trần Thị Bích Ngọc"]
    assert ngoc["birth_date"] == "1996-12-05" and ngoc["gender"] == "Nữ"
    phuc = by_name["Lê Hoàng Phúc"]
    assert phuc["birth_date"] is None and phuc["birth_year"] == 1994
    assert phuc["phone"] == ""
    hung = [m for m in members if m["full_name"] == "Nguyễn Văn Hùng"]
    assert [m["possible_duplicate"] for m in hung] == [True, True]
    assert an["possible_duplicate"] is False


def test_members_list_human_table(cli, imported):
    """members list prints a Vietnamese table with dd/MM/yyyy dates and a total."""
    result = cli("--db", imported, "members", "list")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].startswith("STT") and "Họ và tên" in lines[0]
    assert "Trần Thị Bích Ngọc" in result.out and "05/12/1996" in result.out
    assert "1994" in result.out
    assert "0912345678" in result.out
    assert "Tổng cộng: 12 đoàn viên." in result.out
    names = [line for line in lines[2:14]]
    assert "Nguyễn Văn An" in names[0] and "Ngô Thị Yến" in names[-1]


def test_members_list_by_unit(cli, imported):
    """--unit limits the list to one unit; an unknown unit code is refused."""
    assert (
        len(cli("--db", imported, "members", "list", "--unit", "CD-UBND-PD", "--json").json()) == 12
    )
    refused = cli("--db", imported, "members", "list", "--unit", "KHONG-CO")
    assert refused.code == 1
    assert "KHONG-CO" in refused.err


def test_import_missing_file_is_refused(cli, branch_db, tmp_path):
    """Importing a file that does not exist exits 1 with a Vietnamese message."""
    result = cli("--db", branch_db, "members", "import", tmp_path / "khong-co.xlsx")
    assert result.code == 1
    assert "Không tìm thấy tệp" in result.err


def test_import_of_a_non_workbook_is_refused_and_changes_nothing(cli, branch_db, tmp_path):
    """A CSV renamed to .xlsx is refused with exit 1; no member is created."""
    fake = tmp_path / "danh-sach.xlsx"
    fake.write_text("STT,Họ và tên\n1,Nguyễn Văn An\n", encoding="utf-8")
    result = cli("--db", branch_db, "members", "import", fake, "--json")
    assert result.code == 1
    document = result.json()
    assert document["ok"] is False and document["errors"]
    assert all(e["message"] for e in document["errors"])
    assert cli("--db", branch_db, "members", "list", "--json").json() == []


def _list_with_a_bad_date(path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Danh sách"
    sheet.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số điện thoại"])
    sheet.append([1, "Nguyễn Văn An", "12/03/1995", "Nam", "0912345678"])
    sheet.append([2, "Trần Thị Bình", "31/02/1996", "Nữ", "0987654321"])
    workbook.save(path)
    return path


def test_row_errors_fail_the_dry_run_and_are_left_out_of_the_import(cli, branch_db, tmp_path):
    """A bad row makes the dry run exit 1; the real run imports the good rows and lists it."""
    workbook = _list_with_a_bad_date(tmp_path / "danh-sach.xlsx")
    dry = cli("--db", branch_db, "members", "import", workbook, "--dry-run", "--json")
    assert dry.code == 1
    document = dry.json()
    assert document["ok"] is False and document["created"] == 1
    (error,) = document["errors"]
    assert error["row"] == 3 and error["cell"] == "C3"
    assert error["code"] == "member_import_invalid_date" and "31/02/1996" in error["message"]
    assert cli("--db", branch_db, "members", "list", "--json").json() == []

    real = cli("--db", branch_db, "members", "import", workbook)
    assert real.code == 0
    assert "Thêm mới: 1" in real.out and "lỗi: 1" in real.out
    assert "Dòng 3" in real.err and "không được nhập" in real.err
    names = [m["full_name"] for m in cli("--db", branch_db, "members", "list", "--json").json()]
    assert names == ["Nguyễn Văn An"]


def test_sheet_option(cli, branch_db, office_list):
    """--sheet picks the sheet by name; an unknown sheet is refused and names the real ones."""
    found = cli(
        "--db",
        branch_db,
        "members",
        "import",
        office_list,
        "--sheet",
        lists.OFFICE_SHEET,
        "--dry-run",
        "--json",
    )
    assert found.code == 0 and found.json()["created"] == 12
    missing = cli(
        "--db", branch_db, "members", "import", office_list, "--sheet", "Khong co", "--dry-run"
    )
    assert missing.code == 1
    assert lists.OFFICE_SHEET in missing.err


# --- legacy encodings (TCVN3, VNI) ----------------------------------------------------------

LEGACY_NAMES = {"tcvn3": "TCVN3", "vni": "VNI"}


def _member_names(cli, db) -> list[str]:
    return [m["full_name"] for m in cli("--db", db, "members", "list", "--json").json()]


@pytest.mark.parametrize("dry_run", [False, True], ids=["real", "dry-run"])
@pytest.mark.parametrize("encoding", sorted(lists.LEGACY_LISTS))
def test_legacy_list_without_the_flag_is_refused(cli, branch_db, snapshot, encoding, dry_run):
    """A TCVN3/VNI list without --convert-legacy exits 1, stores nothing, names what to do."""
    path = lists.LEGACY_LISTS[encoding]
    before = snapshot(branch_db)
    flags = ["--dry-run"] if dry_run else []
    result = cli("--db", branch_db, "members", "import", path, *flags)
    assert result.code == 1, result.out + result.err
    assert snapshot(branch_db) == before
    assert _member_names(cli, branch_db) == []
    message = result.err
    for part in (path.name, lists.LEGACY_SHEET, LEGACY_NAMES[encoding], lists.LEGACY_FIRST_CELL):
        assert part in message, (part, message)
    assert "--convert-legacy" in message and "Chưa nhập gì" in message
    assert lists.LEGACY_FIRST_TEXT[encoding] in message and "Nguyễn Văn An" in message


@pytest.mark.parametrize("encoding", sorted(lists.LEGACY_LISTS))
def test_legacy_refusal_in_json_and_english(cli, branch_db, snapshot, encoding):
    """In English --json: ok false, one error naming the place, and the dry run equals the real."""
    path = lists.LEGACY_LISTS[encoding]
    before = snapshot(branch_db)
    real = cli("--db", branch_db, "--lang", "en", "members", "import", path, "--json")
    dry = cli("--db", branch_db, "--lang", "en", "members", "import", path, "--dry-run", "--json")
    assert (real.code, dry.code) == (1, 1)
    assert snapshot(branch_db) == before
    document = real.json()
    assert document["ok"] is False
    assert document["legacy_encoding"] == encoding
    (error,) = document["errors"]
    assert error["code"] == "cli_import_legacy_refused"
    assert error["params"]["encoding"] == LEGACY_NAMES[encoding]
    assert (error["row"], error["cell"]) == (4, lists.LEGACY_FIRST_CELL)
    assert "--convert-legacy" in error["message"] and "Nothing was imported" in error["message"]
    assert {k: v for k, v in dry.json().items() if k != "dry_run"} == {
        k: v for k, v in document.items() if k != "dry_run"
    }


@pytest.mark.parametrize("encoding", sorted(lists.LEGACY_LISTS))
def test_legacy_list_with_the_flag_is_converted(cli, branch_db, encoding):
    """With --convert-legacy the names, genders and positions are stored as Unicode."""
    path = lists.LEGACY_LISTS[encoding]
    result = cli("--db", branch_db, "members", "import", path, "--convert-legacy", "--json")
    assert result.code == 0, result.out + result.err
    document = result.json()
    assert document["created"] == len(lists.LEGACY_MEMBERS) and document["errors"] == []
    assert (document["legacy_encoding"], document["converted_legacy"]) == (encoding, True)
    members = cli("--db", branch_db, "members", "list", "--json").json()
    stored = {(m["full_name"], m["gender"], m["position"]) for m in members}
    assert stored == set(lists.LEGACY_MEMBERS.values())
    assert "Nguyễn Văn An" in _member_names(cli, branch_db)
