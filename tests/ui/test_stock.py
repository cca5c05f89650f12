"""The stock area against the real backend: scan → variant grid → network availability; offline; push."""
from __future__ import annotations

import asyncio
import gc
from collections.abc import Coroutine, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from clienteling.client import BackendClient
from clienteling.models import PlaceOrderRequest
from clienteling.services.app_services import AppServices
from tests.ui.conftest import widget_texts
from ui.i18n import format_money
from ui.settings import UiSettings
from ui.shell.controller import AppShell
from ui.shell.main_window import MainWindow
from ui.stock import StockPage, install
from ui.stock.models import FiguresModel
from ui.tasks import TaskRegistry

LEFT = Qt.MouseButton.LeftButton
STORE = "STORE-PAR-01"
WAREHOUSE = "WH-FR-1"


class StockApp:
    def __init__(self, shell: AppShell, services: AppServices, page: StockPage, run: Any) -> None:
        self.shell, self.services, self.page, self.run = shell, services, page, run

    def sql(self, query: str, *params: Any) -> list[tuple]:
        return self.run(self.services.store.read(lambda conn: conn.execute(query, params).fetchall()))

    def scan(self, qtbot, code: str) -> None:
        with qtbot.waitSignal(self.page.availabilityShown, timeout=10000):
            self.shell.router.route(code)


@pytest.fixture
def stock_app(qtbot, qapp, qloop, languages, demo_backend) -> Iterator[StockApp]:
    # Earlier tests' closed qasync loops still hold QObject timers: free them here, in the GUI
    # thread, rather than when a worker thread happens to trigger the garbage collector.
    gc.collect()

    def run(coro: Coroutine[Any, Any, Any]) -> Any:
        task = asyncio.ensure_future(coro, loop=qloop)
        qtbot.waitUntil(task.done, timeout=20000)
        return task.result()

    services = AppServices(demo_backend.settings())
    services.open()
    run(services.sign_in(*demo_backend.login()))
    qtbot.waitUntil(lambda: services.status_hub.current.last_pull_at is not None, timeout=30000)
    services.start_unlocked = True
    window = MainWindow()
    qtbot.addWidget(window)
    shell = AppShell(window, services, settings=UiSettings(), languages=languages, tasks=TaskRegistry(), app=qapp,
                     persist_settings=False)
    page = install(shell, services)
    run(shell.start())
    window.show()
    yield StockApp(shell, services, page, run)
    shell.scanner.uninstall()
    shell.idle.stop()
    shell.tasks.cancel_all()
    run(shell.tasks.wait_all())
    run(services.aclose())
    shell.deleteLater()


