"""The Customers area driven like an associate, against the real reference backend on loopback."""
from __future__ import annotations

import asyncio
import gc
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from clienteling.models import Feed
from clienteling.services.app_services import AppServices
from offline_cache import repositories
from tests.ui.conftest import widget_texts
from ui.customers import CustomersArea, install
from ui.customers.editors import NewCustomerDialog, NoteEditor, PreferencesEditor
from ui.settings import UiSettings
from ui.shell.controller import AppShell
from ui.shell.main_window import MainWindow
from ui.tasks import TaskRegistry

LEFT = Qt.MouseButton.LeftButton


def run(qtbot: Any, shell: AppShell, coro: Any, timeout: int = 10_000) -> Any:
    """Await a coroutine on the qasync loop while pytest-qt spins the event loop."""
    task = shell.tasks.spawn(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


class App:
    def __init__(self, services: AppServices, shell: AppShell, backend: Any) -> None:
        self.services, self.shell, self.backend = services, shell, backend

    @property
    def area(self) -> CustomersArea:
        return self.shell.window.page("customers")  # type: ignore[return-value]

    def read(self, qtbot: Any, fn: Any, *args: Any) -> Any:
        return run(qtbot, self.shell, self.services.store.read(fn, *args))

    def sync(self, qtbot: Any) -> None:
        run(qtbot, self.shell, self.services.engine.sync_once())

    def go_offline(self, qtbot: Any) -> None:
        from clienteling import errors

        self.backend.server.stop()

        async def probe() -> None:
            try:
                await self.services.engine.sync_once()
            except errors.Unreachable:
                pass
        run(qtbot, self.shell, probe())
        assert not self.services.status_hub.current.online


@pytest.fixture
def app(qtbot, qapp, qloop, languages, demo_backend) -> Iterator[App]:
    services = AppServices(demo_backend.settings())
    services.open()
    window = MainWindow()
    qtbot.addWidget(window)
    shell = AppShell(window, services, settings=UiSettings(), languages=languages, tasks=TaskRegistry(), app=qapp,
                     persist_settings=False)
    services.engine.poll_interval_s = 3600
    run(qtbot, shell, services.sign_in(*demo_backend.login()))
    services.start_unlocked = True
    run(qtbot, shell, services.engine.sync_once())
    install(shell, services)
    run(qtbot, shell, shell.start())
    window.resize(1280, 800)
    window.show()
    the_app = App(services, shell, demo_backend)
    qtbot.waitUntil(lambda: the_app.area.model.first_page_loaded)
    yield the_app
    shell.tasks.cancel_all()
    task = asyncio.ensure_future(shell.tasks.wait_all())
    qtbot.waitUntil(task.done)
    close = asyncio.ensure_future(services.aclose())
    qtbot.waitUntil(close.done)
    shell.scanner.uninstall()
    shell.idle.stop()
    # Delete the Qt objects here, in the GUI thread, while we still hold them: left to Python's
    # cycle collector, they could be freed from the cache's or the server's worker thread.
    shell.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del the_app, shell, window
    gc.collect()


def one(qtbot: Any, app: App, sql: str, *params: Any) -> Any:
    return app.read(qtbot, lambda conn: conn.execute(sql, params).fetchone())


def open_dialog(qtbot: Any, kind: type) -> Any:
    found: list[Any] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        return bool(found)
    qtbot.waitUntil(shown)
    return found[0]


def type_query(qtbot: Any, app: App, text: str) -> None:
    area = app.area
    edit = area.search_page.search_edit
    with qtbot.waitSignal(area.searchSettled, timeout=10_000):
        if text and edit.text() != text:
            edit.clear()
            qtbot.keyClicks(edit, text)
        else:
            area.search(text)
    qtbot.waitUntil(lambda: area.model.first_page_loaded and area.model.query == text)


def click_row(qtbot: Any, app: App, row: int) -> None:
    view = app.area.search_page.list_view
    view.scrollTo(app.area.model.index(row))
    rect = view.visualRect(app.area.model.index(row))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())


