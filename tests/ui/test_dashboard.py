"""The store manager's dashboard against the real backend: figures, roles, the conflict inbox, CSV export.

Screenshots of every tab in both orientations land in $DASHBOARD_SHOTS (default /tmp/shots/dashboard).
"""
from __future__ import annotations

import csv
import json
import os
import uuid
from collections.abc import Callable
from datetime import datetime, time, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from clienteling import commands, errors
from clienteling.commands import Command, Kind
from clienteling.models import Feed, HandoverRequest, Money, PickupStatus
from clienteling.models.pickup import LineDecision, PickupLineStatus, Verification, VerificationMethod
from clienteling.server import db, records
from offline_cache import outbox
from tests.pickup_orders import CODE, counter_order, handover_count
from tests.ui.conftest import SignedInApp, widget_texts
from ui.dashboard import install
from ui.dashboard.models import RowsModel
from ui.i18n import format_money

LEFT = Qt.MouseButton.LeftButton
SHOTS = Path(os.environ.get("DASHBOARD_SHOTS", "/tmp/shots/dashboard"))


Kiosk = SignedInApp


@pytest.fixture
def kiosk_factory(signed_in_app) -> Callable[..., Kiosk]:
    def make(manager: bool = True) -> Kiosk:
        return signed_in_app(install, manager=manager)

    make.run = signed_in_app.run  # type: ignore[attr-defined]
    return make


def backend_sql(backend, sql: str, params: tuple = ()) -> list[tuple]:
    conn = db.connect(backend.db_path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def expected_figures(backend, store_id: str, tz: str) -> dict:
    """The store's figures straight from the backend's tables, independently of the dashboard code."""
    now = datetime.now(timezone.utc)
    zone = ZoneInfo(tz)
    midnight = datetime.combine(now.astimezone(zone).date(), time(0), zone)
    overdue = 0
    statuses: dict[str, int] = {}
    for status, body in backend_sql(backend, "SELECT status, body FROM pickups WHERE store_id = ?", (store_id,)):
        statuses[status] = statuses.get(status, 0) + 1
        collect_by = json.loads(body).get("collect_by")
        if status in ("preparing", "ready", "partly_collected") and collect_by \
                and datetime.fromisoformat(collect_by) < now:
            overdue += 1
    revenue = orders = 0
    for created_at, body in backend_sql(backend, "SELECT created_at, body FROM orders WHERE store_id = ?"
                                        " AND status != 'cancelled'", (store_id,)):
        if datetime.fromisoformat(created_at) >= midnight:
            orders += 1
            revenue += json.loads(body)["total"]["amount_minor"]
    return {"overdue": overdue, "statuses": statuses, "orders_today": orders, "revenue_today": revenue}


def shoot(kiosk: Kiosk, name: str) -> None:
    window = kiosk.shell.window
    for orientation, size in (("landscape", (1280, 800)), ("portrait", (800, 1280))):
        window.resize(*size)
        QCoreApplication.processEvents()  # the rail moves and the page lays out at this size
        kiosk.area.grab()
        QCoreApplication.processEvents()
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SHOTS / f"{name}-{orientation}.png"))
    window.resize(1280, 800)


