"""Auto-lock after a (here very short, injected) period without input."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ui.shell.idle import IdleWatcher


def test_idle_fires_after_the_timeout(qtbot, qapp) -> None:
    watcher = IdleWatcher(0.05, app=qapp)
    watcher.start()
    try:
        with qtbot.waitSignal(watcher.idle, timeout=2000):
            pass
    finally:
        watcher.stop()


def test_input_postpones_idle(qtbot, qapp) -> None:
    button = QPushButton("tap")
    qtbot.addWidget(button)
    button.show()
    watcher = IdleWatcher(0.4, app=qapp)
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    try:
        qtbot.waitUntil(lambda: watcher._timer.remainingTime() < 250)  # most of the period has gone
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert watcher._timer.remainingTime() > 300  # the tap started a full period again
        assert fired == []
        qtbot.waitUntil(lambda: fired == [True], timeout=2000)
    finally:
        watcher.stop()


def test_stopped_or_disabled_watcher_never_fires(qtbot, qapp) -> None:
    watcher = IdleWatcher(0, app=qapp)
    watcher.start()
    with qtbot.assertNotEmitted(watcher.idle, wait=100):
        pass
    watcher.set_timeout(0.05)
    watcher.stop()
    with qtbot.assertNotEmitted(watcher.idle, wait=150):
        pass
