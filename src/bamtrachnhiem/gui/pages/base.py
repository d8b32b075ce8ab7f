"""What every sidebar page shares: it follows the data file, and it settles unsaved work.

A page hears every committed change of its data file (``on_data_changed``). When what it
shows depends on the kinds that changed it calls ``mark_stale``: shown, it reads its data
again as soon as the current action is over; hidden, it does so when next shown.

A page holding edits that are not saved yet says so (``has_unsaved``) and, before anything
would lose them, lets the user save or discard them (``settle``).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.changes import Changes
from bamtrachnhiem.gui.data_changes import data_changes


class Page(QWidget):
    """A page over ``ctx``; subclasses implement ``refresh`` and ``on_data_changed``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stale = True  # nothing read yet: the first show reads
        # One refresh for a burst of changes, after the action that made them has finished.
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self._catch_up)
        data_changes(ctx).changed.connect(self.on_data_changed)

    # -- following the data file -----------------------------------------------------------
    def on_data_changed(self, changes: Changes) -> None:
        """A change was committed; call ``mark_stale`` when the page shows what it touched."""

    def refresh(self) -> None:
        """Read everything the page shows again (its lists, choices and figures)."""

    def mark_stale(self) -> None:
        """What is shown may be out of date: refresh now if shown, else when next shown."""
        self.stale = True
        if self.isVisible():
            self._refresh_soon.start()

    def showEvent(self, event: QShowEvent) -> None:
        self._catch_up()
        super().showEvent(event)

    def _catch_up(self) -> None:
        if self.stale and self.isVisible():
            self.stale = False
            self.refresh()

    # -- unsaved work ----------------------------------------------------------------------
    def has_unsaved(self) -> bool:
        """True while the page holds edits that are not stored yet."""
        return False

    def settle(self) -> bool:
        """Ask to save or discard unsaved edits; False when the user chose to stay with them."""
        return True

    def settle_window(self) -> bool:
        """Before replacing data under every page (an import): settle unsaved work on every
        page of the window; False when the user chose to stay with it."""
        window = self.window()
        settle_all = getattr(window, "settle", None)
        if window is not self and callable(settle_all):
            return settle_all()
        return self.settle()
