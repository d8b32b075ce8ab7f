"""The layer rules of architecture.md, checked on the source and in a Qt-less process."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import bamtrachnhiem

PACKAGE_DIR = Path(bamtrachnhiem.__file__).parent
QT_ROOTS = ("PySide6", "shiboken6")
# The core: the use cases and everything below them. It never reaches up to the clients.
CORE_LAYERS = ("domain", "storage", "services", "exchange", "documents", "messages")
# The application-level clients of the services: they open contexts through bootstrap.
CLIENTS = (
    "bamtrachnhiem.bootstrap",
    "bamtrachnhiem.cli",
    "bamtrachnhiem.gui",
    "bamtrachnhiem.demo",
)
# What reaching past the services to the database looks like in a client's source.
SQL_STATEMENT = re.compile(
    r"^\s*(SELECT\s.*\sFROM\s|INSERT\s+(OR\s+\w+\s+)?INTO\s|REPLACE\s+INTO\s|UPDATE\s+\S+\s+SET\s"
    r"|DELETE\s+FROM\s|(CREATE|DROP|ALTER)\s+(TABLE|INDEX|VIEW|TRIGGER)\s|PRAGMA\s+\w)",
    re.IGNORECASE | re.DOTALL,
)
DATABASE_ATTRIBUTES = frozenset(
    {"connection", "cursor", "execute", "execute_sql", "executemany", "executescript", "models"}
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def imported_names(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module ``source`` imports (relative imports resolved, ``from x import y``
    also counted as ``x.y``), wherever the import statement sits.
    """
    names: set[str] = set()
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join([*base_parts, *([node.module] if node.module else [])])
            else:
                base = node.module or ""
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names if alias.name != "*")
    return names


def _within(name: str, root: str) -> bool:
    return name == root or name.startswith(root + ".")


def violations(module: str, names: set[str]) -> list[str]:
    """The layer rules ``module`` breaks by importing ``names``."""
    found = []
    layer = module.split(".")[1] if module.count(".") else ""
    for name in sorted(names):
        top = name.split(".")[0]
        if layer != "gui" and (top in QT_ROOTS or _within(name, "bamtrachnhiem.gui")):
            found.append(f"{module} imports {name}: only gui/ may use Qt")
        if layer in ("gui", "cli", "demo") and (
            top in ("peewee", "sqlite3") or _within(name, "bamtrachnhiem.storage")
        ):
            found.append(f"{module} imports {name}: {layer}/ goes through bootstrap and services")
        if layer in CORE_LAYERS and any(_within(name, client) for client in CLIENTS):
            found.append(f"{module} imports {name}: {layer}/ never imports the clients above it")
        if layer == "demo" and any(
            _within(name, client) for client in ("bamtrachnhiem.cli", "bamtrachnhiem.gui")
        ):
            found.append(f"{module} imports {name}: the demo is a client beside cli/ and gui/")
        if (
            layer == "domain"
            and top not in sys.stdlib_module_names
            and not _within(name, "bamtrachnhiem.domain")
        ):
            found.append(f"{module} imports {name}: domain/ uses only the stdlib")
    return found


def _all_sources() -> list[Path]:
    return sorted(PACKAGE_DIR.rglob("*.py"))


def test_checker_catches_each_kind_of_violation() -> None:
    """The import checker itself reports Qt outside gui, storage in gui/cli, non-stdlib domain."""
    cases = {
        "bamtrachnhiem.services.x": "from PySide6.QtCore import QObject",
        "bamtrachnhiem.exchange.y": "def f():\n    from ..gui import app",
        "bamtrachnhiem.cli.z": "from bamtrachnhiem import storage",
        "bamtrachnhiem.gui.pages.w": "import peewee",
        "bamtrachnhiem.domain.v": "import openpyxl",
        "bamtrachnhiem.domain.u": "from bamtrachnhiem.services import members",
        "bamtrachnhiem.services.t": "from bamtrachnhiem.bootstrap import open_context",
        "bamtrachnhiem.exchange.s": "from bamtrachnhiem.demo import build_world",
        "bamtrachnhiem.storage.r": "import bamtrachnhiem.cli.main",
        "bamtrachnhiem.demo.q": "from bamtrachnhiem.storage.models import Models",
        "bamtrachnhiem.demo.p": "import sqlite3",
        "bamtrachnhiem.demo.o": "from bamtrachnhiem.cli.common import Console",
    }
    for module, source in cases.items():
        assert violations(module, imported_names(source, module)), module
    allowed = {
        "bamtrachnhiem.gui.pages.p": "from PySide6.QtWidgets import QWidget\nfrom .. import app",
        "bamtrachnhiem.cli.q": "from bamtrachnhiem.bootstrap import open_context",
        "bamtrachnhiem.domain.r": "import unicodedata\nfrom .text import fold",
        "bamtrachnhiem.demo.n": "from bamtrachnhiem.bootstrap import open_context",
        "bamtrachnhiem.gui.wizards.m": "from bamtrachnhiem.demo import build_world",
        "bamtrachnhiem.cli.l": "from bamtrachnhiem.demo import DemoSpec",
    }
    for module, source in allowed.items():
        assert violations(module, imported_names(source, module)) == [], module


