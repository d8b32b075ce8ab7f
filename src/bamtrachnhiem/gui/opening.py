"""Opening a data file from the GUI, with the read-only offer when it cannot be written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from bamtrachnhiem.bootstrap import AppContext, open_context
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.gui import message_boxes, preferences


def open_data_file(
    parent: QWidget | None, path: str | Path, refused: list[str] | None = None
) -> AppContext | None:
    """Open ``path``; on refusal explain why (and offer read-only where that helps).

    The refusal's code is appended to ``refused`` when given (``db_in_use``: another copy
    of the app has the file open)."""
    try:
        ctx = open_context(path)
    except AppError as exc:
        if refused is not None:
            refused.append(exc.code)
        if exc.code != "db_read_only_location":
            message_boxes.show_error(parent, exc)
            return None
        question = QCoreApplication.translate(
            "Opening",
            "This data file is in a place that cannot be written (a read-only folder, a "
            "locked USB stick or a CD). Open it read-only, just to look?",
        )
        if not message_boxes.confirm(parent, question):
            return None
        try:
            ctx = open_context(path, read_only=True)
        except AppError as again:
            message_boxes.show_error(parent, again)
            return None
    preferences.set_last_database(str(Path(path).absolute()))
    return ctx