def open_profile_by_name(qtbot: Any, app: App, typed: str, full_name: str) -> None:
    type_query(qtbot, app, typed)
    model = app.area.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).name == full_name)
    with qtbot.waitSignal(app.area.profileShown, timeout=10_000):
        click_row(qtbot, app, row)


# --- lookup ------------------------------------------------------------------------------------

def test_a_partial_name_typed_without_accents_opens_the_customer(qtbot, app) -> None:
    first, last, cid = one(qtbot, app, "SELECT first_name, last_name, key FROM customers WHERE first_name LIKE '%é%'"
                                       " ORDER BY key LIMIT 1")
    typed = first.replace("é", "e")[:4].lower()
    open_profile_by_name(qtbot, app, typed, f"{first} {last}")
    assert app.area.customer_id == cid
    texts = widget_texts(app.area.profile_page)
    assert f"{first} {last}" in texts
    assert "Purchases in store and online" in texts


def test_results_page_lazily_and_network_hits_come_below_without_moving_rows(qtbot, app, qtmodeltester) -> None:
    area = app.area
    area.model.page_size = 5
    type_query(qtbot, app, "")  # latest visitors: the whole cached clientele, paged
    cached = one(qtbot, app, "SELECT count(*) FROM customers")[0]
    view = area.search_page.list_view
    qtbot.waitUntil(lambda: not area.model._fetching)
    shown = area.model.rowCount()
    assert shown % 5 == 0 and shown < cached  # pages, never the whole clientele at once
    qtmodeltester.check(area.model)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: area.model.rowCount() > shown)
    # A network-wide query: local rows first, the network's below, no duplicates.
    area.model.page_size = 40
    type_query(qtbot, app, "ma")
    qtbot.waitUntil(lambda: area.model.network_count() > 0, timeout=10_000)
    local = [area.model.row_at(r).id for r in range(area.model.local_count())]
    rows = [area.model.row_at(r) for r in range(area.model.rowCount())]
    assert [r.id for r in rows[:len(local)]] == local
    assert all(r.network for r in rows[len(local):])
    assert len({r.id for r in rows}) == len(rows)
    qtmodeltester.check(area.model)


def test_a_customer_of_another_store_opens_from_the_network_and_is_cached(qtbot, app) -> None:
    area = app.area
    type_query(qtbot, app, "ma")
    qtbot.waitUntil(lambda: area.model.network_count() > 0, timeout=10_000)
    row = area.model.local_count()
    remote = area.model.row_at(row)
    assert remote.network
    with qtbot.waitSignal(area.profileShown, timeout=10_000):
        click_row(qtbot, app, row)
    assert remote.name in widget_texts(area.profile_page)
    assert one(qtbot, app, "SELECT count(*) FROM customers WHERE key = ?", remote.id)[0] == 1


def test_offline_an_unknown_name_says_the_network_search_needs_a_connection(qtbot, app) -> None:
    app.go_offline(qtbot)
    type_query(qtbot, app, "zzqx")
    texts = widget_texts(app.area.search_page)
    assert "needs a connection" in texts
    assert "New customer" in texts
    assert not app.area.search_page.network_button.isVisibleTo(app.area.search_page)
    # Still instant from the cache offline.
    first, last = one(qtbot, app, "SELECT first_name, last_name FROM customers ORDER BY key LIMIT 1")
    open_profile_by_name(qtbot, app, last[:3], f"{first} {last}")


