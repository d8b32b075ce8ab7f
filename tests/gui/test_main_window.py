"""The main window: honest sidebar, settings, backup and restore, remembered size."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog, QLabel

from bamtrachnhiem.domain.records import Member
from bamtrachnhiem.gui import main_window, preferences
from bamtrachnhiem.gui.app import Application, write_smoke_report
from bamtrachnhiem.gui.dialogs.settings_dialog import SettingsDialog
from bamtrachnhiem.gui.main_window import MainWindow, NotBuiltPage


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_unbuilt_pages_are_disabled_and_say_so(qtbot, ctx):
    """Every sidebar entry is either a real page or disabled with a plain notice."""
    window = _window(qtbot, ctx)
    assert window.sidebar.count() == 9
    for row in range(window.sidebar.count()):
        item = window.sidebar.item(row)
        page = window.stack.widget(row)
        enabled = bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
        assert enabled != isinstance(page, NotBuiltPage), item.text()
        if not enabled:
            assert "chưa có trong phiên bản này" in page.findChild(QLabel).text()
    assert window.sidebar.item(1).text() == "Đoàn viên"


def test_settings_switch_language(qtbot, ctx):
    """Choosing English in settings is saved and reported as a language change."""
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.levels.setPlainText("Tỉnh đoàn\nHuyện đoàn\nChi đoàn")
    dialog._save()
    assert dialog.language_changed
    assert preferences.language() == "en"
    assert ctx.units.level_labels() == ["Tỉnh đoàn", "Huyện đoàn", "Chi đoàn"]


def test_language_change_rebuilds_window_in_english(qtbot, ctx, qapp):
    """After switching to English the rebuilt window speaks English; back to Vietnamese too."""
    app = Application(qapp)
    app.show(ctx)
    preferences.set_language("en")
    app.change_language()
    assert app.window.sidebar.item(1).text() == "Members"
    preferences.set_language("vi")
    app.change_language()
    assert app.window.sidebar.item(1).text() == "Đoàn viên"
    app.window.close()
    app.ctx = None  # the fixture closes the database


def test_window_size_is_remembered(qtbot, ctx):
    """Closing the window saves its size; the next window opens with it."""
    window = _window(qtbot, ctx)
    # The offscreen screen is small, so keep the width at the window's minimum.
    window.resize(window.minimumSizeHint().width(), 520)
    saved = (window.width(), window.height())
    window.close()
    again = _window(qtbot, ctx)
    assert (again.width(), again.height()) == saved
    assert saved[1] == 520


def test_backup_and_restore_from_the_menu(qtbot, ctx, tmp_path, monkeypatch, boxes):
    """File → Back up writes a backup; restoring it brings a deleted member back."""
    member = ctx.members.save(Member(given_name="Ngọc", family_middle_name="Trần Thị Bích"))
    window = _window(qtbot, ctx)
    target = tmp_path / "sao-luu.db"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window._backup()
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(lambda: any("Đã sao lưu" in t for t in boxes.texts), timeout=10_000)
    ctx.members.delete(member.id)
    assert ctx.members.count() == 0
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window._restore()
    assert ctx.members.count() == 1
    assert any("Đã khôi phục" in t for t in boxes.texts)


def test_restore_refuses_a_foreign_file(qtbot, ctx, tmp_path, monkeypatch, boxes):
    """Restoring from a file that is not a backup explains why and changes nothing."""
    ctx.members.save(Member(given_name="An", family_middle_name="Nguyễn Văn"))
    bogus = tmp_path / "not-a-backup.db"
    bogus.write_bytes(b"PK\x03\x04 definitely a zip")
    window = _window(qtbot, ctx)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bogus), ""))
    )
    window._restore()
    assert ctx.members.count() == 1
    assert any("không phải là bản sao lưu" in t for t in boxes.texts)
    assert Path(bogus).exists()


def test_smoke_report_lists_the_shown_window(ctx, tmp_path):
    """The packaging check's report names the window and its Vietnamese pages, exit code 0."""
    exits: list[int] = []
    app = Application(SimpleNamespace(exit=exits.append))
    app.show(ctx)
    report = tmp_path / "smoke.txt"
    write_smoke_report(app, str(report))
    lines = report.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Chi đoàn Cơ quan UBND xã Phước Dân — Ba Trách Nhiệm"
    assert lines[1:3] == ["Tổng quan", "Đoàn viên"]
    assert exits == [0]
    app.window.close()


def test_smoke_report_fails_without_a_window_on_screen(ctx, tmp_path):
    """A hidden window or an unwritable report ends the packaging check with exit code 1."""
    exits: list[int] = []
    app = Application(SimpleNamespace(exit=exits.append))
    app.show(ctx)
    app.window.hide()
    write_smoke_report(app, str(tmp_path / "hidden.txt"))
    app.window.show()
    write_smoke_report(app, str(tmp_path / "missing-folder" / "smoke.txt"))
    assert exits == [1, 1]
    assert not (tmp_path / "hidden.txt").exists()
    app.window.close()


def test_daily_backup_while_the_window_stays_open(qtbot, ctx):
    """A new file gets its automatic backup from the open window, once a day only."""
    window = _window(qtbot, ctx)
    autos = lambda: sorted(ctx.database.backups_dir.glob("*-auto.db"))  # noqa: E731
    assert autos() == []
    assert window._backup_timer.isActive()
    window.daily_backup()
    qtbot.waitUntil(lambda: len(autos()) == 1, timeout=10_000)
    window.daily_backup()  # not due again today
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    assert len(autos()) == 1


def test_closing_leaves_the_screen_before_waiting_for_work(qtbot, ctx, monkeypatch):
    """The window is hidden before it waits for background work to stop."""
    window = _window(qtbot, ctx)
    seen = []
    monkeypatch.setattr(main_window, "finish_tasks", lambda c: seen.append(window.isVisible()))
    window.close()
    assert seen == [False]
