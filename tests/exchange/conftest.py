"""Fixtures shared by the exchange tests: one world of packets per module, a fresh district."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bamtrachnhiem.bootstrap import AppContext, open_context
from tests.exchange.world import Packets, build_packets, copy_upper


@pytest.fixture(scope="module")
def packets(tmp_path_factory: pytest.TempPathFactory) -> Packets:
    """The branches' packets (tests.exchange.world.build_packets), made once per module."""
    return build_packets(tmp_path_factory.mktemp("packets"))


@pytest.fixture
def upper(packets: Packets, tmp_path: Path) -> Iterator[AppContext]:
    """A copy of the district that knows every branch, opened; closed after the test."""
    ctx = open_context(copy_upper(packets, tmp_path / "upper"))
    try:
        yield ctx
    finally:
        ctx.close()
