"""run_app starts the cache's check once the window is shown, and a rebuilt cache is said in plain words."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from offline_cache.database import OpenReport
from tests.ui.fakes import FakeContext
from ui.app import run_app
from ui.settings import UiSettings
from ui.shell.cache_notice import CacheRebuiltNotice
from ui.shell.main_window import MainWindow


def _rebuilt(tmp_path: Path, *, rescued: int = 0, lost: bool = False) -> OpenReport:
    moved = tmp_path / "profile.cache.db.corrupt-20261123T101500Z"
    return OpenReport(path=tmp_path / "profile.cache.db", rebuilt=True, reason="corrupt: database disk image is "
                      "malformed", moved_to=moved, rescued_outbox=rescued, outbox_lost_file=moved if lost else None)


class _DamagedCacheContext(FakeContext):
    """The background check finds the cache damaged as soon as it is started."""

    def __init__(self, report: OpenReport) -> None:
        super().__init__()
        self.report = report
        self.window_shown_at_watch: bool | None = None

    def watch_cache(self, on_rebuilt: Callable[[Any], None]) -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        self.window_shown_at_watch = any(w.isVisible() for w in windows)
        on_rebuilt(self.report)


def test_run_app_checks_the_cache_after_showing_the_window_and_tells_a_rebuild(qapp: QApplication,
                                                                                tmp_path: Path) -> None:
    context = _DamagedCacheContext(_rebuilt(tmp_path, rescued=2))
    seen: list[str] = []
    polls = [0]

    def read_notice_and_close() -> None:
        boxes = [w for w in qapp.topLevelWidgets() if w.objectName() == "CacheRebuiltNotice" and w.isVisible()]
        polls[0] += 1
        if not boxes and polls[0] < 1000:  # ~10 s, then close anyway: the test fails, it does not hang
            return
        for box in boxes:
            assert isinstance(box, QMessageBox)
            seen.extend([box.text(), box.informativeText()])
            box.accept()
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()
        poll.stop()

    poll = QTimer()
    poll.setInterval(10)
    poll.timeout.connect(read_notice_and_close)
    poll.start()
    quit_on_close = qapp.quitOnLastWindowClosed()
    try:
        assert run_app([], context_factory=lambda: context, settings=UiSettings()) == 0
    finally:
        poll.stop()
        qapp.setQuitOnLastWindowClosed(quit_on_close)
    assert context.window_shown_at_watch is True  # the first screen is not held up by the check
    text, details = seen
    assert "damaged" in text and "downloaded again" in text
    assert "kept (2)" in details
    assert context.closed


def test_the_notice_names_the_kept_file_when_unsent_changes_could_not_be_recovered(qtbot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    notice = CacheRebuiltNotice(window)
    notice.show_report(_rebuilt(tmp_path, lost=True))
    box = notice.box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "could not be recovered" in box.informativeText()
    assert "profile.cache.db.corrupt-20261123T101500Z" in box.informativeText()
    box.accept()

    notice.show_report(_rebuilt(tmp_path))
    assert notice.box is not None
    assert notice.box.informativeText() == "No change waiting to be sent was lost."
    notice.box.accept()
