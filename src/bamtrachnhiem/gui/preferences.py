"""User preferences kept in QSettings: language, last data file, window state."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from bamtrachnhiem import APP_NAME
from bamtrachnhiem.messages import DEFAULT_LANGUAGE, LANGUAGES


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def language() -> str:
    """The chosen UI language; Vietnamese whatever the system locale."""
    value = str(_settings().value("ui/language", DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    _settings().setValue("ui/language", code if code in LANGUAGES else DEFAULT_LANGUAGE)


def last_database() -> str:
    return str(_settings().value("data/last_database", ""))


def set_last_database(path: str) -> None:
    _settings().setValue("data/last_database", path)


def window_state(name: str) -> tuple[QByteArray | None, QByteArray | None]:
    """Saved (geometry, state) of a window, or Nones the first time."""
    s = _settings()
    geometry = s.value(f"windows/{name}/geometry")
    state = s.value(f"windows/{name}/state")
    return (
        geometry if isinstance(geometry, QByteArray) else None,
        state if isinstance(state, QByteArray) else None,
    )


def set_window_state(name: str, geometry: QByteArray, state: QByteArray | None = None) -> None:
    s = _settings()
    s.setValue(f"windows/{name}/geometry", geometry)
    if state is not None:
        s.setValue(f"windows/{name}/state", state)
