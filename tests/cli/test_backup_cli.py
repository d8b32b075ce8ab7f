"""``backup``, ``restore`` and ``check``."""

from __future__ import annotations

import sqlite3

from bamtrachnhiem.storage.database import Database


def _codes(cli, db):
    return [u["code"] for u in cli("--db", db, "units", "list", "--json").json()]


def test_backup_then_restore_brings_back_the_old_content(cli, initialised, tmp_path):
    """A unit added after a backup is gone once that backup is restored."""
    backup = tmp_path / "sao-luu.db"
    made = cli("--db", initialised, "backup", "-o", backup)
    assert made.code == 0, made.err
    assert backup.is_file() and "Đã sao lưu" in made.out
    cli(
        "--db",
        initialised,
        "units",
        "add",
        "--code",
        "CD-YT",
        "--name",
        "Chi đoàn Y tế",
        "--parent-code",
        "DX-PD",
    )
    assert _codes(cli, initialised) == ["DX-PD", "CD-UBND", "CD-YT"]
    restored = cli("--db", initialised, "restore", backup, "--json")
    assert restored.code == 0, restored.out + restored.err
    document = restored.json()
    assert document["ok"] is True and document["safety_backup"]
    assert _codes(cli, initialised) == ["DX-PD", "CD-UBND"]


def test_backup_into_a_folder_names_the_file(cli, initialised, tmp_path):
    """backup -o FOLDER writes a dated backup file inside that folder."""
    folder = tmp_path / "sao-luu"
    folder.mkdir()
    result = cli("--db", initialised, "--json", "backup", "-o", folder)
    assert result.code == 0, result.err
    (made,) = folder.iterdir()
    assert result.json()["backup"] == str(made)


def test_backup_refuses_to_overwrite_the_database(cli, initialised):
    """backup -o pointing at the data file itself is refused and the file stays sound."""
    result = cli("--db", initialised, "backup", "-o", initialised)
    assert result.code == 1
    assert "chính tệp dữ liệu" in result.err
    assert _codes(cli, initialised) == ["DX-PD", "CD-UBND"]


def test_backup_to_a_missing_folder_is_refused(cli, initialised, tmp_path):
    """backup into a folder that does not exist exits 1 with a Vietnamese message."""
    result = cli("--db", initialised, "backup", "-o", tmp_path / "khong-co" / "b.db")
    assert result.code == 1
    assert "không tồn tại" in result.err


def test_restore_refuses_a_foreign_file(cli, initialised, tmp_path):
    """Restoring another application's database exits 1 and changes nothing."""
    foreign = tmp_path / "khac.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    result = cli("--db", initialised, "restore", foreign)
    assert result.code == 1
    assert "phần mềm khác" in result.err
    assert _codes(cli, initialised) == ["DX-PD", "CD-UBND"]


def test_restore_onto_a_new_file(cli, initialised, tmp_path):
    """Restoring a backup to a data file that does not exist yet creates it."""
    backup = tmp_path / "sao-luu.db"
    assert cli("--db", initialised, "backup", "-o", backup).code == 0
    fresh = tmp_path / "may-moi" / "du-lieu.db"
    fresh.parent.mkdir()
    result = cli("--db", fresh, "restore", backup)
    assert result.code == 0, result.err
    assert _codes(cli, fresh) == ["DX-PD", "CD-UBND"]


def test_refused_restore_onto_a_new_file_leaves_nothing(cli, tmp_path):
    """A refused restore to a missing data file does not leave an empty one behind."""
    not_backup = tmp_path / "khong-phai.db"
    not_backup.write_text("xin chào", encoding="utf-8")
    fresh = tmp_path / "du-lieu.db"
    result = cli("--db", fresh, "restore", not_backup)
    assert result.code == 1
    assert not fresh.exists()


def test_check_summarises_a_sound_file(cli, initialised):
    """check says the file is sound and counts units and members; --json has the same facts."""
    human = cli("--db", initialised, "check")
    assert human.code == 0, human.err
    assert "nguyên vẹn" in human.out and "Số đơn vị: 2" in human.out
    assert "Số đoàn viên: 0" in human.out
    document = cli("--db", initialised, "check", "--json").json()
    assert document["ok"] is True and document["integrity"] == ["ok"]
    assert document["units"] == 2 and document["members"] == 0
    assert document["own_unit"] == "DX-PD"
    assert isinstance(document["schema_version"], int) and document["schema_version"] >= 1


def test_check_reports_damage_with_exit_1(cli, initialised, monkeypatch):
    """check exits 1 and prints the integrity report when the file is damaged."""
    monkeypatch.setattr(Database, "integrity_report", lambda self: ["row 3 missing from index"])
    result = cli("--db", initialised, "check")
    assert result.code == 1
    assert "lỗi toàn vẹn" in result.err and "row 3 missing from index" in result.err
    assert cli("--db", initialised, "--json", "check").json()["ok"] is False
