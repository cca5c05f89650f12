"""The shell against the real reference server and the real AppServices, driven as a person would.

Sign-in with a password, auto-lock and PIN unlock (checked by the server), roles, kiosk exit with a
manager PIN, the status bar across a real outage (server stopped and restarted), a language
switch, and taking the device out of its store.
"""
from __future__ import annotations

import asyncio
import uuid
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from clienteling import commands, errors
from clienteling.models import NewNoteRequest
from clienteling.services.app_services import AppServices
from offline_cache import keys
from tests.ui.conftest import widget_texts
from ui.i18n import format_time
from ui.settings import UiSettings
from ui.shell.controller import AppShell
from ui.shell.device_sign_out import DeviceSignOutDialog
from ui.shell.main_window import MainWindow
from ui.tasks import TaskRegistry

LEFT = Qt.MouseButton.LeftButton
WRONG_PIN = "0000"


@dataclass
class Live:
    shell: AppShell
    services: AppServices
    run: Any

    @property
    def window(self) -> MainWindow:
        return self.shell.window


@pytest.fixture
def live(qtbot, qapp, qloop, languages, demo_backend) -> Iterator:
    made: list[Live] = []

    def run(coro: Coroutine[Any, Any, Any]) -> Any:
        task = asyncio.ensure_future(coro, loop=qloop)
        qtbot.waitUntil(task.done, timeout=20000)
        return task.result()

    def make(*, profile: str = "shell", poll_interval_s: float = 3600.0, **ui: Any) -> Live:
        services = AppServices(demo_backend.settings(profile=profile, poll_interval_s=poll_interval_s))
        services.open()
        window = MainWindow()
        qtbot.addWidget(window)
        shell = AppShell(window, services, settings=UiSettings(**ui), languages=languages, tasks=TaskRegistry(),
                         app=qapp, persist_settings=False, camera=False)
        made.append(Live(shell, services, run))
        run(shell.start())
        window.show()
        return made[-1]

    yield make
    for item in made:
        item.shell.scanner.uninstall()
        item.shell.idle.stop()
        item.shell.tasks.cancel_all()
        run(item.shell.tasks.wait_all())
        run(item.services.aclose())
        if item.shell.kiosk is not None:
            item.shell.kiosk._exit_allowed = True  # let qtbot close the window
        item.shell.deleteLater()


def sign_in(qtbot, live: Live, demo_backend, *, manager: bool = False) -> None:
    """Pick the store, type the username and password, tap "Sign in", wait for the workspace."""
    store_id, username, password = demo_backend.login(manager=manager)
    page = live.window.sign_in
    page.store_combo.setCurrentIndex(page.store_combo.findData(store_id))  # as picked from the list
    qtbot.keyClicks(page.username_edit, username)
    qtbot.keyClicks(page.password_edit, password)
    qtbot.mouseClick(page.sign_in_button, LEFT)
    qtbot.waitUntil(lambda: live.window.current_screen() == MainWindow.WORKSPACE, timeout=10000)


def tap_pin(qtbot, pad, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(pad.digit_buttons[digit], LEFT)
    qtbot.mouseClick(pad.ok_button, LEFT)


def open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


# --- sign-in, lock, unlock ---------------------------------------------------------------------


def test_password_sign_in_then_idle_lock_and_pin_unlock_by_the_server(qtbot, live, demo_backend) -> None:
    app = live()
    page = app.window.sign_in
    assert app.window.current_screen() == MainWindow.SIGN_IN
    assert page.store_combo.count() >= 2  # the stores come from the server (nothing cached yet)

    # A wrong password is refused by the server and said in plain words.
    store_id, username, _ = demo_backend.login()
    page.store_combo.setCurrentIndex(page.store_combo.findData(store_id))
    qtbot.keyClicks(page.username_edit, username)
    qtbot.keyClicks(page.password_edit, "not-the-password")
    qtbot.mouseClick(page.sign_in_button, LEFT)
    qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=10000)
    assert page.error_label.text() == "Wrong username or password."
    assert page.password_edit.text() == ""
    page.username_edit.clear()

    sign_in(qtbot, app, demo_backend)
    assert app.services.session is not None and app.services.session.associate.username == username
    assert app.window.lock_screen.title_label.text() == f"Locked — {app.services.session.associate.display_name}"

    app.shell.idle.set_timeout(0.05)  # an injected short auto-lock
    with qtbot.waitSignal(app.shell.locked, timeout=3000):
        pass
    assert app.window.current_screen() == MainWindow.LOCK
    lock = app.window.lock_screen

    tap_pin(qtbot, lock.pin_pad, WRONG_PIN)  # the server's /v1/auth/unlock says no
    qtbot.waitUntil(lambda: lock.error_label.isVisible(), timeout=10000)
    assert lock.error_label.text() == "Wrong PIN. Try again."
    assert app.window.current_screen() == MainWindow.LOCK

    with qtbot.waitSignal(app.shell.unlocked, timeout=10000):
        tap_pin(qtbot, lock.pin_pad, demo_backend.pin)
    assert app.window.current_screen() == MainWindow.WORKSPACE
    app.shell.idle.set_timeout(300)


