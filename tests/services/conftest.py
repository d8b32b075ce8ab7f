"""Fixtures for service tests: a fresh database with its own unit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bamtrachnhiem.bootstrap import AppContext, open_context
from bamtrachnhiem.domain.records import Unit


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    """An AppContext on a new database under ``tmp_path`` whose own unit is CD-UBND."""
    context = open_context(tmp_path / "t.db", create=True)
    context.units.create_own(Unit(code="CD-UBND", name="Chi đoàn Cơ quan UBND xã"))
    try:
        yield context
    finally:
        context.close()
