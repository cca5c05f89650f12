"""The pickup counter as an associate walks it, against the real backend (online, offline, conflict, roles)."""
from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from clienteling.client import BackendClient
from clienteling.models.pickup import CancelPickupRequest, RefusalReason
from offline_cache import outbox
from tests.pickup_orders import CODE, WRONG_CODE, counter_order, finish_preparing, handover_count
from tests.ui.conftest import SignedInApp, widget_texts
from ui.pickups import PickupsArea, install
from ui.pickups.model import PickupQueueModel

LEFT = Qt.MouseButton.LeftButton


Counter = SignedInApp


@pytest.fixture
def counter_factory(qtbot, signed_in_app) -> Callable[..., Counter]:
    def make(manager: bool = False) -> Counter:
        counter = signed_in_app(install, manager=manager)
        counter.window.show_page("pickups")
        qtbot.waitUntil(lambda: counter.area.model.rowCount() > 0, timeout=10000)
        return counter

    make.run = signed_in_app.run  # type: ignore[attr-defined]
    return make


def texts(widget) -> str:
    return widget_texts(widget)


def walk_to_handover(qtbot, area: PickupsArea, right_code: str = CODE) -> None:
    """Type the right code after whatever the scan did, then continue to the handover."""
    page = area.verify_page
    page.code_edit.clear()
    qtbot.keyClicks(page.code_edit, right_code.lower())
    qtbot.mouseClick(page.check_button, LEFT)
    qtbot.waitUntil(lambda: page.verified, timeout=10000)
    qtbot.mouseClick(page.continue_button, LEFT)
    assert area.currentWidget() is area.handover_page


def hand_over_two_refuse_one(qtbot, area: PickupsArea) -> None:
    page = area.handover_page
    assert len(page.rows) == 3
    qtbot.mouseClick(page.rows[2].refuse_button, LEFT)
    qtbot.mouseClick(page.review_button, LEFT)
    assert "Choose why each refused item was refused." in texts(page)
    page.rows[2].reason_combo.setCurrentIndex(page.rows[2].reason_combo.findData(RefusalReason.WRONG_SIZE.value))
    qtbot.mouseClick(page.review_button, LEFT)
    summary = page.summary_label.text()
    assert "Handing over 2 items:" in summary and "Refused 1 item:" in summary
    assert "Wrong size: back on the shelf" in summary and "The order will then be collected." in summary
    qtbot.mouseClick(page.confirm_button, LEFT)
    qtbot.mouseClick(page.confirm_button, LEFT)  # the double tap
    assert not page.confirm_button.isEnabled()


def outbox_rows(counter_factory, counter: Counter) -> dict[str, int]:
    return counter_factory.run(counter.shell.tasks, counter.services.store.read(outbox.counts))


def test_queue_scan_wrong_then_right_code_hand_over_two_refuse_one(qtbot, counter_factory, demo_backend) -> None:
    order = counter_order(demo_backend)
    counter = counter_factory()
    area = counter.area
    assert counter.shell.window.current_page_name() == "pickups"
    assert "Ready (" in texts(area.queue) and "Overdue (" in texts(area.queue)

    counter.shell.router.route(f"CC:{order.id}:{WRONG_CODE}")  # an old QR code on the customer's phone
    qtbot.waitUntil(lambda: "Wrong code. 4 tries left." in texts(area.verify_page), timeout=10000)
    assert area.currentWidget() is area.verify_page
    assert not area.verify_page.override_box.isVisibleTo(area.verify_page)  # an associate cannot override
    walk_to_handover(qtbot, area)
    assert "Code accepted." in texts(area.verify_page)
    hand_over_two_refuse_one(qtbot, area)

    qtbot.waitUntil(lambda: area.currentWidget() is area.order_page, timeout=10000)
    qtbot.waitUntil(lambda: handover_count(demo_backend, order.id) == 1, timeout=15000)
    qtbot.waitUntil(lambda: not area.order_page.sync_label.isVisibleTo(area.order_page), timeout=15000)
    shown = texts(area.order_page)
    assert "Collected" in shown and "Refused — Wrong size" in shown
    qtbot.waitUntil(lambda: "QR code scanned" in area.order_page.audit_label.text()
                    or "code typed" in area.order_page.audit_label.text(), timeout=10000)
    assert "2 handed over, 1 refused" in area.order_page.audit_label.text()
    assert handover_count(demo_backend, order.id) == 1
    assert outbox_rows(counter_factory, counter)["done"] == 1


