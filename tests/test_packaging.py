"""What pip installs and what PyInstaller freezes is the whole app: every module, the fonts
and the translation."""

from __future__ import annotations

import pkgutil
import sys
import tomllib
import types
from pathlib import Path

from bamtrachnhiem import messages

ROOT = Path(__file__).resolve().parents[1]


def _declared() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_source_package_is_declared():
    """A package folder under src/ missing from pyproject would be left out of installs."""
    found = {
        ".".join(init.parent.relative_to(ROOT / "src").parts)
        for init in (ROOT / "src").rglob("__init__.py")
    }
    assert found - _declared() == set()


def test_resources_and_translations_are_declared():
    """Fonts, icons and the compiled translation are shipped as package data."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = config["tool"]["setuptools"]["package-data"]
    assert {"bamtrachnhiem.resources", "bamtrachnhiem.translations"} <= _declared()
    assert "*.qm" in data["bamtrachnhiem.translations"]
    assert any(p.startswith("fonts") for p in data["bamtrachnhiem.resources"])
    assert (ROOT / "translations" / "bamtrachnhiem_vi.qm").exists()


# --- the PyInstaller spec, checked without PyInstaller -----------------------------------


def _source_modules(package: str) -> list[str]:
    """``package`` and every module below it, from the source tree (what PyInstaller's
    ``collect_submodules`` finds)."""
    src = ROOT / "src"
    names = []
    for path in (src / package.replace(".", "/")).rglob("*.py"):
        parts = path.relative_to(src).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return sorted(names)


def _run_spec(monkeypatch) -> dict[str, dict]:
    """Run the spec with PyInstaller's build steps recorded, not performed: each program's
    ``Analysis`` options, by the name of its script."""
    analyses: dict[str, dict] = {}

    class Analysis:
        def __init__(self, scripts: list[str], **options) -> None:
            analyses[Path(scripts[0]).name] = options
            self.pure = self.scripts = self.binaries = self.datas = []

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, **_: _source_modules(package)
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    spec = ROOT / "packaging" / "bamtrachnhiem.spec"
    namespace = {
        "SPECPATH": str(spec.parent),
        "Analysis": Analysis,
        "PYZ": lambda *a, **k: None,
        "EXE": lambda *a, **k: None,
        "COLLECT": lambda *a, **k: None,
    }
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    return analyses


def test_spec_collects_every_message_module(monkeypatch):
    """The catalogue imports its modules by name at run time, which PyInstaller cannot see:
    the spec must name each of them, or the frozen app prints only "Lỗi không xác định"."""
    analyses = _run_spec(monkeypatch)
    catalogue = {
        f"bamtrachnhiem.messages.{info.name}" for info in pkgutil.iter_modules(messages.__path__)
    }
    assert len(catalogue) > 10
    assert set(analyses) == {"app.py", "main.py"}
    for script, options in analyses.items():
        assert catalogue - set(options["hiddenimports"]) == set(), script


def test_spec_keeps_the_cli_free_of_qt(monkeypatch):
    """The frozen CLI gets the core's modules but none of the GUI's."""
    hidden = _run_spec(monkeypatch)["main.py"]["hiddenimports"]
    assert "bamtrachnhiem.cli.packet_cmd" in hidden
    assert [name for name in hidden if name.startswith(("bamtrachnhiem.gui", "PySide6"))] == []


def test_spec_data_files_exist(monkeypatch):
    """Every font, icon and translation the spec ships is where it says, the .qm included."""
    datas = _run_spec(monkeypatch)["app.py"]["datas"]
    sources = [Path(source) for source, _ in datas]
    assert all(source.exists() for source in sources), sources
    assert ROOT / "translations" / "bamtrachnhiem_vi.qm" in sources
    assert ROOT / "translations" / "qt_vi.qm" in sources
