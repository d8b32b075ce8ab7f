"""The one way to run long work off the GUI thread, with a progress bar and Cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from bamtrachnhiem.bootstrap import AppContext


class Cancelled(Exception):
    """Raised inside work when the user pressed Cancel."""


class Progress:
    """Handed to the work function: report progress, and stop when asked to."""

    def __init__(self, task: Task) -> None:
        self._task = task

    @property
    def cancelled(self) -> bool:
        return self._task.cancel_event.is_set()

    def report(self, done: int, total: int, text: str = "") -> None:
        """Say how far the work is; raises ``Cancelled`` once the user has cancelled."""
        self._task.progressed.emit(done, total, text)
        if self.cancelled:
            raise Cancelled


class Task(QObject):
    """A unit of background work; its signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    was_cancelled = Signal()
    finished = Signal()

    def __init__(self, ctx: AppContext | None = None) -> None:
        super().__init__()
        self.ctx = ctx  # the data file the work uses, if any
        self.cancel_event = threading.Event()
        self.done_event = threading.Event()  # set once the work is over and has said so

    def cancel(self) -> None:
        self.cancel_event.set()


# Tasks stay alive until their work has finished, even when the page that started them is
# closed meanwhile: the worker thread must never signal a deleted object.
_running: set[Task] = set()


class _Runner(QRunnable):
    def __init__(self, task: Task, work: Callable[[Progress], Any], ctx: AppContext | None):
        super().__init__()
        self.task, self.work, self.ctx = task, work, ctx

    def run(self) -> None:
        try:
            try:
                if self.ctx is not None:
                    # peewee keeps one connection per thread; close this thread's when done.
                    with self.ctx.database.connection.connection_context():
                        result = self.work(Progress(self.task))
                else:
                    result = self.work(Progress(self.task))
            except Cancelled:
                self.task.was_cancelled.emit()
            except BaseException as exc:  # every failure goes back to the GUI thread
                self.task.failed.emit(exc)
            else:
                self.task.succeeded.emit(result)
            self.task.finished.emit()
        finally:
            self.task.done_event.set()


def run_task(
    parent: QWidget,
    title: str,
    work: Callable[[Progress], Any],
    *,
    ctx: AppContext | None = None,
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    show_progress: bool = True,
) -> Task:
    """Run ``work(progress)`` on a worker thread; results and errors come back as signals.

    Pass ``ctx`` when the work uses the database, so the worker's own connection is closed.
    """
    task = Task(ctx)
    _running.add(task)

    def forget() -> None:
        _running.discard(task)
        task.deleteLater()

    task.finished.connect(forget)
    if show_progress:
        dialog = QProgressDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(title)
        dialog.setCancelButtonText(QCoreApplication.translate("Tasks", "Cancel"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setRange(0, 0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)

        def show(done: int, total: int, text: str) -> None:
            dialog.setRange(0, max(total, 0))
            dialog.setValue(done)
            if text:
                dialog.setLabelText(text)

        task.progressed.connect(show)
        task.finished.connect(dialog.reset)
        task.finished.connect(dialog.deleteLater)
    if on_success is not None:
        task.succeeded.connect(on_success)
    if on_error is not None:
        task.failed.connect(on_error)
    QThreadPool.globalInstance().start(_Runner(task, work, ctx))
    return task


def finish_tasks(ctx: AppContext) -> None:
    """Stop the running tasks that use ``ctx`` (Cancel, then wait for them to return), so its
    data file can be closed. Their results are dropped: nothing is left to show them in."""
    tasks = [task for task in _running if task.ctx is ctx]
    for task in tasks:
        task.blockSignals(True)  # no result, error or progress from here on
        task.cancel()
    for task in tasks:
        task.done_event.wait()
        task.blockSignals(False)
        task.finished.emit()  # closes its progress dialog and forgets it
