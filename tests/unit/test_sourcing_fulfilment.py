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