def test_manager_sees_the_stores_figures_and_exports_them(qtbot, kiosk_factory, demo_backend, tmp_path) -> None:
    kiosk = kiosk_factory(manager=True)
    window, page = kiosk.shell.window, kiosk.area
    assert window.rail.button("dashboard").isVisible()
    qtbot.mouseClick(window.rail.button("dashboard"), LEFT)
    assert window.current_page_name() == "dashboard"
    qtbot.waitUntil(lambda: page.view is not None and page.view.live, timeout=15000)
    qtbot.waitUntil(lambda: page.overdue_model.rowCount() > 0, timeout=10000)

    session = kiosk.services.session
    expected = expected_figures(demo_backend, session.store.id, session.store.timezone)
    board = page.view.board
    assert page.tiles["overdue"].value.text() == str(expected["overdue"]) and expected["overdue"] > 0
    assert page.tiles["sales"].value.text() == format_money(Money(amount_minor=expected["revenue_today"]))
    assert {s.value: n for s, n in board.pickups_by_status.items() if n} == expected["statuses"]
    assert board.orders_today == expected["orders_today"]
    shown = widget_texts(page)
    assert "Live figures from" in shown and "Today at the store" in shown
    assert f"{expected['overdue']} of them overdue" in page.pickups_card.headline.text()

    # Attribution: one row per associate who sold this week, names as the store's staff list has them.
    names = {r[0] for r in backend_sql(demo_backend, "SELECT json_extract(body, '$.display_name') FROM associates"
                                       " WHERE store_id = ?", (session.store.id,))}
    sold = page.sales_model.all_rows()
    assert {row[0] for row in sold} <= names
    # Stock-outs: the top items recorded by the backend for this store, most orders first.
    stockouts = page.stockouts_model.all_rows()
    recorded = backend_sql(demo_backend, "SELECT DISTINCT sku FROM stockouts WHERE store_id = ?", (session.store.id,))
    assert 0 < len(stockouts) <= 10 and {row[1] for row in stockouts} <= {r[0] for r in recorded}
    # Overdue pickups (from this device's cache) match the backend's count.
    assert page.overdue_model.rowCount() == expected["overdue"]
    # The devices: this one is known to the backend through its session.
    assert any("(this device)" in row[0] for row in page.devices_model.all_rows())

    shoot(kiosk, "today")
    page.tabs.setCurrentIndex(1)
    shoot(kiosk, "operations")
    page.tabs.setCurrentIndex(2)
    shoot(kiosk, "end-of-day")

    files = page.export_to(tmp_path)
    assert {f.name.rsplit("-", 2)[0] for f in files} == {
        "figures", "ready-to-collected", "endless-aisle-by-associate", "stock-outs", "overdue-pickups", "devices"}
    read = {f.name.rsplit("-", 2)[0]: list(csv.reader(f.open(encoding="utf-8-sig"))) for f in files}
    figures = dict(read["figures"][1:])
    assert figures["Pickups overdue"] == page.tiles["overdue"].value.text()
    assert figures["Endless-aisle revenue today"] == page.tiles["sales"].value.text()
    assert figures["Pickups collected today"] == page.tiles["collected"].value.text()
    assert read["stock-outs"][0] == ["Item", "Reference", "Orders", "Quantity", "Revenue"]
    assert read["stock-outs"][1:] == [list(r) for r in stockouts]
    assert len(read["overdue-pickups"]) == 1 + expected["overdue"]
    assert len(read["ready-to-collected"]) == 1 + 14
    assert "exported to" in page.export_label.text()


def test_associate_cannot_open_the_dashboard_and_the_server_refuses_it(qtbot, kiosk_factory) -> None:
    kiosk = kiosk_factory(manager=False)
    window = kiosk.shell.window
    assert not window.rail.button("dashboard").isVisible()
    window.show_page("dashboard")
    assert window.current_page_name() != "dashboard"
    with pytest.raises(errors.Forbidden):
        kiosk_factory.run(kiosk.shell.tasks, kiosk.services.client.dashboard())
    with pytest.raises(errors.Forbidden):
        kiosk_factory.run(kiosk.shell.tasks, kiosk.area.desk.load())
    assert kiosk.area.view is None


def _cancel_on_server(backend, pickup_id: str) -> None:
    conn = db.connect(backend.db_path)
    try:
        with db.write(conn):
            order = records.pickup(conn, pickup_id)
            order.status, order.cancelled_at = PickupStatus.CANCELLED, datetime.now(timezone.utc)
            records.save_pickup(conn, order)
    finally:
        conn.close()


def reported_conflicts(backend, device_id: str) -> list[dict] | None:
    rows = backend_sql(backend, "SELECT conflicts FROM devices WHERE device_id = ?", (device_id,))
    return json.loads(rows[0][0]) if rows else None