# --- roles ---------------------------------------------------------------------------------------


def test_an_associate_has_no_dashboard_and_the_server_refuses_it(qtbot, live, demo_backend) -> None:
    app = live()
    sign_in(qtbot, app, demo_backend)
    rail = app.window.rail
    assert "dashboard" not in rail.visible_sections()
    assert not rail.button("dashboard").isVisible()
    assert not app.shell.device_sign_out.button.isVisible()  # a manager's action
    app.window.show_page("dashboard")  # even asked directly, the page stays closed
    assert app.window.current_page_name() != "dashboard"
    with pytest.raises(errors.Forbidden):
        app.run(app.services.client.dashboard())


def test_a_manager_sees_the_dashboard_and_the_server_serves_it(qtbot, live, demo_backend) -> None:
    app = live()
    sign_in(qtbot, app, demo_backend, manager=True)
    rail = app.window.rail
    assert rail.button("dashboard").isVisible()
    assert app.shell.device_sign_out.button.isVisible()
    qtbot.mouseClick(rail.button("dashboard"), LEFT)
    assert app.window.current_page_name() == "dashboard"
    assert app.run(app.services.client.dashboard()) is not None


# --- kiosk ---------------------------------------------------------------------------------------


def test_kiosk_exit_needs_a_manager_pin_the_server_accepts(qtbot, live, demo_backend) -> None:
    app = live(kiosk=True)
    sign_in(qtbot, app, demo_backend)
    kiosk = app.shell.kiosk
    assert kiosk is not None and kiosk.enabled
    exit_button = next(b for b in app.window.rail.findChildren(type(app.window.rail.lock_button))
                       if b.defaultAction() is kiosk.exit_action)
    qtbot.mouseClick(exit_button, LEFT)
    dialog = kiosk.dialog
    assert dialog is not None and dialog.isVisible()

    with qtbot.waitSignal(kiosk.exitDenied, timeout=10000):
        tap_pin(qtbot, dialog.pin_pad, WRONG_PIN)  # /v1/auth/verify-manager-pin: not a manager's PIN
    assert dialog.error_label.text() == "That PIN is not a manager's PIN. Try again."
    assert app.window.isVisible()
    assert app.window.close() is False  # still locked in

    with qtbot.waitSignal(kiosk.exitGranted, timeout=10000):
        tap_pin(qtbot, dialog.pin_pad, demo_backend.pin)
    qtbot.waitUntil(lambda: not app.window.isVisible())


# --- offline and back ----------------------------------------------------------------------------


def test_status_bar_follows_a_real_outage_without_any_dialog(qtbot, live, demo_backend) -> None:
    app = live(poll_interval_s=0.3)  # the loop polls often, so it notices the outage by itself
    sign_in(qtbot, app, demo_backend)
    bar = app.window.status_bar
    qtbot.waitUntil(lambda: bar.connection_label.text() == "Online" and bar.status.last_pull_at is not None,
                    timeout=20000)

    demo_backend.server.stop()
    qtbot.waitUntil(lambda: not bar.status.online, timeout=10000)
    since = bar.status.offline_since
    assert since is not None
    expected = f"Offline since {format_time(since, app.services.session.store.timezone)}"
    assert bar.connection_label.text() == expected
    assert expected.count(":") == 1  # HH:MM
    assert app.window.current_screen() == MainWindow.WORKSPACE
    assert open_dialogs() == []

    demo_backend.server.start()
    qtbot.waitUntil(lambda: bar.status.online, timeout=15000)
    assert bar.connection_label.text() == "Online"
    assert open_dialogs() == []


# --- language --------------------------------------------------------------------------------------


def choose_language(qtbot, page, code: str) -> None:
    """Step through the language picker with the keyboard until ``code`` is chosen."""
    combo = page.language_combo
    combo.setFocus()
    target = combo.findData(code)
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def test_language_switch_at_runtime_retranslates_what_is_on_screen(qtbot, live, demo_backend, languages) -> None:
    app = live()
    page = app.window.sign_in
    assert page.sign_in_button.text() == "Sign in"
    choose_language(qtbot, page, "fr")
    qtbot.waitUntil(lambda: page.sign_in_button.text() == "Se connecter")
    assert languages.language == "fr"

    sign_in(qtbot, app, demo_backend)
    assert app.window.rail.lock_button.text() == "Verrouiller"
    qtbot.waitUntil(lambda: app.window.status_bar.connection_label.text() == "En ligne", timeout=20000)
    qtbot.mouseClick(app.window.rail.lock_button, LEFT)
    lock = app.window.lock_screen
    assert "Saisissez votre PIN pour continuer." in widget_texts(lock)
    with qtbot.waitSignal(app.shell.signedOut, timeout=10000):
        qtbot.mouseClick(lock.switch_button, LEFT)  # "Changer de vendeur"

    choose_language(qtbot, page, "it")
    qtbot.waitUntil(lambda: page.sign_in_button.text() == "Accedi")
    assert languages.language == "it"
    assert app.window.rail.lock_button.text() == "Blocca"
    assert app.window.status_bar.connection_label.text() == "Online"  # Italian says "Online" too
    assert "Cambia addetto" in widget_texts(lock)


