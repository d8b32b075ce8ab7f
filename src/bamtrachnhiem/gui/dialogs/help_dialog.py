"""Trợ giúp → Hướng dẫn: what to do each month, what to send, where the data lives, keys.

The guide's text is a resource (``resources/guide/guide.<lang>.html``), filled with this
data file's own paths and level above, and the shortcut table of ``gui/shortcuts.py``.
"""

from __future__ import annotations

import html
from importlib import resources

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from bamtrachnhiem.bootstrap import AppContext, user_data_dir
from bamtrachnhiem.gui.i18n import current_language
from bamtrachnhiem.gui.screen import fit_window
from bamtrachnhiem.gui.shortcuts import shortcut_rows


def guide_html(ctx: AppContext, lang: str) -> str:
    """The guide in ``lang`` for the data file of ``ctx``."""
    name = f"guide.{lang}.html" if lang in ("vi", "en") else "guide.vi.html"
    template = (resources.files("bamtrachnhiem.resources") / "guide" / name).read_text("utf-8")
    own = ctx.units.own_unit()
    parent = (own.parent_name or own.parent_code) if own else ""
    rows = "".join(
        f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(where)}</td>"
        f"<td>{html.escape(what)}</td></tr>"
        for keys, where, what in shortcut_rows()
    )
    values = {
        "parent": html.escape(parent or "—"),
        "data_file": html.escape(str(ctx.database.path)),
        "backups": html.escape(str(ctx.database.backups_dir)),
        "received": html.escape(str(ctx.import_log.received_dir)),
        "logs": html.escape(str(user_data_dir() / "logs")),
        "shortcuts": f'<table cellspacing="0" cellpadding="3">{rows}</table>',
    }
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template


class HelpDialog(QDialog):
    """The built-in guide, with this data file's own paths."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide — Ba Trách Nhiệm"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(guide_html(ctx, current_language()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_window(self, 820, 700)

    @classmethod
    def show_for(cls, ctx: AppContext, parent: QWidget | None = None) -> None:
        dialog = cls(ctx, parent)
        dialog.exec()
        dialog.deleteLater()