def cells(model: FiguresModel, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_scan_opens_the_variant_and_its_network_availability_nearest_first(qtbot, stock_app: StockApp) -> None:
    sku, gtin = stock_app.sql("SELECT s.sku, v.gtin FROM stock s JOIN variants v ON v.sku = s.sku"
                              " WHERE s.location_id = ? AND s.available > 0 AND EXISTS (SELECT 1 FROM stock o"
                              " WHERE o.sku = s.sku AND o.location_id = 'STORE-PAR-02') ORDER BY s.sku LIMIT 1",
                              STORE)[0]
    stock_app.scan(qtbot, gtin)
    window, page = stock_app.shell.window, stock_app.page
    assert window.current_page_name() == "stock"
    view = page.product_view
    assert page.stack.currentWidget() is view and view.sku == sku
    product = view.product
    variant = product.variant(sku)
    assert view.grid.buttons[sku].isChecked() and len(view.grid.buttons) == len(product.variants)
    texts = widget_texts(view)
    assert product.name in texts and format_money(variant.price) in texts and variant.gtin in texts
    assert "Live figures, checked at" in texts

    here = stock_app.sql("SELECT available FROM stock WHERE sku = ? AND location_id = ?", sku, STORE)[0][0]
    assert view.panel.here_count.text() == str(here)
    assert view.grid.buttons[sku].text() == str(here)
    assert not view.panel.order_button.isVisible()

    expected = stock_app.run(stock_app.services.client.network_stock(sku))
    stores = view.panel.stores_model
    assert cells(stores, FiguresModel.AVAILABLE) == [str(s.available) for s in expected.stores][:stores.PAGE]
    shown = [stores.figure(r).location_id for r in range(stores.rowCount())]
    assert shown == [s.location_id for s in expected.stores][:stores.PAGE]
    distances = [stores.figure(r).distance_km for r in range(stores.rowCount())]
    assert distances == sorted(distances) and distances[0] < 10
    assert shown[0] == "STORE-PAR-02"  # the other Paris store first
    assert set(cells(stores, FiguresModel.STATUS)) <= {"Open", "Closed"}
    assert all(c.endswith("km") for c in cells(stores, FiguresModel.DISTANCE))
    warehouses = view.panel.warehouses_model
    assert cells(warehouses, FiguresModel.STORE)[0].startswith("Entrepôt") or warehouses.rowCount() == len(
        expected.warehouses)
    assert f"Network total: {expected.network_available} available" in widget_texts(view)


def test_offline_shows_last_known_figures_with_their_age(qtbot, stock_app: StockApp, demo_backend) -> None:
    sku, gtin = stock_app.sql("SELECT s.sku, v.gtin FROM stock s JOIN variants v ON v.sku = s.sku"
                              " WHERE s.location_id = ? AND s.available > 1 AND EXISTS (SELECT 1 FROM stock o"
                              " WHERE o.sku = s.sku AND o.location_id = ?) ORDER BY s.sku DESC LIMIT 1",
                              WAREHOUSE, STORE)[0]
    stock_app.scan(qtbot, gtin)
    panel = stock_app.page.product_view.panel
    live_rows = cells(panel.stores_model, FiguresModel.AVAILABLE)

    demo_backend.server.stop()
    with qtbot.waitSignal(stock_app.page.availabilityShown, timeout=10000):
        qtbot.mouseClick(panel.refresh_button, LEFT)
    texts = widget_texts(stock_app.page.product_view)
    assert "Offline: last known figures, checked just now. They may have changed." in texts
    assert cells(panel.stores_model, FiguresModel.AVAILABLE) == live_rows
    assert all(age.endswith("ago") for age in cells(panel.stores_model, FiguresModel.UPDATED))
    assert "updated" in panel.here_detail.text() and panel.here_detail.text().endswith("ago")

    stock_app.scan(qtbot, gtin)  # a new scan offline answers from the cache too
    assert "They may have changed." in panel.freshness.text()
    assert cells(panel.stores_model, FiguresModel.AVAILABLE) == live_rows


def test_a_stock_change_on_the_server_shows_without_a_restart(qtbot, stock_app: StockApp, demo_backend) -> None:
    sku, gtin = stock_app.sql("SELECT s.sku, v.gtin FROM stock s JOIN variants v ON v.sku = s.sku"
                              " WHERE s.location_id = ? AND s.available > 1 ORDER BY s.sku LIMIT 1", WAREHOUSE)[0]
    stock_app.scan(qtbot, gtin)
    warehouses = stock_app.page.product_view.panel.warehouses_model
    row = next(r for r in range(warehouses.rowCount()) if warehouses.figure(r).location_id == WAREHOUSE)
    before = warehouses.figure(row)
    qtbot.waitUntil(lambda: stock_app.services.events.connected, timeout=10000)
    customer_id = stock_app.sql("SELECT key FROM customers ORDER BY key LIMIT 1")[0][0]

    async def order_from_another_till() -> None:
        async with BackendClient(demo_backend.url) as web:
            store_id, username, password = demo_backend.login(manager=True)
            await web.login(store_id, username, password, "another-till")
            await web.place_order(PlaceOrderRequest.model_validate({
                "client_order_id": "ui-stock-push", "customer_id": customer_id, "fulfilment": "delivery",
                "delivery_address": {"name": "A Customer", "street": "3 rue Scribe", "postcode": "75009",
                                     "city": "Paris", "country": "FR"},
                "payment": {"mode": "in_store", "till_reference": "T-9"},
                "lines": [{"sku": sku, "quantity": 1, "method": "ship_from_warehouse",
                           "source_location_id": WAREHOUSE}]}), "ui-stock-push")

    stock_app.run(order_from_another_till())

    def shown() -> tuple[int, int]:
        figure = next(warehouses.figure(r) for r in range(warehouses.rowCount())
                      if warehouses.figure(r).location_id == WAREHOUSE)
        return figure.available, figure.reserved

    qtbot.waitUntil(lambda: shown() == (before.available - 1, before.reserved + 1), timeout=10000)
    assert cells(warehouses, FiguresModel.ON_HAND)[row] == f"{before.on_hand} / {before.reserved + 1}"


def test_out_of_stock_here_leads_to_the_endless_aisle(qtbot, stock_app: StockApp) -> None:
    rows = stock_app.sql("SELECT s.sku, v.gtin FROM stock s JOIN variants v ON v.sku = s.sku"
                         " WHERE s.location_id = ? AND s.available = 0 AND EXISTS (SELECT 1 FROM stock o"
                         " WHERE o.sku = s.sku AND o.available > 0) ORDER BY s.sku LIMIT 1", STORE)
    sku, gtin = rows[0]
    stock_app.scan(qtbot, gtin)
    panel = stock_app.page.product_view.panel
    assert panel.here_caption.text() == "Out of stock in this store"
    assert panel.order_button.isVisible() and panel.order_button.isEnabled()
    with qtbot.waitSignal(stock_app.page.orderFromNetworkRequested) as signal:
        qtbot.mouseClick(panel.order_button, LEFT)
    assert signal.args == [sku]
    assert stock_app.shell.window.current_page_name() == "endless_aisle"


def test_search_by_brand_pages_lazily_and_opens_a_product(qtbot, qtmodeltester, stock_app: StockApp) -> None:
    page = stock_app.page
    stock_app.shell.window.show_page("stock")
    brand = stock_app.sql("SELECT brand FROM products GROUP BY brand ORDER BY count(*) DESC LIMIT 1")[0][0]
    count = stock_app.sql("SELECT count(*) FROM products WHERE brand = ?", brand)[0][0]
    model = page.search.model
    qtbot.keyClicks(page.search.search_edit, brand)
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.loading, timeout=5000)
    assert model.rowCount() == min(count, model.PAGE)
    qtmodeltester.check(model)
    assert brand in model.data(model.index(0, 0))

    qtbot.keyClicks(page.search.search_edit, "zzzz")
    qtbot.waitUntil(lambda: "No product matches" in page.search.hint_label.text(), timeout=5000)
    page.search.search_edit.clear()
    qtbot.keyClicks(page.search.search_edit, brand)
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.loading, timeout=5000)
    index = model.index(0, 0)
    with qtbot.waitSignal(page.availabilityShown, timeout=10000):
        qtbot.mouseClick(page.search.results.viewport(), LEFT, pos=page.search.results.visualRect(index).center())
    assert page.stack.currentWidget() is page.product_view
    assert page.product_view.product.style_id == model.product(0).style_id
    qtmodeltester.check(page.product_view.panel.stores_model)


def test_unknown_barcode_is_said_in_plain_words(qtbot, stock_app: StockApp) -> None:
    stock_app.shell.router.route("4006381333931")
    page = stock_app.page
    qtbot.waitUntil(lambda: page.search.error_label.isVisible(), timeout=10000)
    assert page.search.error_label.text() == "No product in the catalogue has the code 4006381333931."
