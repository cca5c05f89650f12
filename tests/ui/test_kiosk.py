"""Kiosk: the window refuses to close until a manager PIN is verified (asynchronously)."""
from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from ui.shell.kiosk import KioskMode
from ui.tasks import TaskRegistry

LEFT = Qt.MouseButton.LeftButton


def enter_pin(qtbot, kiosk: KioskMode, pin: str) -> None:
    pad = kiosk.dialog.pin_pad
    for digit in pin:
        qtbot.mouseClick(pad.digit_buttons[digit], LEFT)
    qtbot.mouseClick(pad.ok_button, LEFT)


def make_kiosk(qtbot, verify) -> tuple[QMainWindow, KioskMode]:
    window = QMainWindow()
    qtbot.addWidget(window)
    kiosk = KioskMode(window, verify, TaskRegistry())
    kiosk.enable()
    qtbot.waitExposed(window)
    return window, kiosk


def test_kiosk_window_is_frameless_full_screen_on_top(qtbot, qloop) -> None:
    window, _ = make_kiosk(qtbot, lambda pin: asyncio.sleep(0, result=False))
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert window.isFullScreen()


def test_close_is_refused_without_a_manager_pin(qtbot, qloop) -> None:
    checked: list[str] = []

    async def verify(pin: str) -> bool:
        checked.append(pin)
        await asyncio.sleep(0)
        return pin == "9999"

    window, kiosk = make_kiosk(qtbot, verify)
    with qtbot.waitSignal(kiosk.closeRefused):
        assert window.close() is False
    assert window.isVisible()
    assert kiosk.dialog is not None and kiosk.dialog.isVisible()  # asked with open(), not exec()

    with qtbot.waitSignal(kiosk.exitDenied):
        enter_pin(qtbot, kiosk, "1234")
    assert checked == ["1234"]
    assert window.isVisible() and kiosk.dialog.isVisible()
    assert kiosk.dialog.error_label.isVisible()

    kiosk.dialog.reject()
    assert window.close() is False
