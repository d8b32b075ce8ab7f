"""Every keyboard shortcut of the app, listed once for the guide (Trợ giúp → Hướng dẫn).

A page or dialog that adds a shortcut adds a line here too, and says the keys in the
tooltip of the button it presses ("… (Ctrl+N)"); menus show theirs by themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(keys, where, what it does), in the user's language."""

    return [
        (
            "Ctrl+O",
            QCoreApplication.translate("Shortcuts", "Everywhere"),
            QCoreApplication.translate("Shortcuts", "Open another data file"),
        ),
        (
            "Ctrl+Q",
            QCoreApplication.translate("Shortcuts", "Everywhere"),
            QCoreApplication.translate("Shortcuts", "Quit"),
        ),
        (
            "F1",
            QCoreApplication.translate("Shortcuts", "Everywhere"),
            QCoreApplication.translate("Shortcuts", "This guide"),
        ),
        (
            "Ctrl+C",
            QCoreApplication.translate("Shortcuts", "Any table"),
            QCoreApplication.translate(
                "Shortcuts", "Copy the selected rows (they paste into Excel)"
            ),
        ),
        (
            "Ctrl+N",
            QCoreApplication.translate("Shortcuts", "Members, Initiatives, Campaigns"),
            QCoreApplication.translate(
                "Shortcuts", "Add a member, an initiative, a campaign or an activity"
            ),
        ),
        (
            "Ctrl+F",
            QCoreApplication.translate("Shortcuts", "Members, Pledges"),
            QCoreApplication.translate("Shortcuts", "Go to the search box"),
        ),
        (
            "Enter, Delete",
            QCoreApplication.translate("Shortcuts", "Campaigns & activities"),
            QCoreApplication.translate("Shortcuts", "Open, delete the selected line"),
        ),
        (
            "Ctrl+P",
            QCoreApplication.translate("Shortcuts", "Pledges"),
            QCoreApplication.translate("Shortcuts", "Save the pledge form to sign as PDF"),
        ),
        (
            "Ctrl+S",
            QCoreApplication.translate("Shortcuts", "Monthly assessment, pledge"),
            QCoreApplication.translate("Shortcuts", "Save"),
        ),
        (
            "Ctrl+1, Ctrl+2",
            QCoreApplication.translate("Shortcuts", "Monthly assessment"),
            QCoreApplication.translate("Shortcuts", "Self scores, branch scores"),
        ),
        (
            "Ctrl+E",
            QCoreApplication.translate("Shortcuts", "Monthly assessment"),
            QCoreApplication.translate("Shortcuts", "Evidence note and veto of the member"),
        ),
        (
            "Ctrl+V",
            QCoreApplication.translate("Shortcuts", "Monthly assessment"),
            QCoreApplication.translate("Shortcuts", "Paste scores copied from Excel"),
        ),
        (
            "Ctrl+E",
            QCoreApplication.translate("Shortcuts", "Data exchange"),
            QCoreApplication.translate("Shortcuts", "Export the data packet"),
        ),
        (
            "Ctrl+I",
            QCoreApplication.translate("Shortcuts", "Data exchange"),
            QCoreApplication.translate("Shortcuts", "Choose packet files to receive"),
        ),
        (
            "Ctrl+T",
            QCoreApplication.translate("Shortcuts", "Campaign"),
            QCoreApplication.translate("Shortcuts", "Add a target row"),
        ),
        (
            "Ctrl+Enter",
            QCoreApplication.translate("Shortcuts", "Evidence note"),
            QCoreApplication.translate("Shortcuts", "Save the note"),
        ),
        (
            "F5",
            QCoreApplication.translate("Shortcuts", "Overview"),
            QCoreApplication.translate("Shortcuts", "Read the figures again"),
        ),
    ]
