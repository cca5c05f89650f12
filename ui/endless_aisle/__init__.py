"""Endless-aisle ordering: sell what the store does not have, from anywhere in the network (issue 9).

``install(shell, services)`` registers the section's page and connects what feeds the basket:
a product scanned while the section is on screen, "order from the network" on the stock
page, and an online cart taken over in the customer's profile.
``render_endless_aisle(services, shell, out_dir)`` saves screenshots of its screens.
"""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from clienteling.models import TakeoverMode
from ui.endless_aisle.area import EndlessAisleArea

__all__ = ["EndlessAisleArea", "install", "render_endless_aisle"]

PAGE = "endless_aisle"


class ScanFocus:
    """Whether a product scan belongs to the basket.

    The shell switches to the stock page on every product scan before the areas hear it, so
    the basket also claims a scan when that switch just came from its own page.
    """

    def __init__(self, window: Any) -> None:
        self.window = window
        self.previous: str | None = None
        self.current: str | None = window.current_page_name()
        window.sectionChanged.connect(self._changed)

    def _changed(self, name: str) -> None:
        self.previous, self.current = self.current, name

    def basket_in_front(self) -> bool:
        now = self.window.current_page_name()
        return now == PAGE or (now == "stock" and self.current == "stock" and self.previous == PAGE)


def install(shell: Any, services: Any) -> EndlessAisleArea:
    area = EndlessAisleArea(services, shell.tasks)
    window = shell.window
    window.register_page(PAGE, area)
    focus = ScanFocus(window)
    area.scan_focus = focus  # type: ignore[attr-defined]

    def product_scanned(gtin: str) -> None:
        if window.current_screen() == window.WORKSPACE and focus.basket_in_front():
            window.show_page(PAGE)
            area.add_gtin(gtin)

    shell.router.openProductByGtin.connect(product_scanned)
    shell.signedIn.connect(lambda *_: area.start())
    if getattr(services, "session", None) is not None:  # installed after sign-in (the demo)
        area.start()

    if PAGE in window.page_names() and "stock" in window.page_names():
        stock = window.page("stock")
        if hasattr(stock, "orderFromNetworkRequested"):  # the stock area shows this page itself
            stock.orderFromNetworkRequested.connect(lambda sku: area.add_sku(sku, "stock"))
    if "customers" in window.page_names():
        customers = window.page("customers")
        panel = getattr(getattr(customers, "profile_page", None), "cart_panel", None)
        if panel is not None and hasattr(panel, "takeOverRequested"):
            def cart_taken_over(mode: Any) -> None:
                if mode == TakeoverMode.BASKET and panel.cart is not None:
                    area.take_over(panel.cart)
                    window.show_page(PAGE)

            panel.takeOverRequested.connect(cart_taken_over)
    return area


async def render_endless_aisle(services: Any, shell: Any, out_dir: str | Path) -> list[Path]:
    """Screenshots of the basket, sourcing, checkout, confirmation and store orders, both orientations.

    Builds a real basket (an online cart when the cache has one, else a few products) and
    places a real order, so call it on a demo profile. Awaitable on the app's qasync loop.
    """
    from clienteling.models import Fulfilment, Payment, PaymentMode
    from clienteling.services import basket as baskets
    from clienteling.services import customers
    from clienteling.services import endless_aisle as ea

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    window = shell.window
    area: EndlessAisleArea = window.page(PAGE)
    window.show_page(PAGE)
    saved: list[Path] = []

    async def settle(signal: Any = None, start: Any = None) -> None:
        done: list[bool] = []
        if signal is not None:
            signal.connect(lambda *_: done.append(True))
        if start is not None:
            start()
        for _ in range(200):
            if signal is None or done:
                break
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.15)

    async def shoot(name: str) -> None:
        for orientation, size in (("landscape", (1280, 800)), ("portrait", (800, 1280))):
            window.resize(*size)
            await asyncio.sleep(0.15)
            path = out / f"endless_aisle_{name}_{orientation}.png"
            window.grab().save(str(path))
            saved.append(path)

    await baskets.clear_basket(services)
    customer_id = await customers.a_customer_with_active_cart(services)
    if customer_id:
        cart = await ea.cart_of(services, customer_id)
        await baskets.services_basket_from_cart(services, cart)
    sku = await ea.a_sourceable_sku(services)
    if sku:
        await baskets.add_sku(services, sku, "stock")
    await settle(area.basketShown, area.show_basket)
    await shoot("basket")
    await settle(area.planShown, area.show_sourcing)
    await shoot("sourcing")
    basket = await baskets.load_basket(services)
    for line in basket.lines:
        if line.choice is None:
            await baskets.edit(services, baskets.remove_line, line.line_id)
    await ea.set_checkout(services, fulfilment=Fulfilment.PICKUP, address=None,
                          pickup_store_id=ea.pickup_store_for(services, basket),
                          payment=Payment(mode=PaymentMode.IN_STORE, till_reference="T-0042"))
    await area._show_checkout()
    await settle()
    await shoot("checkout")
    order = await ea.place_order(services)
    await services.engine.sync_once()
    await settle(area.orderShown, lambda: area.open_order(order.client_order_id))
    await shoot("confirmation")
    await settle(area.ordersShown, area.show_orders)
    await shoot("orders")
    return saved
