"""run_app end to end: the qasync loop starts, the shell signs in from a fake context, and
closing the window ends main() after the services are closed."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.ui.fakes import FakeContext
from ui.app import run_app
from ui.settings import UiSettings
from ui.shell.main_window import MainWindow


def test_run_app_starts_and_quits_cleanly(qapp: QApplication) -> None:
    context = FakeContext()
    seen: list[str] = []

    async def factory() -> FakeContext:
        return context

    def close_when_shown() -> None:
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.current_screen())
                seen.append(widget.sign_in.store_combo.itemText(0))
                widget.close()
                poll.stop()

    poll = QTimer()
    poll.setInterval(10)
    poll.timeout.connect(close_when_shown)
    poll.start()
    quit_on_close = qapp.quitOnLastWindowClosed()
    try:
        code = run_app([], context_factory=factory, settings=UiSettings())
    finally:
        poll.stop()
        qapp.setQuitOnLastWindowClosed(quit_on_close)
    assert code == 0
    assert seen == [MainWindow.SIGN_IN, "Paris Opéra"]
    assert context.closed
