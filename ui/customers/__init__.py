"""The Customers area: lookup, the 360° profile, the live online cart (issue 6).

`install(shell, services)` registers the page and the loyalty-card scan route;
`bench_keystroke_latency` measures keystroke-to-rendered-results for `clienteling bench`;
`render_customers` writes screenshots for `clienteling demo --screenshots`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ui.customers.area import CustomersArea
from ui.customers.search_model import CustomerSearchModel, bench_keystroke_latency

__all__ = ["CustomersArea", "CustomerSearchModel", "bench_keystroke_latency", "install", "render_customers"]


def install(shell: Any, services: Any) -> CustomersArea:
    area = CustomersArea(services, shell.tasks.spawn)
    shell.window.register_page("customers", area)
    shell.router.openCustomerByCard.connect(area.open_by_card)
    shell.signedIn.connect(area.on_signed_in)
    if getattr(services, "session", None) is not None:
        area.on_signed_in()
    return area


async def render_customers(services: Any, shell: Any, out_dir: Path | str, *, query: str = "ma") -> list[Path]:
    """Screenshots of the search, a profile and its cart, landscape and portrait (real data).

    Awaitable on the app's qasync loop; the shell's window must be signed in.
    """
    import asyncio

    from clienteling.services import customers

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    window = shell.window
    area: CustomersArea = window.page("customers")
    window.show_page("customers")
    written: list[Path] = []

    async def settle(condition: Any) -> None:
        for _ in range(400):
            if condition():
                return
            await asyncio.sleep(0.01)

    await area._prepare()
    cart_customer = await customers.a_customer_with_active_cart(services)
    for orientation, size in (("landscape", (1280, 800)), ("portrait", (800, 1280))):
        window.resize(*size)
        area.show_search()
        area.search_page.search_edit.setText(query)
        await settle(lambda: area.model.first_page_loaded)
        await asyncio.sleep(0.5)  # the network merge
        path = out / f"customers-search-{orientation}.png"
        window.grab().save(str(path))
        written.append(path)
        if cart_customer:
            shown: list[str] = []
            area.profileShown.connect(shown.append)
            area.open_customer(cart_customer)
            await settle(lambda: bool(shown))
            await asyncio.sleep(0.3)
            area.profileShown.disconnect(shown.append)
            path = out / f"customers-profile-{orientation}.png"
            window.grab().save(str(path))
            written.append(path)
            page = area.profile_page
            page.scroll.ensureWidgetVisible(page.cart_panel)
            path = out / f"customers-cart-{orientation}.png"
            window.grab().save(str(path))
            written.append(path)
    return written
