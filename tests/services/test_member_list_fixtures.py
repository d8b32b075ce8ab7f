"""The committed member-list fixtures are what their script writes, and stay small and stable."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.member_lists import FIXTURES, fixture_script

SCRIPT = fixture_script()


def _content(path: Path) -> dict:
    """What a reader sees of a workbook: sheets, merges, and each cell's value, type and font."""
    wb = openpyxl.load_workbook(path)
    return {
        ws.title: {
            "merged": sorted(str(r) for r in ws.merged_cells.ranges),
            "cells": {
                c.coordinate: (c.value, c.data_type, c.number_format, c.font.name)
                for row in ws.iter_rows()
                for c in row
                if c.value is not None
            },
        }
        for ws in wb.worksheets
    }


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("member_lists")
    SCRIPT.write(folder)
    return folder


@pytest.mark.parametrize("name", sorted(SCRIPT.BUILDERS))
def test_committed_fixture_is_up_to_date(name: str, regenerated: Path) -> None:
    """Each committed workbook holds the cells the script writes now; rerun it if not."""
    assert _content(FIXTURES / name) == _content(regenerated / name), (
        f"{name} is stale: run python scripts/make_member_list_fixtures.py"
    )


def test_fixtures_are_deterministic_and_small() -> None:
    """Two runs give the same bytes, and no fixture is bigger than a few kilobytes."""
    for name in SCRIPT.BUILDERS:
        first = SCRIPT.workbook_bytes(name)
        assert first == SCRIPT.workbook_bytes(name), name
        assert len(first) < 20_000, name
    assert sorted(p.name for p in FIXTURES.glob("*.xlsx")) == sorted(SCRIPT.BUILDERS)


def test_office_list_mirrors_the_sample_layout(office_list: Path, regenerated: Path) -> None:
    """The office fixture, and the shared sample when present, hold exactly the same cells."""
    assert _content(office_list) == _content(regenerated / "office-list.xlsx")
