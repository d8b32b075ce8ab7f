"""What pip installs is the whole app: every package, the fonts and the translation."""

from __future__ import annotations

import tomllib
from pathlib import Path

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
