"""Build the onedir app with PyInstaller, then smoke-test the frozen programs before packaging.

Usage (from the repository root, in a virtual environment with the app installed):
    python -m pip install -e ".[build]" && python packaging/build.py
    python packaging/build.py --smoke-only    # test the existing dist/ again, without building

The smoke test runs the FROZEN executables and fails the build (exit code 1, one plain message)
unless all of this holds:
- the CLI speaks Vietnamese from the message catalogue (``init``, ``check``), never the
  "unknown message" fallback;
- the CLI builds a small demo world and imports a branch packet into its upper database;
- the CLI writes a certificate template's calibration page (reportlab, fonts, barcodes);
- the GUI shows its main window, in Vietnamese, on that database (offscreen).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    from bamtrachnhiem.messages import text
except ImportError:
    sys.exit('Install the app and PyInstaller first: python -m pip install -e ".[build]"')

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "bamtrachnhiem.spec"
# What messages.text() says for a code missing from the catalogue: a build that prints it
# has lost its messages.
FALLBACK = "Lỗi không xác định"
TIMEOUT = 120  # seconds for any one run of a frozen program


class SmokeFailure(Exception):
    """A check of the frozen programs failed; the message says which and shows the output."""


def version() -> str:
    """The version the spec names the dist folder after."""
    init = (ROOT / "src/bamtrachnhiem/__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', init).group(1)


def executable(dist: Path, name: str) -> Path:
    return dist / (f"{name}.exe" if os.name == "nt" else name)


def vi(code: str, **params: object) -> str:
    """The Vietnamese sentence the catalogue has for ``code``: what the frozen CLI must print."""
    sentence = text(code, "vi", **params)
    if FALLBACK in sentence:
        raise SmokeFailure(f"the message code {code} is not in the source catalogue")
    return sentence


def run(command: list[str | Path], env: dict[str, str]) -> str:
    """Run a frozen program; its standard output, or SmokeFailure if it fails or lost its words."""
    shown = " ".join(str(part) for part in command)
    try:
        done = subprocess.run(
            [str(part) for part in command],
            env=env,
            capture_output=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        raise SmokeFailure(f"{shown}\ndid not finish within {TIMEOUT} s") from None
    except OSError as error:
        raise SmokeFailure(f"cannot run {shown}: {error}") from None
    output = done.stdout + done.stderr
    if done.returncode != 0:
        raise SmokeFailure(f"{shown}\nexited with code {done.returncode}:\n{output}")
    if FALLBACK in output:
        raise SmokeFailure(
            f"{shown}\nprints the unknown-message fallback “{FALLBACK}”: the message catalogue "
            f"is missing from the build:\n{output}"
        )
    return done.stdout


def expect(phrase: str, output: str, what: str) -> None:
    if phrase not in output:
        raise SmokeFailure(f"{what}: expected “{phrase}” in the output:\n{output}")


def smoke_test(dist: Path) -> None:
    cli = executable(dist, "bamtrachnhiem-cli")
    gui = executable(dist, "bamtrachnhiem")
    for program in (cli, gui):
        if not program.is_file():
            raise SmokeFailure(f"{program} was not built")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        # Preferences, logs and the default data file go to the temporary folder, so the
        # user's own settings (an English UI, say) can neither leak in nor be changed.
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            XDG_CONFIG_HOME=str(tmp / "config"),
            XDG_DATA_HOME=str(tmp / "data"),
            APPDATA=str(tmp / "appdata"),
        )
        cli_speaks_vietnamese(cli, tmp, env)
        upper = cli_imports_a_packet(cli, tmp / "demo", env)
        cli_prints_a_pdf(cli, upper, tmp / "can-chinh.pdf", env)
        gui_shows_main_window(gui, upper, tmp / "gui-smoke.txt", env)


def cli_speaks_vietnamese(cli: Path, tmp: Path, env: dict[str, str]) -> None:
    db = tmp / "smoke.db"
    command = [cli, "--db", db, "init", "--unit-code", "CD-A", "--unit-name", "Chi đoàn A"]
    out = run(command, env)
    expect(vi("cli_init_done", path=db, name="Chi đoàn A", unit_code="CD-A"), out, "init")
    out = run([cli, "--db", db, "check"], env)
    expect(vi("cli_check_ok", path=db), out, "check")


def cli_imports_a_packet(cli: Path, world: Path, env: dict[str, str]) -> Path:
    """A demo world; one branch packet imported as JSON, another with the Vietnamese report.

    The upper unit's data file, with both packets in it.
    """
    demo = ["demo", "--out", world, "--units", "2", "--members-per-unit", "3", "--year", "2026"]
    run([cli, *demo, "--workers", "1"], env)
    upper = world / "upper.db"
    packets = sorted((world / "packets").glob("*.xlsx"))
    if not upper.is_file() or len(packets) < 2:
        raise SmokeFailure(f"demo did not make {upper} and two packets in {world}")
    out = run([cli, "--db", upper, "packet", "import", packets[0], "--json"], env)
    try:
        status = json.loads(out)["files"][0]["status"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise SmokeFailure(f"packet import --json printed no import report:\n{out}") from None
    if status != "imported":
        raise SmokeFailure(f"packet import {packets[0].name}: status {status!r}:\n{out}")
    out = run([cli, "--db", upper, "packet", "import", packets[1]], env)
    expect(vi("cli_kind_members"), out, "packet import")
    summary = vi("cli_packet_summary", files=1, imported=1, already=0, stale=0, edited=0, refused=0)
    expect(summary, out, "packet import")
    return upper


def cli_prints_a_pdf(cli: Path, db: Path, pdf: Path, env: dict[str, str]) -> None:
    """reportlab, its barcode modules and the embedded fonts work frozen: a certificate
    template's calibration page is written."""
    run([cli, "--db", db, "certificate", "calibrate", "--template", "full", "-o", pdf], env)
    if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
        raise SmokeFailure(f"certificate calibrate wrote no PDF at {pdf}")


def gui_shows_main_window(gui: Path, db: Path, report: Path, env: dict[str, str]) -> None:
    """The GUI reports its main window on screen (gui/app.py), with the translation loaded."""
    run([gui, db], dict(env, BAMTRACHNHIEM_SMOKE_TEST=str(report)))
    if not report.is_file():
        raise SmokeFailure("the GUI exited without reporting a main window on screen")
    shown = report.read_text(encoding="utf-8")
    expect("Ba Trách Nhiệm", shown.partition("\n")[0], "GUI window title")
    expect("Tổng quan", shown, "GUI sidebar (the Vietnamese .qm)")


def build() -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", str(SPEC)]
    if subprocess.run(command, cwd=ROOT).returncode != 0:
        raise SmokeFailure("PyInstaller failed; its output is above")


def main() -> int:
    parser = argparse.ArgumentParser(description="Build the app, then smoke-test it.")
    parser.add_argument(
        "--smoke-only", action="store_true", help="test the existing build, do not build"
    )
    args = parser.parse_args()
    dist = ROOT / "dist" / f"bamtrachnhiem-{version()}"
    try:
        if not args.smoke_only:
            build()
        smoke_test(dist)
    except SmokeFailure as failure:
        print(f"BUILD FAILED: {failure}", file=sys.stderr)
        return 1
    print(f"Built and smoke-tested {dist}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
