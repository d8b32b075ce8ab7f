"""Every table can be opened, copied and exported by right-click; an empty one says why."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QTableView, QVBoxLayout

from bamtrachnhiem.domain.records import Member
from bamtrachnhiem.gui import screen, table_tools
from bamtrachnhiem.gui.main_window import MainWindow


def _members(ctx) -> None:
    for family, given in (("Trần Văn", "An"), ("Lê Thị", "Ẩn"), ("Phạm Minh", "Bình")):
        ctx.members.save(Member(given_name=given, family_middle_name=family))


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.sidebar.setCurrentRow(window.stack.indexOf(window.members_page))
    qtbot.waitUntil(lambda: window.members_page.model.rowCount() == 3)
    return window


def _menu_texts(view) -> list[str]:
    menu = view.findChild(table_tools.TableMenu).build()
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_member_table_menu_opens_copies_and_exports(qtbot, ctx, tmp_path, monkeypatch, boxes):
    """The members table offers Mở (it opens on double-click), Sao chép, cả bảng, Excel;
    the copy is tab-separated and the export reads back with the headers."""
    _members(ctx)
    window = _window(qtbot, ctx)
    table = window.members_page.table
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    assert _menu_texts(table) == ["Mở", "Sao chép", "Sao chép cả bảng", "Xuất ra Excel…"]
    table.selectRow(0)
    menu = table.findChild(table_tools.TableMenu)
    menu.copy_selection()
    copied = QApplication.clipboard().text()
    assert "\t" in copied and len(copied.splitlines()) == 1
    target = tmp_path / "doan-vien.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    menu.export()
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == window.members_page.model.headerData(0, Qt.Orientation.Horizontal)
    assert len(rows) == 4
    assert "Đoàn viên" in sheet.title
    assert boxes.texts and str(target) in boxes.texts[-1]


def test_tables_of_any_window_get_the_menu(qtbot):
    """A dialog of another page, with a plain table, gets the menu when it is shown."""
    screen.install(QApplication.instance())
    dialog = QDialog()
    dialog.setWindowTitle("Báo cáo")
    view = QTableView(dialog)
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem("1"))
    view.setModel(model)
    QVBoxLayout(dialog).addWidget(view)
    qtbot.addWidget(dialog)
    dialog.show()
    assert view.findChild(table_tools.TableMenu) is not None
    assert "Mở" not in _menu_texts(view)  # nothing happens on a double-click here


def test_empty_table_says_why_and_what_to_do(qtbot, ctx):
    """With no member, the members table shows a sentence; with one, it hides."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.sidebar.setCurrentRow(window.stack.indexOf(window.members_page))
    empty = window.members_page.empty.label
    qtbot.waitUntil(empty.isVisible)
    assert "Thêm đoàn viên" in empty.text()
    ctx.members.save(Member(given_name="An", family_middle_name="Trần Văn"))
    qtbot.waitUntil(lambda: not empty.isVisible())


def test_empty_state_follows_any_model(qtbot):
    """EmptyState shows over a list while its model has no rows."""
    view = QTableView()
    model = QStringListModel([])
    view.setModel(model)
    qtbot.addWidget(view)
    view.show()
    state = table_tools.EmptyState(view, "Chưa có gì.")
    assert state.label.isVisible()
    model.setStringList(["một"])
    assert not state.label.isVisible()
