"""The one app-wide notice of what changed in the open data file, on the GUI thread.

``Database.on_change`` tells its listeners after every committed change, from the thread
that committed — a worker thread for background tasks. ``DataChanges`` takes those notices
and emits ``changed(Changes)`` on the GUI thread, so pages and dialogs simply connect to it:

    data_changes(ctx).changed.connect(self.on_data_changed)

There is one ``DataChanges`` per open database; it lives as long as the ``AppContext``.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal, Slot

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.changes import Changes


class DataChanges(QObject):
    """Re-delivers a database's change notices on the GUI thread as ``changed``."""

    changed = Signal(object)  # Changes: the record kinds a committed change touched
    _heard = Signal(object)  # from any thread; queued to this object's (the GUI) thread

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        # Same thread: delivered at once; a worker thread: queued to the GUI thread.
        self._heard.connect(self._deliver)
        self.stop_listening = ctx.database.on_change(self._heard.emit)  # ctx is not kept

    @Slot(object)
    def _deliver(self, changes: Changes) -> None:
        self.changed.emit(changes)


# (the context, its notices): one per open database while its AppContext lives. Entries of
# contexts gone are dropped here, on the GUI thread, so no QObject is freed on a worker
# thread by a garbage collection.
_known: list[tuple[weakref.ref[AppContext], DataChanges]] = []


def data_changes(ctx: AppContext) -> DataChanges:
    """The change notices of ``ctx``'s data file (made on first use; call on the GUI thread)."""
    for ref, gone in [entry for entry in _known if entry[0]() is None]:
        gone.stop_listening()
        _known.remove((ref, gone))
    for ref, found in _known:
        if ref() is ctx:
            return found
    found = DataChanges(ctx)
    _known.append((weakref.ref(ctx), found))
    return found