def test_scanning_a_loyalty_card_opens_the_profile_cache_first_then_network(qtbot, app) -> None:
    cid, card, first, last = one(qtbot, app, "SELECT key, loyalty_card, first_name, last_name FROM customers"
                                             " WHERE loyalty_card LIKE '299%' ORDER BY key LIMIT 1")
    with qtbot.waitSignal(app.area.profileShown, timeout=10_000):
        app.shell.router.route(card)
    assert app.shell.window.current_page_name() == "customers"
    assert app.area.customer_id == cid
    assert f"{first} {last}" in widget_texts(app.area.profile_page)
    # A card of a customer not on this tablet: the backend answers and the cache keeps it.
    import sqlite3
    with sqlite3.connect(app.backend.db_path) as db:
        remote = db.execute("SELECT id, loyalty_card FROM customers WHERE loyalty_card LIKE '299%'"
                            " ORDER BY id DESC").fetchall()
    cached = {r[0] for r in app.read(qtbot, lambda conn: conn.execute("SELECT key FROM customers").fetchall())}
    other_id, other_card = next((i, c) for i, c in remote if i not in cached)
    with qtbot.waitSignal(app.area.profileShown, timeout=10_000):
        app.shell.router.route(other_card)
    assert app.area.customer_id == other_id
    assert one(qtbot, app, "SELECT count(*) FROM customers WHERE key = ?", other_id)[0] == 1


def test_unknown_card_and_offline_card_are_said_in_plain_words(qtbot, app) -> None:
    app.shell.router.route("2990000000001")
    qtbot.waitUntil(lambda: app.area.profile_page.message_label.isVisibleTo(app.area.profile_page))
    assert "No customer has this loyalty card" in widget_texts(app.area.profile_page)
    app.go_offline(qtbot)
    app.shell.router.route("2990000000002")
    qtbot.waitUntil(lambda: "needs a connection" in app.area.profile_page.message_label.text())
    assert app.area.profile_page.retry_button.isVisibleTo(app.area.profile_page)


# --- the profile ---------------------------------------------------------------------------------

def _customer_with(qtbot: Any, app: App, where: str) -> tuple[str, str]:
    row = one(qtbot, app, f"SELECT c.key, c.first_name || ' ' || c.last_name FROM customers c WHERE {where}"
                          " ORDER BY c.key LIMIT 1")
    assert row is not None, where
    return row[0], row[1]


def test_history_across_channels_with_badges_and_places(qtbot, app) -> None:
    cid, name = _customer_with(qtbot, app, "(SELECT count(DISTINCT json_extract(body, '$.channel')) FROM purchases p"
                                           " WHERE p.customer_id = c.key) >= 2")
    with qtbot.waitSignal(app.area.profileShown, timeout=10_000):
        app.area.open_customer(cid)
    purchases = app.read(qtbot, repositories.customer_purchases, cid)
    texts = widget_texts(app.area.profile_page.history_card)
    channels = {p.channel.value for p in purchases}
    for channel, badge in (("store", "Store"), ("web", "Web"), ("app", "App")):
        assert (badge in texts) == (channel in channels)
    for p in purchases:
        if p.site:
            assert p.site in texts
    assert "Paris Opéra" in texts or all(p.channel.value != "store" for p in purchases) or "·" in texts


def test_consent_missing_offers_no_outreach(qtbot, app) -> None:
    cid, _ = _customer_with(qtbot, app, "json_extract(body, '$.consents.email.granted') = 0"
                                        " AND json_extract(body, '$.consents.sms.granted') = 0")
    with qtbot.waitSignal(app.area.profileShown, timeout=10_000):
        app.area.open_customer(cid)
    page = app.area.profile_page
    texts = widget_texts(page)
    assert "Send an email" not in texts and "Send an SMS" not in texts
    assert "Email: not agreed — do not contact" in texts
    cid, _ = _customer_with(qtbot, app, "json_extract(body, '$.consents.email.granted') = 1 AND c.email IS NOT NULL"
                                        " AND json_extract(body, '$.consents.sms.granted') = 0")
    with qtbot.waitSignal(app.area.profileShown, timeout=10_000):
        app.area.open_customer(cid)
    texts = widget_texts(page)
    assert "Send an email" in texts and "Send an SMS" not in texts


def test_loyalty_shows_points_and_what_the_next_tier_needs(qtbot, app) -> None:
    cid, _ = _customer_with(qtbot, app, "c.tier = 'member'")
    customer = app.read(qtbot, repositories.get_customer, cid)
    with qtbot.waitSignal(app.area.profileShown, timeout=10_000):
        app.area.open_customer(cid)
    texts = widget_texts(app.area.profile_page.loyalty_card)
    assert f"{1000 - customer.points} more points to reach Silver".replace("1000", "1 000") in texts.replace(",", " ")


