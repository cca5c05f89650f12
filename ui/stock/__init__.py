"""The network-wide stock area: install its page into the shell and route product scans to it."""
from __future__ import annotations

import inspect
import logging
from pathlib import Path
from typing import Any

from clienteling.services.stock import StockService
from ui.stock.pages import StockPage

log = logging.getLogger(__name__)

__all__ = ["StockPage", "install", "render_stock"]


def install(shell: Any, services: Any) -> StockPage:
    """Register the "stock" page; a scanned EAN opens the product page at the scanned variant."""
    store = getattr(shell, "store", None) or (services.session.store if getattr(services, "session", None) else None)
    page = StockPage(StockService(services), lambda coro: shell.tasks.spawn(coro, name="stock"),
                     status_hub=getattr(services, "status_hub", None), events=getattr(services, "events", None),
                     timezone=store.timezone if store else "Europe/Paris")
    shell.window.register_page("stock", page)
    shell.router.openProductByGtin.connect(page.open_gtin)
    shell.signedIn.connect(lambda _associate, location: _set_timezone(page, location.timezone))

    def order_from_network(sku: str) -> None:
        """Hand the variant to the endless-aisle flow (its area adds ``services.basket_add``)."""
        basket_add = getattr(services, "basket_add", None)
        if callable(basket_add):
            result = basket_add(sku)
            if inspect.isawaitable(result):
                shell.tasks.spawn(result, name="basket-add")
        if "endless_aisle" in shell.window.page_names():
            shell.window.show_page("endless_aisle")

    page.orderFromNetworkRequested.connect(order_from_network)
    return page


def _set_timezone(page: StockPage, timezone: str) -> None:
    page.product_view.panel.timezone = timezone


async def render_stock(services: Any, shell: Any, out_dir: str | Path) -> list[Path]:
    """Screenshots of the stock area in landscape and portrait (search, product, availability)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    page = shell.window.page("stock")
    assert isinstance(page, StockPage)
    shell.window.show_page("stock")
    saved: list[Path] = []
    product = (await page.service.search("a", 1)) or []
    for name, (w, h) in (("landscape", (1280, 800)), ("portrait", (800, 1280))):
        shell.window.resize(w, h)
        page.show_search()
        page.search.search_edit.setText(product[0].brand if product else "")
        page.search._search()
        await _tick()
        while page.search.model.loading:
            await _tick()
        await _tick()
        path = out / f"stock_search_{name}.png"
        shell.window.grab().save(str(path))
        saved.append(path)
        if product:
            done: list[str] = []

            def shown(sku: str) -> None:
                done.append(sku)

            page.availabilityShown.connect(shown)
            page.open_product(product[0])
            while not done:
                await _tick()
            page.availabilityShown.disconnect(shown)
            await _tick()
            path = out / f"stock_product_{name}.png"
            shell.window.grab().save(str(path))
            saved.append(path)
    return saved


async def _tick() -> None:
    """Let Qt lay out and paint (never processEvents() inside a coroutine under qasync)."""
    import asyncio

    await asyncio.sleep(0.05)
