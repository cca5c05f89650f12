"""PIN pad and lock screen, driven by taps."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ui.shell.lock_screen import LockScreen
from ui.widgets.pin_pad import PinPad

LEFT = Qt.MouseButton.LeftButton


def tap_digits(qtbot, pad: PinPad, digits: str) -> None:
    for digit in digits:
        qtbot.mouseClick(pad.digit_buttons[digit], LEFT)


def test_pin_pad_taps_backspace_ok(qtbot) -> None:
    pad = PinPad()
    qtbot.addWidget(pad)
    pad.show()
    assert not pad.ok_button.isEnabled()
    tap_digits(qtbot, pad, "12399")
    qtbot.mouseClick(pad.backspace_button, LEFT)
    assert pad.pin == "1239"
    assert pad.ok_button.isEnabled()
    with qtbot.waitSignal(pad.pinEntered, check_params_cb=lambda pin: pin == "1239"):
        qtbot.mouseClick(pad.ok_button, LEFT)
    assert pad.pin == ""  # never kept after submission


def test_pin_pad_ignores_short_pins_and_caps_length(qtbot) -> None:
    pad = PinPad()
    qtbot.addWidget(pad)
    with qtbot.assertNotEmitted(pad.pinEntered):
        tap_digits(qtbot, pad, "12")
        pad.submit()
    tap_digits(qtbot, pad, "34567890")
    assert pad.pin == "12345678"


def test_pin_pad_keys_are_big(qtbot) -> None:
    pad = PinPad()
    qtbot.addWidget(pad)
    pad.resize(400, 400)
    pad.show()
    qtbot.waitExposed(pad)
    for button in [*pad.digit_buttons.values(), pad.ok_button, pad.backspace_button]:
        assert button.height() >= 56 and button.width() >= 56


def test_pin_pad_accepts_a_keyboard(qtbot) -> None:
    pad = PinPad()
    qtbot.addWidget(pad)
    QTest.keyClicks(pad, "4321")
    with qtbot.waitSignal(pad.pinEntered, check_params_cb=lambda pin: pin == "4321"):
        QTest.keyClick(pad, Qt.Key.Key_Return)


def test_lock_screen(qtbot) -> None:
    lock = LockScreen()
    qtbot.addWidget(lock)
    lock.set_associate("Camille Martin")
    lock.show()
    assert lock.title_label.text() == "Locked — Camille Martin"
    tap_digits(qtbot, lock.pin_pad, "2468")
    with qtbot.waitSignal(lock.pinEntered, check_params_cb=lambda pin: pin == "2468"):
        qtbot.mouseClick(lock.pin_pad.ok_button, LEFT)
    lock.show_error("Wrong PIN. Try again.")
    assert lock.error_label.isVisible()
    with qtbot.waitSignal(lock.switchAssociateRequested):
        qtbot.mouseClick(lock.switch_button, LEFT)
    lock.reset()
    assert not lock.error_label.isVisible()