def test_associate_discards_the_handover_of_a_cancelled_order(qtbot, kiosk_factory, demo_backend) -> None:
    kiosk = kiosk_factory(manager=False)
    services, run = kiosk.services, kiosk_factory.run
    order = counter_order(demo_backend)
    run(kiosk.shell.tasks, services.engine.sync_once())
    _cancel_on_server(demo_backend, order.id)  # the customer cancelled online meanwhile
    request = HandoverRequest(
        decisions=[LineDecision(line_id=line.line_id, action=PickupLineStatus.HANDED_OVER) for line in order.lines],
        verification=Verification(method=VerificationMethod.CODE, code=CODE), device_id=services.device_id,
        handed_over_at=datetime.now(timezone.utc))
    run(kiosk.shell.tasks, services.submit(commands.handover(order.id, request)))
    qtbot.waitUntil(lambda: services.status_hub.current.conflicts == 1, timeout=15000)
    # The backend learnt of the conflict through the device's heartbeat.
    qtbot.waitUntil(lambda: [c["reason"] for c in reported_conflicts(demo_backend, services.device_id) or []]
                    == ["order_cancelled"], timeout=15000)

    window = kiosk.shell.window
    qtbot.mouseClick(window.status_bar.conflicts_button, LEFT)
    assert window.current_page_name() == "conflicts"
    inbox = window.page("conflicts").inbox
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=10000)
    shown = widget_texts(inbox)
    assert "Pickup handover" in shown and order.number in shown
    assert "This order was cancelled before your handover reached the server." in shown
    assert not inbox.discard_button.isEnabled()  # a reason is required
    qtbot.keyClicks(inbox.reason_edit, "Customer cancelled online; items back to stock")
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "conflict-inbox-associate-landscape.png"))
    qtbot.mouseClick(inbox.discard_button, LEFT)

    qtbot.waitUntil(lambda: "No conflicts on this device" in widget_texts(inbox), timeout=10000)
    rows = run(kiosk.shell.tasks, services.store.read(outbox.counts))
    assert rows["conflict"] == 0 and rows["failed"] == 1
    # The server's view changed: the device no longer reports the conflict; nothing was handed over.
    qtbot.waitUntil(lambda: reported_conflicts(demo_backend, services.device_id) == [], timeout=15000)
    assert handover_count(demo_backend, order.id) == 0
    assert backend_sql(demo_backend, "SELECT status FROM pickups WHERE id = ?", (order.id,)) == [("cancelled",)]


def test_manager_requeues_a_refused_note_with_a_correction(qtbot, kiosk_factory, demo_backend) -> None:
    kiosk = kiosk_factory(manager=True)
    services, run, page = kiosk.services, kiosk_factory.run, kiosk.area
    customer_id = backend_sql(demo_backend, "SELECT id FROM customers WHERE home_store_id = ? LIMIT 1",
                              (services.session.store.id,))[0][0]
    note_id = str(uuid.uuid4())
    too_long = Command(Kind.ADD_NOTE, "POST", f"/customers/{customer_id}/notes",
                       {"client_note_id": note_id, "text": "Prefers " + "very " * 500 + "long calls."},
                       commands.entity_key(Feed.CUSTOMERS, customer_id))
    run(kiosk.shell.tasks, services.submit(too_long))
    qtbot.waitUntil(lambda: services.status_hub.current.conflicts == 1, timeout=15000)

    window = kiosk.shell.window
    qtbot.mouseClick(window.rail.button("dashboard"), LEFT)
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.inbox.model.rowCount() == 1, timeout=15000)
    inbox = page.inbox
    assert "Customer note" in widget_texts(inbox) and inbox.edit.isVisibleTo(inbox)
    assert "1 conflict" in page.this_device_label.text()
    inbox.edit.clear()
    qtbot.keyClicks(inbox.edit, "Prefers short calls after 6 pm.")
    # Typed by a person: the scanner detector gives fast keystrokes back once they stop coming.
    qtbot.waitUntil(lambda: inbox.edit.toPlainText() == "Prefers short calls after 6 pm.", timeout=5000)
    qtbot.mouseClick(inbox.retry_button, LEFT)

    qtbot.waitUntil(lambda: backend_sql(demo_backend, "SELECT json_extract(body, '$.text') FROM notes"
                                        " WHERE client_id = ?", (note_id,)) == [("Prefers short calls after 6 pm.",)],
                    timeout=15000)
    qtbot.waitUntil(lambda: services.status_hub.current.conflicts == 0, timeout=10000)
    qtbot.waitUntil(lambda: "Ready to close" in page.closing_label.text(), timeout=10000)


