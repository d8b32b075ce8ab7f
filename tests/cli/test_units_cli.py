"""``init`` and ``units``: creating a data file, adding and listing units, refusals."""

from __future__ import annotations

import sqlite3

from bamtrachnhiem.storage.lock import WriterLock


def test_init_creates_the_file_and_confirms_in_vietnamese(cli, db):
    """init makes the data file with its own unit and says so in Vietnamese."""
    result = cli("--db", db, "init", "--unit-code", "DX-PD", "--unit-name", "Đoàn xã Phước Dân")
    assert result.code == 0, result.err
    assert db.is_file()
    assert "Đã tạo tệp dữ liệu" in result.out and "Đoàn xã Phước Dân (DX-PD)" in result.out
    listed = cli("--db", db, "units", "list", "--json").json()
    assert listed == [
        {
            "code": "DX-PD",
            "name": "Đoàn xã Phước Dân",
            "level": "",
            "parent_code": None,
            "own": True,
        }
    ]


def test_init_keeps_level_and_parent(cli, db):
    """init stores the level and the parent unit code given with it."""
    result = cli(
        "--db",
        db,
        "init",
        "--unit-code",
        "CD-UBND",
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
    (unit,) = cli("--db", db, "units", "list", "--json").json()
    assert unit["level"] == "Chi đoàn" and unit["parent_code"] == "DX-PD" and unit["own"] is True


def test_init_refuses_a_file_that_has_an_own_unit(cli, initialised):
    """A second init on the same file is refused with exit 1 and changes nothing."""
    before = cli("--db", initialised, "units", "list", "--json").json()
    result = cli("--db", initialised, "init", "--unit-code", "KHAC", "--unit-name", "Khác")
    assert result.code == 1
    assert "đã có đơn vị của mình" in result.err
    assert result.out == ""
    assert cli("--db", initialised, "units", "list", "--json").json() == before


def test_refused_init_leaves_no_file_behind(cli, db):
    """An init refused for a bad unit code does not leave a half-made data file."""
    result = cli("--db", db, "init", "--unit-code", "CD UBND", "--unit-name", "Chi đoàn")
    assert result.code == 1
    assert "khoảng trắng" in result.err
    assert not db.exists()


def test_units_add_and_list_json_shape(cli, initialised):
    """units list --json is a list of {code, name, level, parent_code, own}, own unit first."""
    result = cli("--db", initialised, "units", "list", "--json")
    assert result.code == 0
    units = result.json()
    assert [set(u) for u in units] == [{"code", "name", "level", "parent_code", "own"}] * 2
    assert units[0] == {
        "code": "DX-PD",
        "name": "Đoàn xã Phước Dân",
        "level": "",
        "parent_code": None,
        "own": True,
    }
    assert units[1] == {
        "code": "CD-UBND",
        "name": "Chi đoàn cơ quan UBND",
        "level": "Chi đoàn",
        "parent_code": "DX-PD",
        "own": False,
    }


def test_global_json_flag_works_before_the_command(cli, initialised):
    """--json given before the command gives the same document as after it."""
    before = cli("--db", initialised, "--json", "units", "list")
    after = cli("--db", initialised, "units", "list", "--json")
    assert before.code == after.code == 0
    assert before.json() == after.json()


def test_units_list_human_table_in_vietnamese(cli, initialised):
    """Without --json, units list prints a Vietnamese table and a total."""
    result = cli("--db", initialised, "units", "list")
    assert result.code == 0
    header = result.out.splitlines()[0]
    assert header.split() == ["Mã", "Tên", "đơn", "vị", "Cấp", "Cấp", "trên", "Của", "mình"]
    assert "Chi đoàn cơ quan UBND" in result.out
    assert "Tổng cộng: 2 đơn vị." in result.out


def test_units_add_unknown_parent_is_refused_in_vietnamese(cli, initialised):
    """A parent code not in the file is refused with exit 1, a Vietnamese message, no change."""
    result = cli(
        "--db",
        initialised,
        "units",
        "add",
        "--code",
        "CD-YT",
        "--name",
        "Chi đoàn Trạm Y tế",
        "--parent-code",
        "KHONG-CO",
    )
    assert result.code == 1
    assert "KHONG-CO" in result.err and "chưa có trong tệp dữ liệu" in result.err
    assert "Traceback" not in result.err
    assert result.out == ""
    codes = [u["code"] for u in cli("--db", initialised, "units", "list", "--json").json()]
    assert codes == ["DX-PD", "CD-UBND"]


def test_lang_en_gives_english(cli, initialised):
    """--lang en turns both refusals and tables into English."""
    refused = cli(
        "--lang",
        "en",
        "--db",
        initialised,
        "units",
        "add",
        "--code",
        "CD-YT",
        "--name",
        "Y tế",
        "--parent-code",
        "KHONG-CO",
    )
    assert refused.code == 1
    assert "is not in this data file" in refused.err
    listed = cli("--lang", "en", "--db", initialised, "units", "list")
    assert listed.out.splitlines()[0].split() == ["Code", "Name", "Level", "Parent", "Own"]
    assert "Total: 2 units." in listed.out


def test_json_error_document_shape(cli, initialised):
    """With --json a refusal prints {ok: false, errors: [{code, message, params}]} on stdout."""
    result = cli(
        "--db",
        initialised,
        "--json",
        "units",
        "add",
        "--code",
        "CD-YT",
        "--name",
        "Y tế",
        "--parent-code",
        "KHONG-CO",
    )
    assert result.code == 1
    document = result.json()
    assert document["ok"] is False
    (error,) = document["errors"]
    assert error["code"] == "unit_parent_unknown"
    assert "chưa có trong tệp dữ liệu" in error["message"]
    assert error["params"]["parent"] == "KHONG-CO"


def test_foreign_sqlite_file_is_refused(cli, tmp_path):
    """Another application's SQLite file is refused with exit 1 and a Vietnamese reason."""
    foreign = tmp_path / "khac.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    for argv in (["units", "list"], ["init", "--unit-code", "A", "--unit-name", "B"], ["check"]):
        result = cli("--db", foreign, *argv)
        assert result.code == 1, argv
        assert "phần mềm khác" in result.err
        assert "Traceback" not in result.err
    with sqlite3.connect(foreign) as conn:
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("contacts",)]


