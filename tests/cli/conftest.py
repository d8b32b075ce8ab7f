"""Fixtures for driving ``bamtrachnhiem-cli`` in-process, isolated from the user's folders."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from bamtrachnhiem.cli.main import main


@dataclass
class Run:
    """What one command did: its exit code and what it printed."""

    code: int
    out: str
    err: str

    def json(self) -> object:
        return json.loads(self.out)


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep the per-user data folder (default database, logs) inside the test's tmp_path."""
    home = tmp_path / "userdata"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("APPDATA", str(home))
    return home


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Run ``main(argv)`` in-process and capture what it printed."""

    def run(*argv: str | Path) -> Run:
        capsys.readouterr()
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "doan-xa.db"


@pytest.fixture
def initialised(cli: Callable[..., Run], db: Path) -> Path:
    """A data file whose own unit is the commune union, with one branch below it."""
    assert (
        cli("--db", db, "init", "--unit-code", "DX-PD", "--unit-name", "Đoàn xã Phước Dân").code
        == 0
    )
    added = cli(
        "--db",
        db,
        "units",
        "add",
        "--code",
        "CD-UBND",
        "--name",
        "Chi đoàn cơ quan UBND",
        "--parent-code",
        "DX-PD",
        "--level",
        "Chi đoàn",
    )
    assert added.code == 0, added.err
    return db