# --- device sign-out -----------------------------------------------------------------------------


def queue_note(app: Live, text: str, customer_id: str | None = None) -> str:
    if customer_id is None:
        customer_id = app.run(app.services.store.read(
            lambda conn: conn.execute("SELECT key FROM customers ORDER BY key LIMIT 1").fetchone()[0]))
    request = NewNoteRequest(client_note_id=f"n-{uuid.uuid4().hex[:12]}", text=text)
    app.run(app.services.submit(commands.add_note(customer_id, request)))
    return customer_id


def start_device_sign_out(qtbot, app: Live) -> DeviceSignOutDialog:
    qtbot.mouseClick(app.shell.device_sign_out.button, LEFT)
    dialog = app.shell.device_sign_out.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.state == DeviceSignOutDialog.CONFIRM
    assert "Changes waiting on this device are sent first." in dialog.message_label.text()
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    return dialog


def test_device_sign_out_refuses_while_a_note_is_unsent_then_wipes_once_it_is_sent(
        qtbot, live, demo_backend) -> None:
    app = live(profile="wipe")
    sign_in(qtbot, app, demo_backend, manager=True)
    qtbot.waitUntil(lambda: app.services.status_hub.current.last_pull_at is not None, timeout=30000)
    cache = app.services.settings.cache_path
    assert cache.exists() and keys.get_key("wipe") is not None

    demo_backend.server.stop()
    customer_id = queue_note(app, "Wants the navy coat in 40 when it is back")
    dialog = start_device_sign_out(qtbot, app)
    with qtbot.waitSignal(app.shell.device_sign_out.refused, timeout=15000) as refused:
        pass
    assert refused.args[0] == ["Customer note — just now"]
    assert dialog.state == DeviceSignOutDialog.PENDING
    shown = widget_texts(dialog)
    assert "These changes have not reached the server." in shown
    assert "• Customer note — just now" in shown
    assert "A store manager's PIN drops them and signs the device out." in shown
    assert cache.exists() and app.window.current_screen() == MainWindow.WORKSPACE

    tap_pin(qtbot, dialog.pin_pad, WRONG_PIN)  # offline, and no manager PIN checked here before
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10000)
    assert dialog.error_label.text() == "That PIN is not a manager's PIN. Try again."
    assert cache.exists()

    demo_backend.server.start()
    with qtbot.waitSignal(app.shell.device_sign_out.signedOut, timeout=15000):
        qtbot.mouseClick(dialog.confirm_button, LEFT)  # "Try sending again": the note goes, then the wipe
    assert not dialog.isVisible()
    assert not cache.exists()
    assert keys.get_key("wipe") is None
    assert app.services.client.tokens.load() is None
    page = app.window.sign_in
    assert app.window.current_screen() == MainWindow.SIGN_IN
    assert "This device was signed out of its store" in page.notice_label.text()

    # The note reached the server before the wipe.
    import sqlite3
    with sqlite3.connect(demo_backend.db_path) as db:
        bodies = [r[0] for r in db.execute("SELECT body FROM notes WHERE customer_id = ?", (customer_id,))]
    assert sum("Wants the navy coat in 40 when it is back" in body for body in bodies) == 1

    # The device can be signed in again: a new, empty cache.
    sign_in(qtbot, app, demo_backend)
    assert cache.exists() and keys.get_key("wipe") is not None
    assert not page.notice_label.isVisible()
    assert not app.shell.device_sign_out.button.isVisible()  # an associate now


def test_a_manager_pin_checked_by_the_server_drops_a_refused_change(qtbot, live, demo_backend) -> None:
    app = live(profile="drop")
    sign_in(qtbot, app, demo_backend, manager=True)
    queue_note(app, "A note on a customer the server does not know", customer_id="CUST-DOES-NOT-EXIST")
    qtbot.waitUntil(lambda: app.services.status_hub.current.conflicts == 1, timeout=15000)

    dialog = start_device_sign_out(qtbot, app)
    qtbot.waitUntil(lambda: dialog.state == DeviceSignOutDialog.PENDING, timeout=15000)
    assert "• Customer note — just now (refused by the server, in the conflict list)" in widget_texts(dialog)

    with qtbot.waitSignal(app.shell.device_sign_out.signedOut, timeout=15000):
        tap_pin(qtbot, dialog.pin_pad, demo_backend.pin)
    assert not app.services.settings.cache_path.exists()
    assert app.window.current_screen() == MainWindow.SIGN_IN
