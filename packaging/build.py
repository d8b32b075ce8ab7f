"""Build the onedir app with PyInstaller, then smoke-test the frozen program before packaging.

Usage (from the repository root, in a virtual environment with the app installed):
    python -m pip install pyinstaller && python packaging/build.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", str(ROOT / "packaging/bamtrachnhiem.spec")],
        cwd=ROOT,
        check=True,
    )
    dist = next((ROOT / "dist").glob("bamtrachnhiem-*"))
    cli = dist / ("bamtrachnhiem-cli.exe" if os.name == "nt" else "bamtrachnhiem-cli")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "smoke.db"
        # The frozen CLI opens a database; the frozen GUI builds its main window offscreen.
        subprocess.run([str(cli), "--db", str(db), "init", "--unit-code", "SMOKE", "--unit-name", "Smoke"], check=True)
        subprocess.run([str(cli), "--db", str(db), "check"], check=True)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BAMTRACHNHIEM_SMOKE_TEST="1")
        gui = dist / ("bamtrachnhiem.exe" if os.name == "nt" else "bamtrachnhiem")
        subprocess.run([str(gui), str(db)], env=env, check=True, timeout=120)
    print(f"Built and smoke-tested {dist}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