def test_offline_the_last_figures_are_shown_with_their_age(qtbot, kiosk_factory, demo_backend) -> None:
    kiosk = kiosk_factory(manager=True)
    page = kiosk.area
    kiosk.shell.window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.view is not None and page.view.live, timeout=15000)
    overdue = page.tiles["overdue"].value.text()
    demo_backend.server.stop()
    page.refresh()
    qtbot.waitUntil(lambda: page.view is not None and not page.view.live, timeout=15000)
    assert "Offline: figures from" in page.freshness_label.text()
    assert page.tiles["overdue"].value.text() == overdue
    demo_backend.server.start()
    page.refresh()
    qtbot.waitUntil(lambda: page.view is not None and page.view.live, timeout=15000)


def test_rows_model_pages_lazily(qtmodeltester) -> None:
    model = RowsModel(["a", "b"])
    model.set_rows([[str(i), str(i * 2)] for i in range(95)], list(range(95)))
    assert model.rowCount() == 40 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 95 and not model.canFetchMore()
    assert model.payload(94) == 94 and len(model.all_rows()) == 95
    qtmodeltester.check(model)


def test_contact_options_respect_consent() -> None:
    from clienteling.models import Consent, Consents, Customer
    from clienteling.services.dashboard import NoContact, contact_options

    now = datetime.now(timezone.utc)
    base = dict(id="C1", first_name="A", last_name="B", created_at=now, updated_at=now)
    granted = Consent(granted=True, updated_at=now)
    both = contact_options(Customer(**base, phone="+33612345678", email="a@b.fr",
                                    consents=Consents(sms=granted, email=granted)))
    assert both.can_call and both.can_email and both.phone == "+33612345678"
    refused = contact_options(Customer(**base, phone="+33612345678", email="a@b.fr"))
    assert not refused.can_call and not refused.can_remind and refused.phone is None
    assert (refused.why_not_phone, refused.why_not_email) == (NoContact.NO_PHONE_CONSENT, NoContact.NO_EMAIL_CONSENT)
    nothing = contact_options(Customer(**base, consents=Consents(sms=granted)))
    assert (nothing.why_not_phone, nothing.why_not_email) == (NoContact.NO_PHONE, NoContact.NO_EMAIL)
    assert contact_options(None).why_not_phone == NoContact.NO_CUSTOMER


def test_a_slow_earlier_reload_never_replaces_what_a_later_one_showed(qtbot, signed_in_app, demo_backend) -> None:
    from tests.faultproxy import FaultProxy

    proxy = FaultProxy(demo_backend.server.port)
    proxy.start()
    try:
        kiosk = signed_in_app(install, manager=True, backend_url=proxy.url)
        page = kiosk.area
        kiosk.shell.window.show_page("dashboard")
        qtbot.waitUntil(lambda: page.view is not None and page.view.live, timeout=15000)
        # Opening the page started two reloads (sign-in and show): both over before the test's own.
        qtbot.waitUntil(lambda: not any(t.get_name().startswith("dashboard") and not t.done()
                                        for t in kiosk.shell.tasks._tasks), timeout=15000)
        proxy.inject("slow", count=1, path_contains="/dashboard", delay_s=2.0)
        earlier = page.refresh()  # its answer is held back 2 s by the proxy
        qtbot.waitUntil(lambda: proxy.faulted == 1, timeout=5000)
        later = page.refresh()
        qtbot.waitUntil(later.done, timeout=10000)
        shown = page.view
        qtbot.waitUntil(earlier.done, timeout=10000)
        assert page.view is shown  # the earlier answer, arriving last, was not shown
        assert page.refresh_button.isEnabled()
    finally:
        proxy.stop()
