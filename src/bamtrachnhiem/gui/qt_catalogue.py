"""Qt's own strings that the app shows, and where to find their English source texts.

Qt ships no Vietnamese translation of its widgets, so "Look in", "Show Details…", the
Undo/Copy/Paste menu of every text field and the print dialogs would stay English. We keep a
translation of our own, ``translations/qt_vi.ts``, for the Qt contexts listed here; it is
compiled and loaded with the app's translation (``gui/i18n.py``).

The English source texts are read from the ``qtbase_*.qm`` files PySide6 ships (a .qm keeps
the source text of every message it translates), keeping the texts that the installed Qt
libraries still contain: what this Qt can show. ``scripts/update_translations.py`` adds new
ones to ``qt_vi.ts`` as unfinished, and ``tests/gui/test_translations.py`` fails until each
is translated.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

# Contexts of qtbase whose strings a user of this app can see: file dialogs, the text
# fields' context menu, message boxes, button boxes, wizards, spin boxes and scroll bars'
# menus, progress dialogs, and the print, preview and page set-up dialogs.
QT_CONTEXTS: tuple[str, ...] = (
    "QAbstractFileIconProvider",
    "QAbstractSpinBox",
    "QApplication",
    "QComboBox",
    "QCupsJobWidget",
    "QCupsPrinterSupport",
    "QDialog",
    "QDialogButtonBox",
    "QFileDialog",
    "QFileSystemModel",
    "QInputDialog",
    "QLineEdit",
    "QMessageBox",
    "QPageSetupWidget",
    "QPageSize",
    "QPlatformTheme",
    "QPrintDialog",
    "QPrintPreviewDialog",
    "QPrintPropertiesDialog",
    "QPrintPropertiesWidget",
    "QPrintSettingsOutput",
    "QPrintWidget",
    "QProgressDialog",
    "QScrollBar",
    "QWidget",
    "QWidgetTextControl",
    "QWizard",
)
# Left out on purpose (decision 0020): QShortcut, the key names shown beside menu entries
# ("Ctrl+S"), which are printed in English on the keys of Vietnamese keyboards too.

_QM_MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")
_MESSAGES_BLOCK = 0x69
_END, _TRANSLATION, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 6, 7, 8
_OBSOLETE = (5, 9)

Message = tuple[str, str, str]  # (context, source text, comment)


def read_qm_sources(path: Path) -> set[Message]:
    """Every (context, source, comment) a compiled .qm holds."""
    data = path.read_bytes()
    if not data.startswith(_QM_MAGIC):
        return set()
    found: set[Message] = set()
    pos = len(_QM_MAGIC)
    while pos + 5 <= len(data):
        tag = data[pos]
        (length,) = struct.unpack(">I", data[pos + 1 : pos + 5])
        block = data[pos + 5 : pos + 5 + length]
        pos += 5 + length
        if tag == _MESSAGES_BLOCK:
            found |= _messages(block)
    return found


def _messages(block: bytes) -> set[Message]:
    found: set[Message] = set()
    fields: dict[int, str] = {}
    p = 0
    while p < len(block):
        tag = block[p]
        p += 1
        if tag == _END:
            if _SOURCE in fields and _CONTEXT in fields:
                found.add((fields[_CONTEXT], fields[_SOURCE], fields.get(_COMMENT, "")))
            fields = {}
            continue
        if tag in _OBSOLETE:
            continue
        (length,) = struct.unpack(">I", block[p : p + 4])
        p += 4
        if length == 0xFFFFFFFF:
            continue
        raw = block[p : p + length]
        p += length
        if tag in (_SOURCE, _CONTEXT, _COMMENT):
            fields[tag] = raw.decode("utf-8")
        elif tag != _TRANSLATION:
            break  # a tag this reader does not know: stop rather than misread
    return found


def _qt_binaries() -> Iterable[Path]:
    folders = {
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath)),
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.BinariesPath)),
    }
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    for folder in folders:
        for name in ("Core", "Gui", "Widgets", "PrintSupport"):
            yield from folder.glob(f"*Qt6{name}.*")
    for sub in ("printsupport", "platforms", "platformthemes"):
        yield from (plugins / sub).glob("*")


def qt_source_strings() -> set[Message]:
    """The English texts of ``QT_CONTEXTS`` that the installed Qt can show."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    known: set[Message] = set()
    for qm in sorted(folder.glob("qtbase_*.qm")):
        known |= {m for m in read_qm_sources(qm) if m[0] in QT_CONTEXTS}
    binaries = b"".join(p.read_bytes() for p in _qt_binaries() if p.is_file())
    # A text that no Qt library holds any more belongs to an older Qt: nothing shows it.
    return {m for m in known if m[1].encode("utf-8") in binaries}
