"""Usage errors, help, and unexpected failures: exit codes and language, never a traceback."""

from __future__ import annotations

import string

from bamtrachnhiem.cli import main as cli_main
from bamtrachnhiem.messages import CATALOGUE
from bamtrachnhiem.messages.cli import MESSAGES
from bamtrachnhiem.services.units import UnitService


def test_missing_subcommand_is_a_vietnamese_usage_error(cli, db):
    """'units' without add/list exits 2 with a Vietnamese message and the usage line."""
    result = cli("--db", db, "units")
    assert result.code == 2
    assert "Cách dùng: bamtrachnhiem-cli units" in result.err
    assert "lỗi: thiếu tham số bắt buộc" in result.err
    assert result.out == ""


def test_unknown_option_is_a_vietnamese_usage_error(cli, db):
    """An option the command does not know exits 2 and names it in Vietnamese."""
    result = cli("--db", db, "units", "list", "--tat-ca")
    assert result.code == 2
    assert "không hiểu các tham số: --tat-ca" in result.err


def test_required_option_missing_is_named(cli, db):
    """init without --unit-name exits 2 and names the missing option."""
    result = cli("--db", db, "init", "--unit-code", "DX-PD")
    assert result.code == 2
    assert "thiếu tham số bắt buộc: --unit-name" in result.err
    assert not db.exists()


def test_bad_language_is_refused_in_vietnamese(cli):
    """--lang with an unknown value exits 2 with the allowed choices."""
    result = cli("--lang", "fr", "units", "list")
    assert result.code == 2
    assert "giá trị 'fr' không hợp lệ" in result.err


def test_usage_error_in_english(cli, db):
    """--lang en keeps argparse's English usage errors."""
    result = cli("--lang", "en", "--db", db, "units")
    assert result.code == 2
    assert "usage: bamtrachnhiem-cli units" in result.err
    assert "error: the following arguments are required" in result.err


def test_usage_error_with_json_prints_one_document(cli, db):
    """With --json a usage error still prints one JSON document, code usage_error."""
    result = cli("--json", "--db", db, "units")
    assert result.code == 2
    document = result.json()
    assert document["ok"] is False
    assert document["errors"][0]["code"] == "usage_error"


def test_parent_code_without_parent_name_is_a_usage_error(cli, db):
    """init's --parent-code and --parent-name go together, or it is exit 2."""
    result = cli("--db", db, "init", "--unit-code", "A", "--unit-name", "B", "--parent-code", "P")
    assert result.code == 2
    assert "--parent-code và --parent-name phải dùng cùng nhau" in result.err
    assert not db.exists()


def test_help_is_vietnamese_by_default(cli):
    """-h prints Vietnamese help and exits 0."""
    result = cli("-h")
    assert result.code == 0
    assert result.out.startswith("Cách dùng: bamtrachnhiem-cli")
    assert "tùy chọn" in result.out and "hiện hướng dẫn này rồi thoát" in result.out
    for command in ("init", "units", "members", "backup", "restore", "check"):
        assert command in result.out


def test_help_in_english(cli):
    """--lang en -h prints English help."""
    result = cli("--lang", "en", "members", "import", "-h")
    assert result.code == 0
    assert result.out.startswith("usage: bamtrachnhiem-cli members import")
    assert "dry run: preview the outcome, change nothing" in result.out


def test_unexpected_failure_is_short_logged_and_exit_1(cli, initialised, user_dirs, monkeypatch):
    """A bug prints a short message naming the command and the log, never a traceback."""

    def broken(self):
        raise RuntimeError("lỗi lập trình")

    monkeypatch.setattr(UnitService, "find", broken)
    result = cli("--db", initialised, "units", "list")
    assert result.code == 1
    assert "Traceback" not in result.err and "Traceback" not in result.out
    assert "“units list”" in result.err and "không mong đợi" in result.err
    log = cli_main.log_path()
    assert log.is_relative_to(user_dirs)
    assert str(log) in result.err
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: lỗi lập trình" in logged


def test_unexpected_failure_with_json(cli, initialised, monkeypatch):
    """With --json an unexpected failure is still one JSON document on stdout."""
    monkeypatch.setattr(UnitService, "find", lambda self: 1 / 0)
    result = cli("--db", initialised, "units", "list", "--json")
    assert result.code == 1
    assert result.json()["errors"][0]["code"] == "unexpected_error"


def test_cli_messages_are_complete_in_both_languages():
    """Every CLI message is registered, with Vietnamese and English text and equal placeholders."""

    def fields(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    for code, (vi, en) in MESSAGES.items():
        assert CATALOGUE[code] == (vi, en), code
        assert vi.strip() and en.strip(), code
        assert fields(vi) == fields(en), code
