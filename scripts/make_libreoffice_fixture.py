"""Regenerate the LibreOffice re-save fixture of the packet tests.

    python scripts/make_libreoffice_fixture.py

Builds a small branch (unit CD-LO below DX-LO) with the test world of
``tests/exchange/world.py``, exports its packet, and has LibreOffice Calc open and save it
again as .xlsx (``soffice --headless --convert-to xlsx``), exactly as a user who opened the
attachment and pressed Save would. Both files are written to ``tests/exchange/fixtures/``:

- ``packet-original.xlsx``: the packet as the app wrote it;
- ``packet-libreoffice.xlsx``: the same packet re-saved by LibreOffice.

The tests import the re-saved one and expect it to be unedited. Needs LibreOffice
(Debian: ``apt-get install libreoffice-calc-nogui``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "exchange" / "fixtures"


def main() -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice (soffice) is not installed.", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT))
    from tests.exchange.world import make_branch  # the same realistic data the tests use

    FIXTURES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        branch = make_branch(folder, "CD-LO", "DX-LO", members=5, months=2, seed=42)
        packet = branch.ctx.packet_export.export_packet(
            2026, 2, folder / "packet-original.xlsx"
        ).path
        branch.ctx.close()
        out = folder / "out"
        subprocess.run(
            [
                soffice,
                "--headless",
                "--calc",
                "--convert-to",
                "xlsx:Calc MS Excel 2007 XML",
                "--outdir",
                str(out),
                str(packet),
            ],
            check=True,
            env={**os.environ, "HOME": str(folder / "home")},
        )
        shutil.copy(packet, FIXTURES / "packet-original.xlsx")
        shutil.copy(out / packet.name, FIXTURES / "packet-libreoffice.xlsx")
    print(f"Wrote {FIXTURES / 'packet-original.xlsx'} and {FIXTURES / 'packet-libreoffice.xlsx'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