def test_offline_handover_waits_to_sync_then_reaches_the_server_once(qtbot, counter_factory, demo_backend) -> None:
    order = counter_order(demo_backend)
    counter = counter_factory()
    area = counter.area
    demo_backend.server.stop()

    counter.shell.router.route(order.number)  # the printed receipt: the code is asked at the counter
    qtbot.waitUntil(lambda: area.currentWidget() is area.verify_page, timeout=10000)
    qtbot.keyClicks(area.verify_page.code_edit, WRONG_CODE)
    qtbot.mouseClick(area.verify_page.check_button, LEFT)
    qtbot.waitUntil(lambda: "Wrong code. 4 tries left." in texts(area.verify_page), timeout=10000)
    walk_to_handover(qtbot, area)
    assert "Code accepted (checked on this device: the store is offline)." in texts(area.verify_page)
    hand_over_two_refuse_one(qtbot, area)

    qtbot.waitUntil(lambda: area.currentWidget() is area.order_page, timeout=10000)
    assert "Handed over — waiting to sync" in texts(area.order_page)
    assert not area.order_page.hand_over_button.isEnabled()
    counts = outbox_rows(counter_factory, counter)
    assert counts["pending"] + counts["sent"] == 1 and counts["done"] == 0

    demo_backend.server.start()
    counter.services.engine.wake()
    qtbot.waitUntil(lambda: handover_count(demo_backend, order.id) == 1, timeout=20000)
    qtbot.waitUntil(lambda: "waiting to sync" not in texts(area.order_page), timeout=15000)
    assert handover_count(demo_backend, order.id) == 1
    counts = outbox_rows(counter_factory, counter)
    assert (counts["done"], counts["pending"], counts["conflict"]) == (1, 0, 0)


async def cancel_online(backend, pickup_id: str) -> None:
    async with BackendClient(backend.url) as manager:
        store_id, username, password = backend.login(manager=True)
        await manager.login(store_id, username, password, "back-office")
        await manager.cancel_pickup(pickup_id, CancelPickupRequest(reason="customer asked online"), str(uuid.uuid4()))


def test_order_cancelled_online_meanwhile_ends_in_the_conflict_inbox_in_plain_words(
        qtbot, counter_factory, demo_backend) -> None:
    order = counter_order(demo_backend)
    counter = counter_factory()
    area = counter.area
    demo_backend.server.stop()
    counter.shell.router.route(f"CC:{order.id}:{CODE}")
    qtbot.waitUntil(lambda: area.verify_page.verified, timeout=10000)
    qtbot.mouseClick(area.verify_page.continue_button, LEFT)
    hand_over_two_refuse_one(qtbot, area)
    qtbot.waitUntil(lambda: "Handed over — waiting to sync" in texts(area.order_page), timeout=10000)

    # Meanwhile the order is cancelled online; the device replays its handover only afterwards.
    # (The engine is paused so no sync round slips in between.)
    async def cancel_while_the_device_waits() -> None:
        async with counter.services.engine.paused():
            demo_backend.server.start()
            await cancel_online(demo_backend, order.id)

    counter_factory.run(counter.shell.tasks, cancel_while_the_device_waits())
    counter.services.engine.wake()

    words = "This order was cancelled before your handover reached the server."
    qtbot.waitUntil(lambda: words in texts(area.order_page), timeout=20000)
    assert handover_count(demo_backend, order.id) == 0
    assert "Cancelled" in texts(area.order_page)
    conflicts = counter_factory.run(counter.shell.tasks, counter.services.store.read(outbox.conflicts))
    assert len(conflicts) == 1 and conflicts[0].response_body["reason"] == "order_cancelled"
    qtbot.waitUntil(lambda: counter.shell.window.status_bar.conflicts_button.text() == "1 conflict needs attention")
    qtbot.mouseClick(area.order_page.conflict_ok_button, LEFT)
    qtbot.waitUntil(lambda: words not in texts(area.order_page), timeout=10000)


