"""Entry point of the Qt app: QApplication, style, translations, the qasync loop, the shell.

``run_app(argv, context_factory=...)`` is what the CLI calls. The asyncio loop is qasync's
QEventLoop (qasync README): ``asyncio.run(main(), loop_factory=QEventLoop)`` on Python ≥ 3.12,
the same through ``asyncio.Runner`` on 3.11. ``main()`` ends when the window is closed or the
application is asked to quit (``aboutToQuit``), after closing the services cleanly.
"""
from __future__ import annotations

import asyncio
import gc
import inspect
import logging
import sys
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from typing import Any

import qasync
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from resources import read_style
from ui.context import AppContext
from ui.i18n import LanguageManager
from ui.settings import APPLICATION, ORGANIZATION, UiSettings, load_settings
from ui.shell.cache_notice import CacheRebuiltNotice
from ui.shell.controller import AppShell
from ui.shell.main_window import MainWindow
from ui.tasks import TaskRegistry
from ui.workspace import install_areas

log = logging.getLogger(__name__)

ContextFactory = Callable[[], AppContext | Awaitable[AppContext]]


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication with the app's attributes, names and style sheet (idempotent)."""
    existing = QApplication.instance()
    if existing is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_SynthesizeMouseForUnhandledTouchEvents, True)
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_CompressHighFrequencyEvents, True)
        app = QApplication(list(argv))
    else:
        assert isinstance(existing, QApplication)
        app = existing
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Clienteling")
    app.setStyle("Fusion")  # the style sheet is written against Fusion on every platform
    app.setStyleSheet(read_style("app"))
    return app


def settle_memory() -> None:
    """Once start-up is done: freeze what was loaded so the collector stops rescanning it.

    Qt, pydantic and the app leave a large heap of long-lived objects; every full collection
    walked all of them and froze the screen ~100 ms during a sync (measured by the bench's UI
    stall row). Frozen, a collection only walks what the sync is churning through.
    """
    gc.collect()
    gc.freeze()


def _run(coro: Coroutine[Any, Any, int], loop_factory: Callable[[], asyncio.AbstractEventLoop]) -> int:
    if sys.version_info >= (3, 12):
        return asyncio.run(coro, loop_factory=loop_factory)
    with asyncio.Runner(loop_factory=loop_factory) as runner:
        return runner.run(coro)


def run_app(
    argv: Sequence[str],
    *,
    context_factory: ContextFactory,
    settings: UiSettings | None = None,
) -> int:
    """Run the app until its window closes; returns the process exit code."""
    app = create_application(argv)
    ui_settings = settings or load_settings()
    languages = LanguageManager(app)
    languages.set_language(ui_settings.language)
    tasks = TaskRegistry()
    app.setQuitOnLastWindowClosed(False)  # main() closes the services first, then the loop stops

    async def main() -> int:
        loop = asyncio.get_running_loop()
        done: asyncio.Future[None] = loop.create_future()

        def finish(*_: object) -> None:
            if not done.done():
                done.set_result(None)

        app.aboutToQuit.connect(finish)
        app.lastWindowClosed.connect(finish)

        context = context_factory()
        if inspect.isawaitable(context):
            context = await context
        window = MainWindow()
        shell = AppShell(window, context, settings=ui_settings, languages=languages, tasks=tasks, app=app)
        install_areas(shell, context)
        await shell.start()
        settle_memory()
        if shell.kiosk is not None:
            window.showFullScreen()
        else:
            window.show()
        # The cache's full consistency check runs now, in the background (seconds on a large
        # cache, it no longer delays the first screen); a damaged cache is rebuilt and said.
        context.watch_cache(CacheRebuiltNotice(window).show_report)
        try:
            await done
        finally:
            shell.idle.stop()
            shell.scanner.uninstall()
            tasks.cancel_all()
            await tasks.wait_all()
            window.deleteLater()
            try:
                await context.aclose()
            except Exception:
                log.exception("closing the services failed")
        return 0

    return _run(main(), loop_factory=lambda: qasync.QEventLoop(app))
