"""What the live shell tests (test_shell_live.py) do not reach cheaply, with a fake context: a session
restored at start, the store-choice check, a wedge scan, the conflicts button."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.fakes import FakeContext
from ui.settings import UiSettings
from ui.shell.controller import AppShell
from ui.shell.main_window import MainWindow
from ui.tasks import TaskRegistry

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def shell_factory(qtbot, qapp, qloop, languages) -> Iterator:
    shells: list[AppShell] = []

    def make(context: FakeContext, **settings: object) -> AppShell:
        window = MainWindow()
        qtbot.addWidget(window)
        shell = AppShell(
            window, context, settings=UiSettings(**settings), languages=languages,
            tasks=TaskRegistry(), app=qapp, persist_settings=False,
        )
        shells.append(shell)
        task = shell.tasks.spawn(shell.start())
        qtbot.waitUntil(task.done)
        window.show()
        return shell

    yield make
    for shell in shells:
        shell.scanner.uninstall()
        shell.idle.stop()
        shell.deleteLater()


def sign_in(qtbot, window: MainWindow, password: str) -> None:
    page = window.sign_in
    page.store_combo.setCurrentIndex(page.store_combo.findData("PAR01"))  # as picked from the list
    qtbot.keyClicks(page.username_edit, "camille")
    qtbot.keyClicks(page.password_edit, password)
    qtbot.mouseClick(page.sign_in_button, LEFT)


def test_no_store_chosen_is_said_in_plain_words(qtbot, shell_factory) -> None:
    shell = shell_factory(FakeContext())
    page = shell.window.sign_in
    qtbot.keyClicks(page.username_edit, "camille")
    qtbot.keyClicks(page.password_edit, "right")
    qtbot.mouseClick(page.sign_in_button, LEFT)
    assert page.error_label.text() == "Choose your store."


def test_restored_session_opens_locked_and_switch_associate_signs_out(qtbot, shell_factory) -> None:
    context = FakeContext(restored=True)
    shell = shell_factory(context)
    assert shell.window.current_screen() == MainWindow.LOCK
    with qtbot.waitSignal(shell.signedOut):
        qtbot.mouseClick(shell.window.lock_screen.switch_button, LEFT)
    assert ("sign_out",) in context.calls
    assert shell.window.current_screen() == MainWindow.SIGN_IN


def test_a_scan_in_the_workspace_opens_the_right_section(qtbot, shell_factory) -> None:
    shell = shell_factory(FakeContext(), scanner_max_interval_ms=10_000)  # any pace counts as a scanner
    window = shell.window
    sign_in(qtbot, window, "right")
    qtbot.waitUntil(lambda: window.current_screen() == MainWindow.WORKSPACE)
    with qtbot.waitSignal(shell.router.openPickup):
        QTest.keyClicks(window.pages.currentWidget(), "CC-PAR01-000123", delay=0)
        QTest.keyClick(window.pages.currentWidget(), Qt.Key.Key_Return)
    assert window.current_page_name() == "pickups"


def test_status_hub_drives_the_status_bar(qtbot, shell_factory) -> None:
    context = FakeContext()
    shell = shell_factory(context)
    context.status_hub.update(online=False, conflicts=1)
    qtbot.waitUntil(lambda: shell.window.status_bar.conflicts_button.text() == "1 conflict needs attention")
    with qtbot.waitSignal(shell.window.conflictsRequested):
        qtbot.mouseClick(shell.window.status_bar.conflicts_button, LEFT)