def test_sizes_edited_offline_queue_then_sync_when_the_server_returns(qtbot, app) -> None:
    cid, name = _customer_with(qtbot, app, "1")
    with qtbot.waitSignal(app.area.profileShown, timeout=10_000):
        app.area.open_customer(cid)
    app.go_offline(qtbot)
    page = app.area.profile_page
    qtbot.mouseClick(page.edit_preferences_button, LEFT)
    editor = open_dialog(qtbot, PreferencesEditor)
    editor.size_edits["shoes"].clear()
    qtbot.keyClicks(editor.size_edits["shoes"], "41")
    editor.styles_edit.clear()
    qtbot.keyClicks(editor.styles_edit, "linen, navy")
    qtbot.mouseClick(editor.save_button, LEFT)
    qtbot.waitUntil(lambda: "Shoes 41" in widget_texts(page.preferences_card))
    assert "Waiting to sync" in page.pending_label.text()
    app.backend.server.start()
    with qtbot.waitSignal(app.area.profileShown, timeout=10_000):
        app.sync(qtbot)
    qtbot.waitUntil(lambda: not page.pending_label.isVisibleTo(page))
    profile = run(qtbot, app.shell, app.services.client.customer_profile(cid))
    assert profile.customer.preferences.sizes["shoes"] == "41"
    assert profile.customer.preferences.styles == ["linen", "navy"]


def test_a_note_added_shows_at_once_and_reaches_the_shared_timeline(qtbot, app) -> None:
    cid, _ = _customer_with(qtbot, app, "1")
    with qtbot.waitSignal(app.area.profileShown, timeout=10_000):
        app.area.open_customer(cid)
    page = app.area.profile_page
    qtbot.mouseClick(page.add_note_button, LEFT)
    editor = open_dialog(qtbot, NoteEditor)
    qtbot.keyClicks(editor.text_edit, "Wants the navy coat in M, call Friday")
    qtbot.mouseClick(editor.save_button, LEFT)
    qtbot.waitUntil(lambda: "Wants the navy coat in M, call Friday" in widget_texts(page.notes_card))
    app.sync(qtbot)
    profile = run(qtbot, app.shell, app.services.client.customer_profile(cid))
    assert [n.text for n in profile.notes].count("Wants the navy coat in M, call Friday") == 1


# --- the online cart ------------------------------------------------------------------------------

def test_take_over_the_online_cart_and_the_server_marks_it(qtbot, app) -> None:
    cid = one(qtbot, app, "SELECT customer_id FROM carts WHERE status = 'active' ORDER BY key LIMIT 1")[0]
    cart = app.read(qtbot, repositories.customer_cart, cid)
    with qtbot.waitSignal(app.area.profileShown, timeout=10_000):
        app.area.open_customer(cid)
    panel = app.area.profile_page.cart_panel
    texts = widget_texts(panel)
    from ui.i18n import format_money
    assert f"Total {format_money(cart.total)}" in texts
    for line in cart.lines:
        assert line.name in texts and format_money(line.line_total) in texts
    assert any(s in texts for s in ("here", "Not in stock here"))
    qtbot.mouseClick(panel.take_over_button, LEFT)
    qtbot.waitUntil(lambda: "Taken over in store" in panel.status_label.text(), timeout=10_000)
    qtbot.waitUntil(lambda: app.services.status_hub.current.queued_commands == 0, timeout=10_000)
    app.sync(qtbot)
    server = run(qtbot, app.shell, app.services.client.customer_cart(cid))
    assert server.status.value == "taken_over"
    assert server.taken_over_by == app.services.session.associate.id
    assert not panel.take_over_button.isVisibleTo(panel)