def test_source_follows_the_layer_rules() -> None:
    """No module under src/bamtrachnhiem breaks an import rule of architecture.md."""
    sources = _all_sources()
    assert len(sources) > 10
    found = []
    for path in sources:
        module = _module_name(path)
        names = imported_names(
            path.read_text(encoding="utf-8"), module, is_package=path.name == "__init__.py"
        )
        found.extend(violations(module, names))
    assert found == []


def database_access(source: str) -> list[str]:
    """Where ``source`` writes SQL or reaches a connection, cursor or the models itself."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if SQL_STATEMENT.match(node.value):
                found.append(f"line {node.lineno}: SQL {node.value.split()[0]}")
        elif isinstance(node, ast.Attribute) and node.attr in DATABASE_ATTRIBUTES:
            found.append(f"line {node.lineno}: .{node.attr}")
    return found


def test_database_access_checker_finds_sql_and_connections() -> None:
    """The checker sees a statement, a connection and the models; plain words pass."""
    assert database_access('db.connection.execute_sql("UPDATE member SET x = 1")')
    assert database_access("cursor = ctx.database.connection.cursor()")
    assert database_access("ctx.database.models.Member.insert(id='x').execute()")
    assert database_access('q = """\n  select id from member"""')
    fine = '"""Create one branch from its packet."""\nctx.members.set_status(m, s, note="Update")'
    assert database_access(fine) == []


def test_demo_calls_services_only() -> None:
    """The demo package writes no SQL and touches no connection or model: services only."""
    sources = sorted((PACKAGE_DIR / "demo").rglob("*.py"))
    assert len(sources) >= 4
    found = {
        path.name: problems
        for path in sources
        if (problems := database_access(path.read_text(encoding="utf-8")))
    }
    assert found == {}


NO_QT_RUN = textwrap.dedent(
    """
    import importlib
    import importlib.abc
    import pathlib
    import sys
    import tempfile

    class BlockQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"{name} is blocked: this process has no Qt")
            return None

    sys.meta_path.insert(0, BlockQt())
    try:
        import PySide6  # noqa: F401
    except ImportError:
        pass
    else:
        raise SystemExit("the Qt blocker did not work")

    package_dir = pathlib.Path(sys.argv[1])
    imported = 0
    for path in sorted(package_dir.rglob("*.py")):
        parts = path.relative_to(package_dir.parent).with_suffix("").parts
        if parts[1:2] == ("gui",) or parts[-1] == "__main__":
            continue  # gui is Qt's; __main__ would run the program
        if parts[-1] == "__init__":
            parts = parts[:-1]
        importlib.import_module(".".join(parts))
        imported += 1

    from bamtrachnhiem.bootstrap import open_context
    from bamtrachnhiem.domain.records import Member, Unit

    with tempfile.TemporaryDirectory() as folder:
        context = open_context(pathlib.Path(folder) / "khong-qt.db", create=True)
        try:
            context.units.create_own(Unit(code="CD-A", name="Chi đoàn A"))
            context.members.save(Member(given_name="An", family_middle_name="Nguyễn Văn"))
            assert context.members.count() == 1
        finally:
            context.close()
    assert "PySide6" not in sys.modules
    print("imported", imported)
    """
)


def test_everything_but_gui_runs_without_qt(tmp_path: Path) -> None:
    """With PySide6 unimportable, every non-GUI module imports and a member can be saved."""
    run = subprocess.run(
        [sys.executable, "-c", NO_QT_RUN, str(PACKAGE_DIR)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("imported ")
    assert int(run.stdout.split()[1]) >= 10
