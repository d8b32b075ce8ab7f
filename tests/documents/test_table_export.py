"""A table exported to Excel keeps what the screen shows; counts become numbers."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from bamtrachnhiem.documents.table_export import write_table
from bamtrachnhiem.domain.errors import StorageError


def test_texts_as_shown_and_counts_as_numbers(tmp_path):
    """Whole counts are numbers; a phone's leading zero, dates and labels stay text."""
    path = write_table(
        tmp_path / "bang.xlsx",
        "Đoàn viên — Chi đoàn A",
        ["STT", "Họ và tên", "Điện thoại", "Ngày sinh"],
        [["1", "Trần Văn An", "0905111222", "12/03/1995"], ["2", "Lê Thị Ẩn", "", "1994"]],
    )
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("STT", "Họ và tên", "Điện thoại", "Ngày sinh")
    assert rows[1] == (1, "Trần Văn An", "0905111222", "12/03/1995")
    assert rows[2][1] == "Lê Thị Ẩn" and rows[2][3] == 1994
    assert sheet.title == "Đoàn viên — Chi đoàn A"


def test_a_place_that_cannot_be_written_is_a_sentence(tmp_path):
    """Writing over a folder is refused with a StorageError the user can act on."""
    (tmp_path / "bang.xlsx").mkdir()
    with pytest.raises(StorageError) as refused:
        write_table(tmp_path / "bang.xlsx", "Bảng", ["A"], [["1"]])
    assert refused.value.code == "table_export_failed"
    assert list(tmp_path.iterdir()) == [tmp_path / "bang.xlsx"]  # no temporary file left
