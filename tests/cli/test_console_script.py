"""The installed console script, run as a real process the way district scripts run it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path


def _command() -> list[str]:
    name = "bamtrachnhiem-cli.exe" if os.name == "nt" else "bamtrachnhiem-cli"
    script = Path(sys.executable).parent / name
    if script.is_file():
        return [str(script)]
    found = shutil.which("bamtrachnhiem-cli")
    return [found] if found else [sys.executable, "-m", "bamtrachnhiem.cli.main"]


def _run(tmp_path: Path, *argv: str | Path) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ)
    env["XDG_DATA_HOME"] = env["APPDATA"] = str(tmp_path / "userdata")
    env["PYTHONIOENCODING"] = "ascii"  # a console that cannot print Vietnamese by itself
    env.pop("PYTHONUTF8", None)
    return subprocess.run(
        [*_command(), *map(str, argv)], capture_output=True, env=env, timeout=120, check=False
    )


def test_console_script_prints_vietnamese_on_any_console(tmp_path):
    """init, units list --json and a usage error work as a process, in UTF-8, with exit codes."""
    db = tmp_path / "doan-xa.db"
    made = _run(
        tmp_path, "--db", db, "init", "--unit-code", "DX-PD", "--unit-name", "Đoàn xã Phước Dân"
    )
    assert made.returncode == 0, made.stderr.decode("utf-8", "replace")
    assert "Đã tạo tệp dữ liệu" in made.stdout.decode("utf-8")

    listed = _run(tmp_path, "--db", db, "units", "list", "--json")
    assert listed.returncode == 0
    assert json.loads(listed.stdout.decode("utf-8")) == [
        {
            "code": "DX-PD",
            "name": "Đoàn xã Phước Dân",
            "level": "",
            "parent_code": None,
            "own": True,
        }
    ]

    wrong = _run(tmp_path, "--db", db, "units")
    assert wrong.returncode == 2
    assert "thiếu tham số bắt buộc" in wrong.stderr.decode("utf-8")
    assert b"Traceback" not in wrong.stderr


def test_module_entry_point(tmp_path):
    """python -m bamtrachnhiem.cli.main runs the same command line."""
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "userdata"))
    result = subprocess.run(
        [sys.executable, "-m", "bamtrachnhiem.cli.main", "--version"],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.decode("utf-8").startswith("bamtrachnhiem-cli ")