def test_a_manager_can_override_verification(qtbot, counter_factory, demo_backend) -> None:
    order = counter_order(demo_backend, requires_proof=True)
    counter = counter_factory(manager=True)
    area = counter.area
    area.open_order(order.id)
    qtbot.waitUntil(lambda: area.currentWidget() is area.order_page, timeout=10000)
    assert area.order_page.manager_box.isVisibleTo(area.order_page)
    qtbot.mouseClick(area.order_page.hand_over_button, LEFT)
    page = area.verify_page
    assert page.override_box.isVisibleTo(page) and page.someone_else_check.isChecked()
    qtbot.keyClicks(page.override_edit, "Phone lost; ID checked")
    assert not page.override_button.isEnabled()  # the order needs proof of pickup first
    qtbot.keyClicks(page.collector_edit, "Anna Bianchi")
    qtbot.keyClicks(page.relation_edit, "sister")
    qtbot.keyClicks(page.id_digits_edit, "4821")
    qtbot.mouseClick(page.override_button, LEFT)
    assert area.currentWidget() is area.handover_page
    qtbot.mouseClick(area.handover_page.review_button, LEFT)
    qtbot.mouseClick(area.handover_page.confirm_button, LEFT)
    qtbot.waitUntil(lambda: handover_count(demo_backend, order.id) == 1, timeout=15000)
    qtbot.waitUntil(lambda: "manager override" in area.order_page.audit_label.text()
                    and "Anna Bianchi" in area.order_page.audit_label.text(), timeout=15000)


def test_queue_model_pages_lazily_and_passes_the_model_tester(qtbot, qtmodeltester, counter_factory) -> None:
    counter = counter_factory()
    area = counter.area
    area.queue.set_view("collected_today")
    area.queue.set_view("open")
    qtbot.waitUntil(lambda: area.model.rowCount() > 0, timeout=10000)
    total = counter_factory.run(counter.shell.tasks, area.desk.queue_counts())["open"]
    assert total > 10
    # A model of its own (no view asking for more): pages of 5 as fetchMore is called.
    model = PickupQueueModel(area._fetch, counter.shell.tasks.spawn, page_size=5)
    counter_factory.run(counter.shell.tasks, model.reload())
    assert model.rowCount() == 5 and model.canFetchMore()
    model.fetchMore()
    assert not model.canFetchMore()  # one page in flight at a time
    qtbot.waitUntil(lambda: model.rowCount() == 10, timeout=10000)
    qtmodeltester.check(model)
    qtmodeltester.check(area.model)
    # The visible list asked for pages itself until it was full.
    assert area.model.rowCount() >= 5
    order = area.model.data(area.model.index(0, 0), PickupQueueModel.OrderRole)
    assert order.status.value in ("preparing", "ready", "partly_collected")

    qtbot.keyClicks(area.queue.search_edit, order.number)
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=10000)
    qtbot.keyClick(area.queue.search_edit, Qt.Key.Key_Return)  # as a wedge scanner types the receipt
    if order.status.value == "preparing":
        qtbot.waitUntil(lambda: area.currentWidget() is area.order_page, timeout=10000)
    else:  # a ready order goes straight to the code check
        qtbot.waitUntil(lambda: area.currentWidget() is area.verify_page, timeout=10000)
        assert f"Who is collecting order {order.number}?" in texts(area.verify_page)
    assert f"Order {order.number}" in area.order_page.title_label.text()


def test_new_ready_orders_after_a_sync_show_a_notice(qtbot, counter_factory, demo_backend) -> None:
    counter = counter_factory()
    area = counter.area
    qtbot.waitUntil(lambda: area._known_ready is not None, timeout=10000)
    assert not area.queue.new_orders_button.isVisibleTo(area.queue)
    order = finish_preparing(demo_backend)  # the next poll brings it, no restart
    qtbot.waitUntil(lambda: area.queue.new_orders_button.isVisibleTo(area.queue), timeout=15000)
    assert area.queue.new_orders_button.text() == "1 new order ready — show"
    qtbot.mouseClick(area.queue.new_orders_button, LEFT)
    assert area.queue.view == "ready" and not area.queue.new_orders_button.isVisibleTo(area.queue)
    qtbot.waitUntil(lambda: any(area.model.order_at(n).id == order.id for n in range(area.model.rowCount())),
                    timeout=10000)


def test_resend_notice_online_and_disabled_offline_with_a_reason(qtbot, counter_factory, demo_backend) -> None:
    order = counter_order(demo_backend)
    counter = counter_factory()
    area = counter.area
    area.open_order(order.id)
    qtbot.waitUntil(lambda: area.currentWidget() is area.order_page, timeout=10000)
    assert area.order_page.resend_button.isEnabled()
    qtbot.mouseClick(area.order_page.resend_button, LEFT)
    qtbot.waitUntil(lambda: "The ready notice was sent again" in texts(area.order_page)
                    or "neither e-mail nor phone" in texts(area.order_page), timeout=10000)
    demo_backend.server.stop()
    counter.services.engine.wake()
    qtbot.waitUntil(lambda: not area.order_page.resend_button.isEnabled(), timeout=15000)
    assert "Resending the ready notice needs the store to be online." in texts(area.order_page)