def test_file_that_is_not_a_database_is_refused(cli, tmp_path):
    """A text file given as --db is refused with exit 1 and left as it was."""
    not_db = tmp_path / "ghi-chu.db"
    not_db.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    result = cli("--db", not_db, "members", "list")
    assert result.code == 1
    assert "không phải là tệp dữ liệu" in result.err
    assert not_db.read_text(encoding="utf-8") == "không phải cơ sở dữ liệu"


def test_missing_database_is_refused_for_list(cli, tmp_path):
    """Listing a data file that does not exist is refused and does not create it."""
    missing = tmp_path / "chua-co.db"
    result = cli("--db", missing, "units", "list")
    assert result.code == 1
    assert "Không tìm thấy tệp dữ liệu" in result.err
    assert not missing.exists()


def test_read_only_commands_work_while_another_program_writes(cli, initialised):
    """units list, members list and check still run while the GUI holds the writer lock."""
    lock = WriterLock(initialised.absolute())
    assert lock.acquire()
    try:
        assert cli("--db", initialised, "units", "list", "--json").code == 0
        assert cli("--db", initialised, "members", "list", "--json").code == 0
        assert cli("--db", initialised, "check").code == 0
        refused = cli(
            "--db",
            initialised,
            "units",
            "add",
            "--code",
            "X",
            "--name",
            "X",
            "--parent-code",
            "DX-PD",
        )
        assert refused.code == 1
        assert "đang được mở" in refused.err
    finally:
        lock.release()
