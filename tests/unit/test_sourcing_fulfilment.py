"""How an order's lines, as sourced, can reach the customer: the rule the app and the backend share."""
from __future__ import annotations

import pytest

from clienteling.models import Fulfilment, SourcingMethod
from clienteling.sourcing import fulfilment_options

SHIP_W, SHIP_S = SourcingMethod.SHIP_FROM_WAREHOUSE, SourcingMethod.SHIP_FROM_STORE
TRANSFER, COLLECT = SourcingMethod.TRANSFER_TO_STORE, SourcingMethod.PICKUP_OTHER_STORE


@pytest.mark.parametrize("lines, delivery, stores", [
    ([(SHIP_W, "W1"), (SHIP_S, "S2")], True, None),  # parcels: home, or any store
    ([(SHIP_W, "W1"), (TRANSFER, "S2")], False, {"HERE"}),  # a transfer comes to the selling store
    ([(COLLECT, "S2"), (SHIP_W, "W1")], False, {"S2"}),  # collected where it is; the parcel goes there
    ([(COLLECT, "S2"), (TRANSFER, "S3")], False, set()),  # two places to collect: no single answer
    ([(COLLECT, "S2"), (COLLECT, "S2")], False, {"S2"}),
])
def test_options(lines, delivery, stores) -> None:
    options = fulfilment_options(lines, "HERE")
    assert options.delivery is delivery
    assert options.pickup_stores == (None if stores is None else frozenset(stores))
    assert options.possible is (delivery or stores is None or bool(stores))


def test_allows() -> None:
    options = fulfilment_options([(COLLECT, "S2")], "HERE")
    assert options.allows(Fulfilment.PICKUP, "S2")
    assert not options.allows(Fulfilment.PICKUP, "HERE") and not options.allows(Fulfilment.DELIVERY, None)
    assert not options.allows(Fulfilment.PICKUP, None)
    assert fulfilment_options([], "HERE").allows(Fulfilment.PICKUP, "ANY")


def test_default_sources_keep_the_basket_collectable_in_one_place() -> None:
    from datetime import date

    from clienteling.models import Money, SourcingOption
    from clienteling.services.basket import Basket, BasketLine
    from clienteling.services.endless_aisle import apply_defaults

    def option(method: SourcingMethod, where: str, day: int) -> SourcingOption:
        return SourcingOption(method=method, location_id=where, location_name=where, available=3,
                              promise_date=date(2026, 11, day), cost=Money(amount_minor=0))

    def line(line_id: str) -> BasketLine:
        return BasketLine(line_id=line_id, sku=f"SKU-{line_id}", style_id="ST", name="Veste", size="M",
                          colour="noir", quantity=1, unit_price=Money(amount_minor=100))

    basket = Basket(lines=[line("1"), line("2")])
    offered = {"1": [option(COLLECT, "S2", 23), option(SHIP_W, "W1", 25)],
               "2": [option(COLLECT, "S3", 23), option(TRANSFER, "S3", 25), option(SHIP_W, "W1", 25)]}
    chosen = apply_defaults(basket, offered, True, "HERE")
    # The second line cannot be collected at S3 nor come here while the first is collected at S2.
    assert [(x.choice.method, x.choice.location_id) for x in chosen.lines] == [(COLLECT, "S2"), (SHIP_W, "W1")]
    # A choice the associate made is kept, and the defaults fit around it.
    basket = basket.model_copy(update={"lines": [basket.lines[0], chosen.lines[1].model_copy(update={
        "choice": chosen.lines[1].choice.model_copy(update={"method": TRANSFER, "location_id": "S3"})})]})
    chosen = apply_defaults(basket, offered, True, "HERE")
    assert [(x.choice.method, x.choice.location_id) for x in chosen.lines] == [(SHIP_W, "W1"), (TRANSFER, "S3")]
