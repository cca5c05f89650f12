"""UI test fixtures: isolated settings, the app style, a qasync loop, leak detection, a signed-in app."""
from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest
import qasync
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from resources import read_style
from ui.i18n import LanguageManager


OFFSCREEN_NOISE = r"^This plugin does not support propagateSizeHints\(\)$"
"""The offscreen platform warns whenever a shown top-level widget's size constraints change;
on a real platform the call does its job. Only this exact message is ignored."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.ui)
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path) -> Iterator[None]:
    """No developer's QSettings leak in, none leak out."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("ClientelingTests")
    QCoreApplication.setApplicationName("ClientelingTests")
    yield


@pytest.fixture(autouse=True)
def app_style(qapp: QApplication) -> Iterator[None]:
    """Tests run with the real style sheet, so a broken selector warns (and fails)."""
    if qapp.styleSheet() == "":
        qapp.setStyle("Fusion")
        qapp.setStyleSheet(read_style("app"))
    yield


@pytest.fixture(autouse=True)
def no_leaked_top_level_widgets(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a top-level widget alive (not registered with qtbot)."""
    before = {id(w) for w in qapp.topLevelWidgets()}
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaked = [
        w
        for w in qapp.topLevelWidgets()
        if id(w) not in before and type(w).__module__.split(".")[0] in ("ui", "tests")
    ]
    for widget in leaked:  # clean up so one leak does not cascade into other tests
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not leaked, f"leaked top-level widgets: {[type(w).__name__ for w in leaked]}"


@pytest.fixture(scope="session")
def _language_manager(qapp: QApplication) -> LanguageManager:
    return LanguageManager(qapp)


@pytest.fixture(autouse=True)
def languages(_language_manager: LanguageManager) -> Iterator[LanguageManager]:
    """English (with its plural forms) in every test; a test may switch, it is reset after."""
    _language_manager.set_language("en")
    yield _language_manager
    _language_manager.set_language("en")


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop riding on pytest-qt's event processing (waitUntil/waitSignal spin it)."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    yield loop
    for task in asyncio.all_tasks(loop):
        task.cancel()
    QCoreApplication.processEvents()
    asyncio.events._set_running_loop(None)
    # Not loop.stop(): it calls QCoreApplication.exit(), which leaves Qt's quitNow flag set and
    # makes every later QEventLoop.exec() (qtbot.wait*) return at once. Clear the flag qasync
    # set for already_running=True instead, then close.
    loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
    loop.close()
    # The closed loop's timer QObject still has timers registered: free it now, in the GUI
    # thread. Collected later from a worker thread (the cache's, the test server's), its
    # timers cannot be unregistered and the next one to fire crashes the process.
    del loop
    gc.collect()


def widget_texts(root: QWidget) -> str:
    """Every visible text under root, for assertions on what a person reads."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

    parts: list[str] = []
    for child in [root, *root.findChildren(QWidget)]:
        if not child.isVisibleTo(root) and child is not root:
            continue
        if isinstance(child, (QLabel, QAbstractButton)):
            parts.append(child.text())
        elif isinstance(child, QLineEdit):
            parts.append(child.placeholderText())
    return "\n".join(parts)


T = TypeVar("T")


@dataclass
class SignedInApp:
    """The app as a person finds it: signed in against the demo backend, synced, its shell started."""

    shell: Any  # ui.shell.controller.AppShell
    services: Any  # clienteling.services.app_services.AppServices
    window: Any  # ui.shell.main_window.MainWindow
    area: Any  # what the last installer returned: the area under test


@pytest.fixture
def signed_in_app(qtbot, qapp, qloop, languages, demo_backend) -> Iterator[Callable[..., SignedInApp]]:
    """make(*installers, manager=False, profile=None, **settings) -> SignedInApp; make.run(tasks, coro) awaits
    a coroutine. `settings` override the app's (a fault proxy's backend_url, say).

    The app polls every second: a command waiting out its backoff goes at the next round.
    """
    from clienteling.services.app_services import AppServices
    from ui.settings import UiSettings
    from ui.shell.controller import AppShell
    from ui.shell.main_window import MainWindow
    from ui.tasks import TaskRegistry

    made: list[SignedInApp] = []

    def run(tasks: TaskRegistry, coro: Coroutine[Any, Any, T]) -> T:
        task = tasks.spawn(coro)
        qtbot.waitUntil(task.done, timeout=15000)
        return task.result()

    def make(*installers: Callable[[Any, Any], Any], manager: bool = False, profile: str | None = None,
             **settings: Any) -> SignedInApp:
        settings.setdefault("poll_interval_s", 1.0)
        services = AppServices(demo_backend.settings(profile=profile or ("manager" if manager else "associate"),
                                                     **settings))
        services.open()
        services.start_unlocked = True
        window = MainWindow()
        qtbot.addWidget(window)
        shell = AppShell(window, services, settings=UiSettings(), languages=languages, tasks=TaskRegistry(),
                         app=qapp, persist_settings=False)
        area = None
        for install in installers:
            area = install(shell, services)
        app = SignedInApp(shell, services, window, area)
        made.append(app)
        run(shell.tasks, services.sign_in(*demo_backend.login(manager=manager)))
        run(shell.tasks, services.engine.sync_once())
        run(shell.tasks, shell.start())
        window.show()
        return app

    make.run = run  # type: ignore[attr-defined]
    yield make
    for app in made:
        app.shell.scanner.uninstall()
        app.shell.idle.stop()
        app.shell.tasks.cancel_all()
        task = app.shell.tasks.spawn(app.services.aclose())
        qtbot.waitUntil(task.done, timeout=15000)
        app.shell.deleteLater()
