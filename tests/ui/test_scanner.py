"""Keyboard-wedge scanner: a fast burst + Enter is a scan; a person's typing reaches the widget.

The detector's clock is injected, so "fast" and "slow" are decided by the test, not by the
machine's load.
"""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ui.scanner import ScannerDetector


class FakeClock:
    """Milliseconds; every reading advances by `step` (the pace of the keystrokes)."""

    def __init__(self, step: float) -> None:
        self.now = 1000.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@pytest.fixture
def form(qtbot) -> Iterator[tuple[QWidget, QLineEdit]]:
    host = QWidget()
    qtbot.addWidget(host)
    edit = QLineEdit(host)
    QVBoxLayout(host).addWidget(edit)
    host.show()
    qtbot.waitExposed(host)
    yield host, edit


def make_detector(qapp, clock: FakeClock) -> ScannerDetector:
    detector = ScannerDetector(max_interval_ms=30, min_length=6, clock=clock)
    detector.install(qapp)
    return detector


def test_burst_ending_with_enter_is_a_scan_and_is_swallowed(qapp, qtbot, form) -> None:
    _, edit = form
    detector = make_detector(qapp, FakeClock(step=4))
    returned: list[bool] = []
    edit.returnPressed.connect(lambda: returned.append(True))
    try:
        with qtbot.waitSignal(detector.scanned, check_params_cb=lambda code: code == "2990000123456"):
            QTest.keyClicks(edit, "2990000123456", delay=0)
            QTest.keyClick(edit, Qt.Key.Key_Return)
        assert edit.text() == ""
        assert returned == []
        assert detector.pending == ""
    finally:
        detector.uninstall()


def test_slow_typing_reaches_the_widget_and_is_no_scan(qapp, qtbot, form) -> None:
    _, edit = form
    clock = FakeClock(step=0)
    detector = make_detector(qapp, clock)
    scans: list[str] = []
    detector.scanned.connect(scans.append)
    returned: list[bool] = []
    edit.returnPressed.connect(lambda: returned.append(True))
    try:
        for char in "Dupont":
            QTest.keyClick(edit, char)
            clock.now += 180  # a person: ~180 ms between keys
        QTest.keyClick(edit, Qt.Key.Key_Return)
        assert edit.text() == "Dupont"
        assert returned == [True]
        assert scans == []
    finally:
        detector.uninstall()


def test_held_keys_are_replayed_by_the_timer_when_no_key_follows(qapp, qtbot, form) -> None:
    _, edit = form
    detector = make_detector(qapp, FakeClock(step=1))
    try:
        QTest.keyClicks(edit, "ab", delay=0)
        assert edit.text() == "" and detector.pending == "ab"  # held back, maybe a scanner
        qtbot.waitUntil(lambda: edit.text() == "ab")  # nothing followed: it was a person
    finally:
        detector.uninstall()


def test_short_fast_burst_with_enter_is_typing(qapp, qtbot, form) -> None:
    _, edit = form
    detector = make_detector(qapp, FakeClock(step=2))
    scans: list[str] = []
    detector.scanned.connect(scans.append)
    try:
        QTest.keyClicks(edit, "abc", delay=0)
        QTest.keyClick(edit, Qt.Key.Key_Return)
        assert edit.text() == "abc" and scans == []
    finally:
        detector.uninstall()


def test_shortcuts_and_editing_keys_pass_through(qapp, qtbot, form) -> None:
    _, edit = form
    detector = make_detector(qapp, FakeClock(step=2))
    try:
        QTest.keyClicks(edit, "abcd", delay=0)
        QTest.keyClick(edit, Qt.Key.Key_Backspace)  # releases the held keys first, then erases
        assert edit.text() == "abc"
        QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        assert edit.selectedText() == "abc"
    finally:
        detector.uninstall()


def test_uninstalled_detector_sees_nothing(qapp, qtbot, form) -> None:
    _, edit = form
    detector = make_detector(qapp, FakeClock(step=1))
    detector.uninstall()
    QTest.keyClicks(edit, "12345678", delay=0)
    assert edit.text() == "12345678"


def test_a_tap_or_a_focus_change_releases_held_keys_first(qapp, qtbot) -> None:
    from PySide6.QtWidgets import QPushButton

    host = QWidget()
    qtbot.addWidget(host)
    first, second, button = QLineEdit(host), QLineEdit(host), QPushButton("OK", host)
    layout = QVBoxLayout(host)
    for w in (first, second, button):
        layout.addWidget(w)
    host.show()
    detector = make_detector(qapp, FakeClock(step=1))
    try:
        QTest.keyClicks(first, "camille", delay=0)
        QTest.keyClicks(second, "pw", delay=0)  # another field: the first one's keys go back first
        assert first.text() == "camille"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert second.text() == "pw"
    finally:
        detector.uninstall()
