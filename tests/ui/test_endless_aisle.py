"""Endless-aisle ordering as an associate walks it, against the real backend (online, offline, conflict)."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from clienteling.models import SourcingMethod
from clienteling.services import basket as baskets
from clienteling.services import customers
from offline_cache import repositories
from tests.other_tablet import drain, other_tablet
from tests.ui.conftest import SignedInApp, widget_texts
from ui.endless_aisle import EndlessAisleArea
from ui.endless_aisle import install as install_endless_aisle
from ui.stock import install as install_stock

LEFT = Qt.MouseButton.LeftButton


Till = SignedInApp


@pytest.fixture
def till_factory(qtbot, signed_in_app) -> Callable[..., Till]:
    def make(profile: str = "associate") -> Till:
        till = signed_in_app(install_stock, install_endless_aisle, profile=profile)
        with qtbot.waitSignal(till.area.basketShown, timeout=10000):
            till.window.show_page("endless_aisle")
            till.area.show_basket()
        return till

    make.run = signed_in_app.run  # type: ignore[attr-defined]
    return make


def query(till_factory, till: Till, fn, *args):
    return till_factory.run(till.shell.tasks, till.services.store.read(fn, *args))


def sourceable(conn, here: str, *, out_here: bool = False) -> tuple[str, str]:
    """(sku, gtin) with stock elsewhere; with out_here, none in this store (the stock page offers to order it)."""
    extra = " AND NOT EXISTS (SELECT 1 FROM stock h WHERE h.sku = s.sku AND h.location_id = ?1 AND h.available > 0)" \
        if out_here else ""
    return conn.execute("SELECT s.sku, v.gtin FROM stock s JOIN variants v ON v.sku = s.sku"
                        f" WHERE s.location_id != ?1 AND s.available >= 2{extra} ORDER BY s.sku LIMIT 1",
                        (here,)).fetchone()


def server_orders(demo_backend, client_order_id: str) -> list[dict]:
    with other_tablet(demo_backend, "checker") as http:
        orders = http.get("/orders").json()
    return [o for o in orders if o["client_order_id"] == client_order_id]


def to_sourcing(qtbot, area: EndlessAisleArea) -> None:
    with qtbot.waitSignal(area.planShown, timeout=15000):
        qtbot.mouseClick(area.basket_page.next_button, LEFT)
    page = area.sourcing_page
    while any(not buttons for buttons in page.option_buttons.values()):  # nowhere has it: take it out
        remove = next(b for b in page.lines_widget.findChildren(type(page.back_button)) if b.objectName() ==
                      "SourcingRemove")
        with qtbot.waitSignal(area.planShown, timeout=15000):
            qtbot.mouseClick(remove, LEFT)


def check_out_pickup_here(qtbot, area: EndlessAisleArea, till_ref: str = "T-0042") -> None:
    page = area.sourcing_page
    qtbot.waitUntil(page.next_button.isEnabled, timeout=5000)
    qtbot.mouseClick(page.next_button, LEFT)
    checkout = area.checkout_page
    qtbot.waitUntil(lambda: area.currentWidget() is checkout, timeout=5000)
    checkout.pickup_radio.setChecked(True)  # this store is first in the list
    qtbot.mouseClick(checkout.place_button, LEFT)
    qtbot.waitUntil(lambda: "Type the till receipt's reference" in widget_texts(checkout), timeout=5000)
    qtbot.keyClicks(checkout.till_edit, till_ref)
    with qtbot.waitSignal(area.orderShown, timeout=15000):
        qtbot.mouseClick(checkout.place_button, LEFT)


def test_scan_and_online_cart_into_a_basket_ordered_online_for_the_associate(qtbot, till_factory, demo_backend):
    till = till_factory()
    area, services, window = till.area, till.services, till.shell.window
    here = services.session.store.id
    sku, gtin = query(till_factory, till, sourceable, here)

    till.shell.router.route(gtin)  # a product scanned while the basket is on screen
    qtbot.waitUntil(lambda: len(area.basket_page.rows) == 1, timeout=10000)
    assert window.current_page_name() == "endless_aisle"
    row = area.basket_page.rows[0]
    assert row.line.sku == sku and row.quantity_label.text() == "1"
    qtbot.mouseClick(row.plus, LEFT)
    qtbot.waitUntil(lambda: area.basket_page.rows and area.basket_page.rows[0].quantity_label.text() == "2",
                    timeout=5000)
    assert "2 items" in area.basket_page.total_label.text()

    customer_id = till_factory.run(till.shell.tasks, customers.a_customer_with_active_cart(services))
    customer = query(till_factory, till, repositories.get_customer, customer_id)
    qtbot.keyClicks(area.basket_page.customer_search, f"{customer.first_name} {customer.last_name}")
    results = area.basket_page.customer_results
    qtbot.waitUntil(lambda: any(results.item(i).data(Qt.ItemDataRole.UserRole) == customer_id
                                for i in range(results.count())), timeout=5000)
    item = next(results.item(i) for i in range(results.count())
                if results.item(i).data(Qt.ItemDataRole.UserRole) == customer_id)
    qtbot.mouseClick(results.viewport(), LEFT, pos=results.visualItemRect(item).center())
    qtbot.waitUntil(lambda: area.basket_page.cart_row.isVisible(), timeout=10000)
    assert f"For {customer.first_name} {customer.last_name}" in widget_texts(area.basket_page)
    assert "Their online cart has" in widget_texts(area.basket_page)
    with qtbot.waitSignal(area.basketShown, timeout=10000):
        qtbot.mouseClick(area.basket_page.cart_button, LEFT)
    assert len(area.basket_page.rows) > 1 and not area.basket_page.cart_row.isVisible()
    basket = till_factory.run(till.shell.tasks, baskets.load_basket(services))
    cart = query(till_factory, till, repositories.customer_cart, customer_id)
    assert basket.from_cart_id == cart.id and basket.customer_id == customer_id
    assert {x.sku for x in cart.lines} <= {x.sku for x in basket.lines}

    to_sourcing(qtbot, area)
    page = area.sourcing_page
    assert not page.offline_label.isVisible()
    line_id, buttons = next((lid, b) for lid, b in page.option_buttons.items() if len(b) > 1)
    assert buttons[0][0].isChecked()  # the default: fastest, then cheapest
    radio, option = buttons[-1]
    qtbot.mouseClick(radio, LEFT)
    qtbot.waitUntil(lambda: (till_factory.run(till.shell.tasks, baskets.load_basket(services)).line(line_id)
                             .choice.location_id == option.location_id), timeout=5000)
    check_out_pickup_here(qtbot, area)

    confirmation = area.confirmation_page
    qtbot.waitUntil(lambda: confirmation.number_label.text().startswith("Order EA"), timeout=15000)
    assert "Order placed" in widget_texts(confirmation)
    assert not confirmation.qr_label.pixmap().isNull()
    [order] = server_orders(demo_backend, area.client_order_id)
    assert order["associate_id"] == services.session.associate.id and order["store_id"] == here
    assert order["customer_id"] == customer_id and order["payment"]["till_reference"] == "T-0042"
    assert order["number"] in confirmation.number_label.text()
    chosen = next(x for x in order["lines"] if x["sku"] == basket.line(line_id).sku)
    assert chosen["source_location_id"] == option.location_id

    with qtbot.waitSignal(area.basketShown, timeout=5000):  # the basket is empty for the next customer
        qtbot.mouseClick(confirmation.new_button, LEFT)
    assert area.basket_page.rows == [] and "No customer attached" in widget_texts(area.basket_page)
    with qtbot.waitSignal(area.ordersShown, timeout=5000):
        qtbot.mouseClick(area.basket_page.orders_button, LEFT)
    assert order["number"] in area.model.data(area.model.index(0))
    orders = area.orders_page

    def shown() -> list:
        return [area.model.row_at(i).order for i in range(area.model.rowCount())]

    with qtbot.waitSignal(area.ordersShown, timeout=5000):
        orders.associate_combo.setCurrentIndex(orders.associate_combo.findData(services.session.associate.id))
    with qtbot.waitSignal(area.ordersShown, timeout=5000):
        orders.status_combo.setCurrentIndex(orders.status_combo.findData("placed"))
    assert order["number"] in [o.number for o in shown()]
    assert all(o.status == "placed" and o.associate_id == services.session.associate.id for o in shown())
    with qtbot.waitSignal(area.ordersShown, timeout=5000):
        orders.status_combo.setCurrentIndex(orders.status_combo.findData("delivered"))
    assert order["number"] not in [o.number for o in shown()]
    assert all(o.status == "delivered" for o in shown())
    assert ("No endless-aisle order matches." in widget_texts(orders)) == (not shown())


def test_from_the_stock_page_offline_queued_then_placed_exactly_once(qtbot, till_factory, demo_backend):
    till = till_factory()
    area, services, window = till.area, till.services, till.shell.window
    sku, gtin = query(till_factory, till, lambda conn: sourceable(conn, services.session.store.id, out_here=True))
    stock = window.page("stock")
    window.show_page("stock")
    with qtbot.waitSignal(stock.availabilityShown, timeout=10000):
        till.shell.router.route(gtin)  # on the stock page the scan opens the product, not the basket
    assert window.current_page_name() == "stock"
    qtbot.waitUntil(lambda: stock.product_view.panel.order_button.isVisible(), timeout=5000)

    demo_backend.server.stop()  # the store loses its network
    qtbot.mouseClick(stock.product_view.panel.order_button, LEFT)
    qtbot.waitUntil(lambda: len(area.basket_page.rows) == 1, timeout=10000)
    assert window.current_page_name() == "endless_aisle" and area.basket_page.rows[0].line.sku == sku

    to_sourcing(qtbot, area)
    assert area.sourcing_page.offline_label.isVisible()
    assert "Stock will be confirmed when back online." in widget_texts(area.sourcing_page)
    check_out_pickup_here(qtbot, area)
    confirmation = area.confirmation_page
    assert "Order queued" in widget_texts(confirmation)
    assert "Waiting to sync: stock will be confirmed when back online." in confirmation.state_label.text()
    assert not confirmation.qr_label.pixmap().isNull()  # the customer keeps the code even offline

    demo_backend.server.start()
    till_factory.run(till.shell.tasks, services.engine.sync_once())
    qtbot.waitUntil(lambda: confirmation.number_label.text().startswith("Order EA"), timeout=15000)
    till_factory.run(till.shell.tasks, services.engine.sync_once())
    assert len(server_orders(demo_backend, area.client_order_id)) == 1


def test_stock_gone_before_replay_offers_the_backends_alternatives(qtbot, till_factory, demo_backend):
    till = till_factory()
    area, services = till.area, till.services
    sku, gtin = query(till_factory, till, sourceable, services.session.store.id)
    demo_backend.server.stop()
    qtbot.keyClicks(area.basket_page.product_search, sku)
    qtbot.waitUntil(lambda: area.basket_page.product_results.count() > 0, timeout=5000)
    qtbot.keyClick(area.basket_page.product_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(area.basket_page.rows) == 1, timeout=5000)
    to_sourcing(qtbot, area)
    chosen = till_factory.run(till.shell.tasks, baskets.load_basket(services)).lines[0].choice
    check_out_pickup_here(qtbot, area)
    client_order_id = area.client_order_id

    demo_backend.server.start()
    drain(demo_backend, sku, chosen.location_id, chosen.method.value)
    till_factory.run(till.shell.tasks, services.engine.sync_once())
    qtbot.waitUntil(lambda: "Order refused" in widget_texts(area.confirmation_page), timeout=10000)
    assert area.confirmation_page.resolve_button.isVisible()

    with qtbot.waitSignal(area.ordersShown, timeout=5000):
        qtbot.mouseClick(area.confirmation_page.orders_button, LEFT)
    assert "1 refused order needs you" in widget_texts(area.orders_page)
    conflict_button = next(b for b in area.orders_page.conflicts_box.findChildren(type(area.orders_page.back_button))
                           if b.objectName() == "OrderConflict")
    with qtbot.waitSignal(area.conflictShown, timeout=5000):
        qtbot.mouseClick(conflict_button, LEFT)
    page = area.conflict_page
    text = widget_texts(page)
    assert "Stock changed before this order reached the server" in text and "0 left there." in text
    [(sku_shown, options)] = page.choices.items()
    assert sku_shown == sku and options and all(o.location_id != chosen.location_id for _, o in options)
    radio, option = options[-1]
    qtbot.mouseClick(radio, LEFT)
    with qtbot.waitSignal(area.orderShown, timeout=10000):
        qtbot.mouseClick(page.retry_button, LEFT)
    till_factory.run(till.shell.tasks, services.engine.sync_once())
    qtbot.waitUntil(lambda: area.confirmation_page.number_label.text().startswith("Order EA"), timeout=15000)
    [order] = server_orders(demo_backend, client_order_id)
    assert order["lines"][0]["source_location_id"] == option.location_id


def test_the_basket_survives_a_restart_and_the_orders_model_is_sound(qtbot, qtmodeltester, till_factory):
    till = till_factory(profile="restart")
    sku, _ = query(till_factory, till, sourceable, till.services.session.store.id)
    till_factory.run(till.shell.tasks, baskets.add_sku(till.services, sku, "recommendation"))
    till_factory.run(till.shell.tasks, till.services.aclose())
    till.shell.tasks.cancel_all()
    again = till_factory(profile="restart")
    qtbot.waitUntil(lambda: len(again.area.basket_page.rows) == 1, timeout=5000)
    assert again.area.basket_page.rows[0].line.sku == sku
    with qtbot.waitSignal(again.area.ordersShown, timeout=5000):
        again.area.show_orders()
    qtmodeltester.check(again.area.model)


def in_another_store(conn, here: str) -> tuple[str, str]:
    """(sku, gtin) with stock in another store (so a transfer to this store is offered)."""
    return conn.execute("SELECT s.sku, v.gtin FROM stock s JOIN variants v ON v.sku = s.sku"
                        " JOIN locations l ON l.key = s.location_id WHERE l.kind = 'store' AND s.location_id != ?1"
                        " AND s.available >= 2 ORDER BY s.sku LIMIT 1", (here,)).fetchone()


def test_checkout_offers_only_what_the_lines_sourcing_allows(qtbot, till_factory):
    till = till_factory()
    area, services = till.area, till.services
    here = services.session.store.id
    _, gtin = query(till_factory, till, in_another_store, here)
    till.shell.router.route(gtin)
    qtbot.waitUntil(lambda: len(area.basket_page.rows) == 1, timeout=10000)
    to_sourcing(qtbot, area)
    [buttons] = area.sourcing_page.option_buttons.values()
    radio, _ = next((r, o) for r, o in buttons if o.method == SourcingMethod.TRANSFER_TO_STORE)
    qtbot.mouseClick(radio, LEFT)  # transferred to this store: collected here, not delivered home
    qtbot.waitUntil(lambda: till_factory.run(till.shell.tasks, baskets.load_basket(services)).lines[0].choice.method
                    == SourcingMethod.TRANSFER_TO_STORE, timeout=5000)
    qtbot.mouseClick(area.sourcing_page.next_button, LEFT)
    checkout = area.checkout_page
    qtbot.waitUntil(lambda: area.currentWidget() is checkout, timeout=5000)
    assert not checkout.delivery_radio.isEnabled() and checkout.pickup_radio.isChecked()
    assert "Home delivery is not possible: some items are collected in a store." in widget_texts(checkout)
    assert [checkout.store_combo.itemData(i) for i in range(checkout.store_combo.count())] == [here]
    assert checkout.place_button.isEnabled()


def with_address(conn) -> str:
    """A cached customer with a postal address on file."""
    return conn.execute("SELECT key FROM customers WHERE json_extract(body, '$.address') IS NOT NULL"
                        " ORDER BY key LIMIT 1").fetchone()[0]


def in_a_warehouse(conn) -> str:
    """A SKU a warehouse has (so it can be shipped to the customer's home)."""
    return conn.execute("SELECT s.sku FROM stock s JOIN locations l ON l.key = s.location_id"
                        " WHERE l.kind = 'warehouse' AND s.available >= 2 ORDER BY s.sku LIMIT 1").fetchone()[0]


def test_home_delivery_starts_from_the_address_on_the_profile(qtbot, till_factory):
    till = till_factory()
    area, services = till.area, till.services
    customer = query(till_factory, till, repositories.get_customer, query(till_factory, till, with_address))
    sku = query(till_factory, till, in_a_warehouse)
    till_factory.run(till.shell.tasks, baskets.add_sku(services, sku, "search"))
    till_factory.run(till.shell.tasks, baskets.set_customer(services, customer.id))
    with qtbot.waitSignal(area.basketShown, timeout=10000):
        area.show_basket()
    to_sourcing(qtbot, area)
    [buttons] = area.sourcing_page.option_buttons.values()
    radio, _ = next((r, o) for r, o in buttons if o.method == SourcingMethod.SHIP_FROM_WAREHOUSE)
    qtbot.mouseClick(radio, LEFT)  # a parcel: home delivery is possible
    qtbot.waitUntil(lambda: till_factory.run(till.shell.tasks, baskets.load_basket(services)).lines[0].choice.method
                    == SourcingMethod.SHIP_FROM_WAREHOUSE, timeout=5000)
    qtbot.mouseClick(area.sourcing_page.next_button, LEFT)
    checkout = area.checkout_page
    qtbot.waitUntil(lambda: area.currentWidget() is checkout, timeout=5000)
    qtbot.mouseClick(checkout.delivery_radio, LEFT)
    assert checkout.delivery_radio.isChecked() and checkout.address.isEnabled()
    address = customer.address
    assert (checkout.name_edit.text(), checkout.street_edit.text(), checkout.postcode_edit.text(),
            checkout.city_edit.text(), checkout.country_edit.text()) == (
        address.name, address.street, address.postcode, address.city, address.country)
