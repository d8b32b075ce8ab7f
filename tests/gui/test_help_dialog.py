"""Trợ giúp → Hướng dẫn: the month's work, what to send, this file's paths, the keys."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from bamtrachnhiem.gui.dialogs.help_dialog import HelpDialog, guide_html
from bamtrachnhiem.gui.main_window import MainWindow


def test_guide_names_this_files_places_and_every_shortcut(qtbot, ctx):
    """The guide is Vietnamese, names the data file, backups and received folder of this
    file, and lists the shortcuts; nothing is left as a {placeholder}."""
    dialog = HelpDialog(ctx)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Việc hằng tháng của chi đoàn" in text
    for path in (ctx.database.path, ctx.database.backups_dir, ctx.import_log.received_dir):
        assert str(path) in text
    assert "Ctrl+N" in text and "Phím tắt" in text
    assert "{" not in guide_html(ctx, "vi") and "{" not in guide_html(ctx, "en")


def test_help_menu_offers_the_guide_on_f1(qtbot, ctx):
    """The Help menu has the guide before "About", on F1."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    help_menu = window.menuBar().actions()[-1].menu()
    actions = [a for a in help_menu.actions() if not a.isSeparator()]
    assert actions[0].text().startswith("&Hướng dẫn")
    assert actions[0].shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert len(actions) == 2
