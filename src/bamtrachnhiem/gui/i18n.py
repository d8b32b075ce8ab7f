"""Loading the compiled Vietnamese translation; the core's messages follow the same choice."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from bamtrachnhiem import messages
from bamtrachnhiem.gui import preferences

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, lang: str | None = None) -> str:
    """Install the app's translation for ``lang`` (default: the saved preference)."""
    lang = lang or preferences.language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang == "vi":
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        # Ours, and Qt's own strings (file dialogs, text menus, print dialogs), which Qt
        # ships no Vietnamese for: gui/qt_catalogue.py.
        for name in ("qt_vi.qm", "bamtrachnhiem_vi.qm"):
            translator = QTranslator(app)
            qm = resources.files("bamtrachnhiem.translations") / name
            if translator.load(str(qm)):
                app.installTranslator(translator)
                _installed.append(translator)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return lang


def current_language() -> str:
    """The language in use for texts built outside Qt (error messages of the core)."""
    return preferences.language()


def describe(error: Exception) -> str:
    """A core ``AppError`` as a sentence in the chosen language."""
    return messages.describe(error, current_language())  # type: ignore[arg-type]
