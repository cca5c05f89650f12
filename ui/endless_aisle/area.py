"""The endless-aisle section: basket → sourcing → delivery & payment → confirmation; store orders; refused orders.

Slots stay thin: each spawns (shell.tasks) one coroutine that awaits a use case of
clienteling.services.basket / endless_aisle and renders the answer. The open order and the
orders list refresh after every sync round (the status hub).
"""
from __future__ import annotations

import dataclasses
import logging
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from clienteling import errors
from clienteling.models import CartStatus, SourcingOption, TakeoverMode, utcnow
from clienteling.services import basket as baskets
from clienteling.services import customers
from clienteling.services import endless_aisle as ea
from clienteling.services.stock import StockService
from resources import read_style
from ui.endless_aisle.model import OrdersModel
from ui.endless_aisle.pages import (
    BasketPage, CheckoutPage, ConfirmationPage, ConflictPage, OrdersPage, SourcingPage, status_text,
)
from ui.errors import explain_error
from ui.i18n import format_datetime, format_money

log = logging.getLogger(__name__)

NOT_READY_WORDS = {
    "empty": QT_TRANSLATE_NOOP("EndlessAisleArea", "The basket is empty."),
    "sourcing": QT_TRANSLATE_NOOP("EndlessAisleArea", "Choose where each item comes from first."),
    "checkout": QT_TRANSLATE_NOOP("EndlessAisleArea", "Complete the delivery and the payment first."),
}


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class EndlessAisleArea(QStackedWidget):
    """Signals for tests and the shell: ``basketShown``, ``planShown``, ``orderShown(client_order_id)``,
    ``ordersShown``, ``conflictShown(seq)``, ``failed(message)``."""

    basketShown = Signal()
    planShown = Signal()
    orderShown = Signal(str)
    ordersShown = Signal()
    conflictShown = Signal(int)
    failed = Signal(str)
    _statusArrived = Signal(object)

    def __init__(self, services: Any, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EndlessAisleArea")
        self.setStyleSheet(read_style("endless_aisle"))
        self.services = services
        self.tasks = tasks
        self.stock = StockService(services)
        self.plan: ea.SourcingPlan | None = None
        self.client_order_id: str | None = None
        self.conflict: ea.OrderConflict | None = None
        self._places: dict[str, str] = {}

        self.basket_page = BasketPage()
        self.sourcing_page = SourcingPage()
        self.checkout_page = CheckoutPage()
        self.confirmation_page = ConfirmationPage()
        self.model = OrdersModel(self._fetch_orders, self._spawn, self._describe)
        self.orders_page = OrdersPage(self.model)
        self.conflict_page = ConflictPage()
        for page in (self.basket_page, self.sourcing_page, self.checkout_page, self.confirmation_page,
                     self.orders_page, self.conflict_page):
            self.addWidget(page)

        self._product_timer = self._debounce(self._search_products)
        self._customer_timer = self._debounce(self._search_customers)
        b = self.basket_page
        b.productSearchChanged.connect(lambda _t: self._product_timer.start())
        b.productSearchSubmitted.connect(lambda text: self._run(self._submit_product(text)))
        b.productChosen.connect(lambda sku: self._run(self._add_sku(sku, "search")))
        b.recommendationChosen.connect(lambda sku: self._run(self._add_sku(sku, "recommendation")))
        b.customerSearchChanged.connect(lambda _t: self._customer_timer.start())
        b.customerChosen.connect(lambda cid: self._run(self._edit_then_show(baskets.set_customer(self.services, cid))))
        b.customerDetached.connect(lambda: self._run(self._edit_then_show(baskets.set_customer(self.services, None))))
        b.cartTakeoverRequested.connect(lambda: self._run(self._take_over_cart()))
        b.quantityChanged.connect(lambda lid, q: self._run(self._edit(baskets.set_quantity, lid, q)))
        b.removeRequested.connect(lambda lid: self._run(self._edit(baskets.remove_line, lid)))
        b.variantChanged.connect(lambda lid, s, c: self._run(self._change_variant(lid, s, c)))
        b.clearRequested.connect(lambda: self._run(self._edit_then_show(baskets.clear_basket(self.services))))
        b.sourcingRequested.connect(self.show_sourcing)
        b.ordersRequested.connect(self.show_orders)

        s = self.sourcing_page
        s.optionChosen.connect(lambda lid, option: self._run(self._choose(lid, option)))
        s.removeRequested.connect(lambda lid: self._run(self._remove_and_requote(lid)))
        s.backRequested.connect(self.show_basket)
        s.retryRequested.connect(self.show_sourcing)
        s.continueRequested.connect(lambda: self._run(self._show_checkout()))
        c = self.checkout_page
        c.backRequested.connect(lambda: self.setCurrentWidget(self.sourcing_page))
        c.placeRequested.connect(lambda: self._run(self._place()))
        self.confirmation_page.newBasketRequested.connect(self.show_basket)
        self.confirmation_page.ordersRequested.connect(self.show_orders)
        self.confirmation_page.resolveRequested.connect(self.open_conflict)
        o = self.orders_page
        o.backRequested.connect(self.show_basket)
        o.filterChanged.connect(lambda: self._run(self.model.reload()))
        o.retryRequested.connect(self.show_orders)
        o.orderActivated.connect(self.open_order)
        o.conflictActivated.connect(self.open_conflict)
        self.model.loaded.connect(lambda: (self.orders_page.show_loaded(self.model.rowCount()),
                                           self.ordersShown.emit()))
        self.model.failed.connect(lambda error: self.orders_page.show_failure(explain_error(error)))
        self.conflict_page.backRequested.connect(self.show_orders)
        self.conflict_page.retryRequested.connect(lambda seq, chosen: self._run(self._retry(seq, chosen)))
        self.conflict_page.cancelRequested.connect(lambda seq: self._run(self._cancel(seq)))

        self._statusArrived.connect(self._on_status)
        self._unsubscribe = services.status_hub.subscribe(self._publish_status, replay=False)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    # --- plumbing ------------------------------------------------------------------------------

    def _debounce(self, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(200)
        timer.timeout.connect(slot)
        return timer

    def _spawn(self, coro: Coroutine[Any, Any, Any], name: str = "endless-aisle") -> Any:
        return self.tasks.spawn(coro, name=name)

    def _run(self, coro: Coroutine[Any, Any, Any]) -> Any:
        """Run a step; whatever fails is said on the current page, in plain words."""
        async def guarded() -> None:
            try:
                await coro
            except ea.NotReady as error:
                self._fail(self.tr(NOT_READY_WORDS.get(error.problem, NOT_READY_WORDS["checkout"])))
            except Exception as error:  # shown, never swallowed silently
                log.warning("endless-aisle step failed: %s", type(error).__name__)
                self._fail(explain_error(error))
        return self._spawn(guarded())

    def _fail(self, text: str) -> None:
        page = self.currentWidget()
        if hasattr(page, "show_error"):
            page.show_error(text)
        self.failed.emit(text)

    @property
    def timezone(self) -> str:
        session = self.services.session
        return session.store.timezone if session is not None else "UTC"

    async def _places_names(self) -> dict[str, str]:
        if not self._places:
            self._places = await ea.location_names(self.services)
        return self._places

    def _publish_status(self, status: Any) -> None:
        """Called by the hub (any thread): hop to the GUI thread; a deleted area hears nothing."""
        try:
            self._statusArrived.emit(status)
        except RuntimeError:
            pass

    def _on_status(self, _status: Any) -> None:
        if not self.isVisible():
            return
        if self.currentWidget() is self.confirmation_page and self.client_order_id:
            self._spawn(self._show_order(self.client_order_id), "endless-aisle-order")
        elif self.currentWidget() is self.orders_page:
            self._spawn(self._refresh_orders(), "endless-aisle-orders")

    def start(self) -> None:
        """After sign-in: show the basket saved on this device (it survives a restart)."""
        self._places = {}
        self.show_basket()

    # --- the basket ------------------------------------------------------------------------------

    def show_basket(self) -> None:
        self.setCurrentWidget(self.basket_page)
        self.basket_page.show_error("")
        self._spawn(self._refresh_basket(), "endless-aisle-basket")

    async def _refresh_basket(self, basket: baskets.Basket | None = None) -> None:
        basket = basket or await baskets.load_basket(self.services)
        products = {}
        for line in basket.lines:
            if line.style_id not in products:
                product = await ea.product_of_style(self.services, line.style_id)
                if product is not None:
                    products[line.style_id] = product
        self.basket_page.show_basket(basket, products)
        await self._offer_customer_extras(basket)
        self.basketShown.emit()

    async def _offer_customer_extras(self, basket: baskets.Basket) -> None:
        cart_items, suggestions = None, []
        if basket.customer_id:
            cart = await ea.cart_of(self.services, basket.customer_id)
            if cart is not None and cart.lines and cart.id != basket.from_cart_id and cart.status in (
                    CartStatus.ACTIVE, CartStatus.TAKEN_OVER):
                cart_items = sum(line.quantity for line in cart.lines)
            try:
                view = await customers.load_profile(self.services, basket.customer_id, allow_network=False)
                in_basket = {line.sku for line in basket.lines}
                suggestions = [(r.sku, f"+ {r.name} ({r.size})" if r.size else f"+ {r.name}")
                               for r in view.recommendations if r.sku and r.sku not in in_basket]
            except customers.NotCached:
                suggestions = []
        self.basket_page.show_cart_offer(cart_items)
        self.basket_page.show_recommendations(suggestions)

    async def _edit(self, change: Any, *args: Any) -> None:
        await self._refresh_basket(await baskets.edit(self.services, change, *args))

    async def _edit_then_show(self, coro: Coroutine[Any, Any, baskets.Basket]) -> None:
        basket = await coro
        self.basket_page.customer_search.clear()
        await self._refresh_basket(basket)

    async def _change_variant(self, line_id: str, size: str, colour: str) -> None:
        basket = await baskets.load_basket(self.services)
        line = basket.line(line_id)
        if line is None:
            return
        product = await ea.product_of_style(self.services, line.style_id)
        if product is not None:
            await self._refresh_basket(await baskets.save_basket(self.services, baskets.change_variant(
                basket, line_id, product, size=size or None, colour=colour or None)))

    async def _add_sku(self, sku: str, source: str) -> None:
        self.basket_page.product_results.hide()
        self.basket_page.product_search.clear()
        try:
            basket = await baskets.add_sku(self.services, sku, source)
        except errors.NotFound:
            self.basket_page.show_error(self.tr("No product has the reference %1.").replace("%1", sku))
            return
        self.basket_page.show_error("")
        await self._refresh_basket(basket)

    def add_sku(self, sku: str, source: str = "stock") -> Any:
        """From the stock page ("order from the network") or a recommendation elsewhere."""
        self.setCurrentWidget(self.basket_page)
        return self._run(self._add_sku(sku, source))

    def add_gtin(self, gtin: str) -> Any:
        """A product scanned while this section is on screen."""
        self.setCurrentWidget(self.basket_page)
        return self._run(self._add_gtin(gtin))

    async def _add_gtin(self, gtin: str) -> None:
        try:
            basket, _line = await baskets.add_gtin(self.services, gtin)
        except errors.NotFound:
            self.basket_page.show_error(self.tr("No product has the barcode %1.").replace("%1", gtin))
            return
        self.basket_page.show_error("")
        await self._refresh_basket(basket)

    def _search_products(self) -> None:
        text = self.basket_page.product_search.text().strip()
        self._run(self._show_products(text))

    async def _show_products(self, text: str) -> None:
        if len(text) < 2:
            self.basket_page.show_product_results([])
            return
        found = await self.stock.search(text, 8)
        hits = []
        for product in found:
            variant = next((v for v in product.variants if text.upper() in (v.sku, v.gtin)), product.variants[0])
            hits.append((variant.sku, f"{product.name} · {product.brand} — {variant.size} / {variant.colour} · "
                                      f"{format_money(variant.price)}"))
        if self.basket_page.product_search.text().strip() == text:
            self.basket_page.show_product_results(hits)

    async def _submit_product(self, text: str) -> None:
        text = text.strip()
        if text.isdigit() and len(text) in (8, 12, 13, 14):
            self.basket_page.product_search.clear()
            self.basket_page.product_results.hide()
            await self._add_gtin(text.zfill(13) if len(text) == 12 else text)
        elif self.basket_page.product_results.count() >= 1:
            from PySide6.QtCore import Qt

            await self._add_sku(self.basket_page.product_results.item(0).data(Qt.ItemDataRole.UserRole), "search")

    def _search_customers(self) -> None:
        self._run(self._show_customers(self.basket_page.customer_search.text().strip()))

    async def _show_customers(self, text: str) -> None:
        if len(text) < 2:
            self.basket_page.show_customer_results([])
            return
        hits = await customers.search_local(self.services, text, 6)
        rows = [(h.summary.id, " · ".join(x for x in (f"{h.summary.first_name} {h.summary.last_name}", h.email,
                                                      h.phone) if x)) for h in hits]
        if self.basket_page.customer_search.text().strip() == text:
            self.basket_page.show_customer_results(rows)

    async def _take_over_cart(self) -> None:
        basket = await baskets.load_basket(self.services)
        if not basket.customer_id:
            return
        cart = await ea.cart_of(self.services, basket.customer_id)
        if cart is None:
            return
        if cart.status == CartStatus.ACTIVE:
            await customers.take_over_cart(self.services, cart.id, TakeoverMode.BASKET)
        await self._refresh_basket(await baskets.services_basket_from_cart(self.services, cart))

    def take_over(self, cart: Any) -> Any:
        """The customers area's "take over" (after its own command): the cart becomes the basket."""
        self.setCurrentWidget(self.basket_page)
        return self._run(self._fill_from_cart(cart))

    async def _fill_from_cart(self, cart: Any) -> None:
        await self._refresh_basket(await baskets.services_basket_from_cart(self.services, cart))

    # --- sourcing ----------------------------------------------------------------------------------

    def show_sourcing(self) -> None:
        self.setCurrentWidget(self.sourcing_page)
        self.sourcing_page.set_loading()
        self._spawn(self._source(), "endless-aisle-sourcing")

    async def _source(self) -> None:
        try:
            plan = await ea.source(self.services)
        except Exception as error:
            self.sourcing_page.show_failure(explain_error(error))
            return
        self.plan = plan
        self.sourcing_page.show_plan(plan)
        self.planShown.emit()

    async def _choose(self, line_id: str, option: SourcingOption) -> None:
        confirmed = self.plan.confirmed if self.plan else False
        basket = await ea.choose_option(self.services, line_id, option, confirmed)
        if self.plan is not None:
            lines = [dataclasses.replace(x, chosen=basket.line(x.line_id).choice) if basket.line(x.line_id) else x
                     for x in self.plan.lines]
            self.plan = dataclasses.replace(self.plan, basket=basket, lines=lines)
            self.sourcing_page.set_total(basket, self.plan.complete)

    async def _remove_and_requote(self, line_id: str) -> None:
        await baskets.edit(self.services, baskets.remove_line, line_id)
        if (await baskets.load_basket(self.services)).is_empty:
            self.show_basket()
        else:
            self.show_sourcing()

    # --- delivery, payment, placing ------------------------------------------------------------------------

    async def _show_checkout(self) -> None:
        basket = await baskets.load_basket(self.services)
        address = await ea.profile_address(self.services, basket.customer_id)
        stores = [(loc.id, loc.name) for loc in await ea.pickup_stores(self.services)]
        customer = await ea.customer_of(self.services, basket.customer_id) if basket.customer_id else None
        channels = ea.payment_channels(customer.email, customer.phone) if customer else ()
        self.checkout_page.prepare(basket, address, stores, channels, ea.checkout_options(self.services, basket))
        self.setCurrentWidget(self.checkout_page)

    async def _place(self) -> None:
        page = self.checkout_page
        try:
            fulfilment, address, store_id, payment = page.choices()
        except ValueError as error:
            page.show_error(str(error))
            return
        page.set_busy(True)
        try:
            await ea.set_checkout(self.services, fulfilment=fulfilment, address=address, pickup_store_id=store_id,
                                  payment=payment)
            order = await ea.place_order(self.services)
        finally:
            page.set_busy(False)
        await self._show_order(order.client_order_id)

    # --- the order -------------------------------------------------------------------------------------------

    def open_order(self, client_order_id: str) -> None:
        self._spawn(self._show_order(client_order_id), "endless-aisle-order")

    async def _show_order(self, client_order_id: str) -> None:
        view = await ea.order_view(self.services, client_order_id)
        if view is None:
            self._fail(self.tr("This order is no longer on this device."))
            return
        self.client_order_id = client_order_id
        age = ""
        if view.pending:
            minutes = max(0, int((utcnow() - view.order.created_at).total_seconds() // 60))
            age = self.tr("Queued %n minute(s) ago.", "", minutes)
        self.confirmation_page.show_order(view, await self._places_names(), ea.qr_payload(view.order), age)
        self.setCurrentWidget(self.confirmation_page)
        self.orderShown.emit(client_order_id)

    # --- store orders and refused ones --------------------------------------------------------------------------

    def show_orders(self) -> None:
        self.setCurrentWidget(self.orders_page)
        self._spawn(self._refresh_orders(first=True), "endless-aisle-orders")

    async def _refresh_orders(self, first: bool = False) -> None:
        if first:
            me = self.services.session.associate.id if self.services.session else None
            self.orders_page.set_filters(await ea.store_associates(self.services), me)
        conflicts = await ea.order_conflicts(self.services)
        items = []
        for c in conflicts:
            when = format_datetime(c.refused_at or c.order_preview.created_at, self.timezone)
            names = ", ".join(line.name for line in c.order_preview.lines)
            items.append((c.seq, self.tr("Refused %1: %2").replace("%1", when).replace("%2", names)))
        self.orders_page.show_conflicts(items)
        await self.model.reload()

    async def _fetch_orders(self, offset: int, limit: int) -> list[Any]:
        return await ea.store_orders(self.services, self.orders_page.associate_filter(),
                                     self.orders_page.status_filter(), offset, limit)

    def _describe(self, row: Any) -> str:
        order = row.order
        number = order.number or self.tr("(number when synced)")
        state = self.tr("Waiting to sync") if row.pending else status_text(order.status)
        items = sum(line.quantity for line in order.lines)
        first = f"{number} · {state} · {format_money(order.total)}"
        second = self.tr("%n item(s)", "", items) + " · " + format_datetime(order.created_at, self.timezone)
        return f"{first}\n{second}"

    def open_conflict(self, seq: int) -> None:
        self._run(self._show_conflict(seq))

    async def _show_conflict(self, seq: int) -> None:
        conflict = next((c for c in await ea.order_conflicts(self.services) if c.seq == seq), None)
        if conflict is None:
            self.show_orders()
            return
        self.conflict = conflict
        names = {line.sku: line.name for line in conflict.order_preview.lines}
        words = ea.explain_conflict(conflict, await self._places_names(), names, _translate)
        self.conflict_page.show_conflict(conflict, words, names)
        self.setCurrentWidget(self.conflict_page)
        self.conflictShown.emit(seq)

    async def _retry(self, seq: int, chosen: dict[str, SourcingOption]) -> None:
        conflict = self.conflict
        if conflict is None or conflict.seq != seq:
            return
        order = await ea.retry_with_alternatives(self.services, conflict, chosen)
        self.conflict = None
        await self._show_order(order.client_order_id)

    async def _cancel(self, seq: int) -> None:
        if self.conflict is not None and self.conflict.seq == seq:
            await ea.cancel_refused_order(self.services, self.conflict)
            self.conflict = None
        self.show_orders()

    # --- language ------------------------------------------------------------------------------------------------

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            for page in (self.basket_page, self.sourcing_page, self.checkout_page, self.confirmation_page,
                         self.orders_page, self.conflict_page):
                page.retranslate()
        super().changeEvent(event)