def test_remove_a_cart_line_with_the_customer_the_backend_reprices(qtbot, app) -> None:
    cid = one(qtbot, app, "SELECT customer_id FROM carts WHERE status = 'active'"
                          " AND json_array_length(body, '$.lines') >= 2 ORDER BY key LIMIT 1")[0]
    cart = app.read(qtbot, repositories.customer_cart, cid)
    with qtbot.waitSignal(app.area.profileShown, timeout=10_000):
        app.area.open_customer(cid)
    panel = app.area.profile_page.cart_panel
    removes = [b for b in panel.findChildren(QPushButton, "LineRemove") if b.isVisibleTo(panel)]
    assert len(removes) == len(cart.lines)
    qtbot.mouseClick(removes[0], LEFT)
    qtbot.waitUntil(lambda: cart.lines[0].name not in widget_texts(panel) or
                    len([b for b in panel.findChildren(QPushButton, "LineRemove") if b.isVisibleTo(panel)])
                    == len(cart.lines) - 1, timeout=10_000)
    made = run(qtbot, app.shell, app.services.store.read(lambda c: c.execute(
        "SELECT count(*) FROM outbox WHERE kind = 'change_cart_line' AND entity_key = ?",
        (f"carts:{cart.id}",)).fetchone()[0]))
    assert made == 1  # one command, whether the engine has already sent it or not
    qtbot.waitUntil(lambda: app.services.status_hub.current.queued_commands == 0, timeout=10_000)
    app.sync(qtbot)
    server = run(qtbot, app.shell, app.services.client.customer_cart(cid))
    assert [x.line_id for x in server.lines] == [x.line_id for x in cart.lines[1:]]
    assert server.total.amount_minor == sum(x.line_total.amount_minor for x in server.lines)
    from ui.i18n import format_money
    qtbot.waitUntil(lambda: f"Total {format_money(server.total)}" in widget_texts(panel), timeout=10_000)


def test_a_new_customer_is_a_command_and_opens_at_once(qtbot, app) -> None:
    # Offline, so "waiting to sync" is what the associate sees (online the backend may answer
    # before the profile is drawn, and the badge would rightly be gone).
    app.go_offline(qtbot)
    type_query(qtbot, app, "Zoe Zanetti")  # QTest types ASCII only
    qtbot.mouseClick(app.area.search_page.empty_new_button, LEFT)
    dialog = open_dialog(qtbot, NewCustomerDialog)
    assert dialog.first_edit.text() == "Zoe" and dialog.last_edit.text() == "Zanetti"
    qtbot.keyClicks(dialog.email_edit, "zoe.zanetti@example.it")
    qtbot.mouseClick(dialog.email_consent, LEFT)
    with qtbot.waitSignal(app.area.profileShown, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert "Zoe Zanetti" in widget_texts(app.area.profile_page)
    assert "Waiting to sync" in app.area.profile_page.pending_label.text()
    app.backend.server.start()
    app.sync(qtbot)
    found = run(qtbot, app.shell, app.services.client.search_customers("zanetti"))
    assert [c.first_name for c in found] == ["Zoe"]


def test_screenshots_of_search_profile_and_cart(qtbot, app) -> None:
    from ui.customers import render_customers

    out = Path(os.environ.get("CUSTOMERS_SHOTS", "")) if os.environ.get("CUSTOMERS_SHOTS") else None
    if out is None:
        pytest.skip("set CUSTOMERS_SHOTS=/dir to write the screenshots")
    paths = run(qtbot, app.shell, render_customers(app.services, app.shell, out), timeout=60_000)
    assert all(p.exists() for p in paths)


def test_the_postal_address_on_file_shows_with_the_contact_details(qtbot, app) -> None:
    card, body = one(qtbot, app, "SELECT loyalty_card, body FROM customers WHERE loyalty_card IS NOT NULL"
                                 " AND json_extract(body, '$.address') IS NOT NULL ORDER BY key LIMIT 1")
    address = json.loads(body)["address"]
    with qtbot.waitSignal(app.area.profileShown, timeout=10_000):
        app.shell.router.route(card)
    shown = widget_texts(app.area.profile_page.contact_card)
    assert f"{address['street']}, {address['postcode']} {address['city']}" in shown
