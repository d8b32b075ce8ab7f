"""Windows that fit the screen they open on: a 1366×768 laptop with a taskbar is the rule.

- ``fit_window(window, width, height)``: the size a window would like, shrunk to the usable
  part of its screen and centred there. Call it instead of ``resize`` in a constructor.
- ``scrolling(content)``: a frameless scroll area around a tall form, so a dialog can be
  shorter than its content and its buttons stay on screen.
- ``ScreenFit``, installed once on the application (``install``), checks every window as it
  is shown: one larger than the usable area is shrunk (down to what its layout allows) and
  moved fully on screen, and one its layout will not let shrink is logged (the tour,
  ``scripts/tour.py``, fails on it).

"Usable" is the screen's available geometry (without the taskbar) less a title bar. When
the system reports no taskbar at all (Xvfb, offscreen), room for one is kept anyway, so
what fits in a test fits on an office laptop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

log = logging.getLogger(__name__)

TITLE_BAR = 32  # a window manager's title bar above the window's own geometry
FRAME = 8  # its borders, left and right
TASKBAR = 48  # kept free when the system reports the whole screen as available


def screen_of(widget: QWidget | None) -> QScreen:
    """The screen ``widget`` (or its parent window) is on, else the primary one."""
    while widget is not None:
        screen = widget.screen()
        if screen is not None:
            return screen
        widget = widget.parentWidget()
    return QGuiApplication.primaryScreen()


def usable_rect(widget: QWidget | None = None) -> QRect:
    """Where a window's contents (its geometry, without title bar) may lie on its screen."""
    screen = screen_of(widget)
    available = screen.availableGeometry()
    if available == screen.geometry():
        available = available.adjusted(0, 0, 0, -TASKBAR)
    return available.adjusted(FRAME, TITLE_BAR, -FRAME, -FRAME)


def fits(widget: QWidget) -> bool:
    """True when the window's geometry lies within the usable part of its screen."""
    return usable_rect(widget).contains(widget.geometry())


def fit_window(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width``×``height`` or as much as its screen allows; centre it."""
    room = usable_rect(window)
    size = QSize(min(width, room.width()), min(height, room.height()))
    window.resize(size.expandedTo(window.minimumSize()))
    _place(window, room)


def _place(window: QWidget, room: QRect) -> None:
    """Move ``window`` so that it lies within ``room``, centred over its parent if any."""
    frame = window.geometry()
    parent = window.parentWidget()
    anchor = parent.window().geometry() if parent is not None else room
    frame.moveCenter(anchor.center())
    frame.moveLeft(max(room.left(), min(frame.left(), room.right() - frame.width() + 1)))
    frame.moveTop(max(room.top(), min(frame.top(), room.bottom() - frame.height() + 1)))
    window.move(frame.topLeft())


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that scrolls only when the window is short."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return area


class ScreenFit(QObject):
    """Shrinks and moves every window shown so that it fits its screen (see the module).

    ``ON_SHOW`` holds what else every window gets as it is first shown (the table menus of
    ``gui/table_tools.py``): one application-wide filter serves them all.
    """

    ON_SHOW: ClassVar[list[Callable[[QWidget], object]]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
        ):
            self.fit(watched)
            for hook in self.ON_SHOW:
                hook(watched)
        return False

    @staticmethod
    def fit(window: QWidget) -> None:
        room = usable_rect(window)
        if room.contains(window.geometry()):
            return
        if window.width() > room.width() or window.height() > room.height():
            window.resize(min(window.width(), room.width()), min(window.height(), room.height()))
        _place(window, room)
        if not room.contains(window.geometry()):
            log.warning(
                "%s (%s) is %dx%d, larger than the %dx%d usable on screen",
                type(window).__name__,
                window.windowTitle(),
                window.width(),
                window.height(),
                room.width(),
                room.height(),
            )


_installed: list[ScreenFit] = []


def install(app: QApplication) -> None:
    """Fit every window the application shows from now on (once per application)."""
    if not _installed:
        fitter = ScreenFit(app)
        app.installEventFilter(fitter)
        _installed.append(fitter)
