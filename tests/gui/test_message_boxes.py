"""Error boxes: a sentence for what the user can act on, the technical details only for the
unexpected."""

from __future__ import annotations

import errno
from pathlib import Path

from bamtrachnhiem.domain.errors import StorageError
from bamtrachnhiem.domain.exchange import PacketError
from bamtrachnhiem.gui import message_boxes
from bamtrachnhiem.gui.i18n import describe


def _raised(error: BaseException, cause: BaseException | None = None) -> BaseException:
    try:
        raise error from cause
    except BaseException as caught:
        return caught


def test_expected_error_has_no_details(boxes) -> None:
    """A full disk during an export is a sentence naming the file; no "Show Details…" with
    a traceback, even though an OSError caused it."""
    error = _raised(
        PacketError.single(
            "packet_write_failed", path=str(Path("/media/usb/goi.xlsx")), detail="No space left"
        ),
        OSError(errno.ENOSPC, "No space left on device"),
    )
    message_boxes.show_error(None, error)
    assert boxes.texts == [describe(error)]
    assert "goi.xlsx" in boxes.texts[0]
    assert boxes.details == [""]


def test_expected_storage_error_in_context_has_no_details(boxes) -> None:
    error = _raised(StorageError("db_disk_full", path="/data/cd.db"))
    message_boxes.show_error(None, error, context="Không lưu được.")
    assert boxes.texts[0].startswith("Không lưu được.\n\n")
    assert boxes.details == [""]


def test_unexpected_error_keeps_its_details(boxes) -> None:
    """A bug is shown with the details to send to whoever supports the user."""
    error = _raised(RuntimeError("không ngờ tới"))
    message_boxes.show_error(None, error)
    assert "Traceback" in boxes.details[0] and "RuntimeError: không ngờ tới" in boxes.details[0]
