"""The domain models refuse what the contract forbids: floats for money, naive times, bad GTINs."""
from datetime import datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from clienteling.models import (
    HandoverRequest, LineDecision, Money, PickupLineStatus, PlaceOrderRequest, StockLevel, Verification,
    VerificationMethod, ean13_check_digit,
)


def test_money_is_integer_minor_units_and_refuses_mixed_currencies():
    assert (Money(amount_minor=1990) + Money(amount_minor=10)).amount_minor == 2000
    assert (Money(amount_minor=1990) * 3).amount_minor == 5970
    with pytest.raises(ValidationError):
        Money(amount_minor=19.9)
    with pytest.raises(ValueError, match="cannot add"):
        Money(amount_minor=1, currency="EUR") + Money(amount_minor=1, currency="CHF")


def test_times_must_be_aware_and_are_normalised_to_utc():
    paris = timezone(timedelta(hours=1))
    level = StockLevel(sku="A-1", location_id="S1", on_hand=3, reserved=1, available=2,
                       updated_at=datetime(2026, 11, 23, 10, 0, tzinfo=paris))
    assert level.updated_at.utcoffset() == timedelta(0)
    assert level.updated_at.hour == 9
    with pytest.raises(ValidationError):
        StockLevel(sku="A-1", location_id="S1", on_hand=3, reserved=1, available=2,
                   updated_at=datetime(2026, 11, 23, 10, 0))


def test_gtin_check_digit_is_verified():
    from clienteling.models import Variant
    body = "400638133393"
    good = body + ean13_check_digit(body)
    assert good == "4006381333931"
    Variant(sku="X-1", gtin=good, size="M", colour="black", price=Money(amount_minor=100))
    with pytest.raises(ValidationError, match="check digit"):
        Variant(sku="X-1", gtin=body + "0", size="M", colour="black", price=Money(amount_minor=100))


def test_handover_decisions_need_reasons_only_when_refused():
    LineDecision(line_id="L1", action=PickupLineStatus.HANDED_OVER)
    with pytest.raises(ValidationError, match="reason"):
        LineDecision(line_id="L1", action=PickupLineStatus.REFUSED)
    with pytest.raises(ValidationError):
        LineDecision(line_id="L1", action=PickupLineStatus.WAITING)
    with pytest.raises(ValidationError, match="override needs a reason"):
        Verification(method=VerificationMethod.MANAGER_OVERRIDE)
    with pytest.raises(ValidationError, match="needs the code"):
        Verification(method=VerificationMethod.CODE)
    with pytest.raises(ValidationError):
        HandoverRequest(decisions=[], verification=Verification(method="code", code="AB12CD"),
                        device_id="d1", handed_over_at=datetime.now(timezone.utc))


def test_order_fulfilment_and_payment_must_be_complete():
    line = {"sku": "A-1", "quantity": 1, "method": "ship_from_warehouse", "source_location_id": "WH-FR-1"}
    with pytest.raises(ValidationError, match="address"):
        PlaceOrderRequest(client_order_id="c1", lines=[line], fulfilment="delivery",
                          payment={"mode": "in_store", "till_reference": "T-1"})
    with pytest.raises(ValidationError, match="till"):
        PlaceOrderRequest(client_order_id="c1", lines=[line], fulfilment="pickup", pickup_store_id="S1",
                          payment={"mode": "in_store"})
    ok = PlaceOrderRequest(client_order_id="c1", lines=[line], fulfilment="pickup", pickup_store_id="S1",
                           payment={"mode": "payment_link", "link_channel": "sms"})
    assert ok.payment.link_channel == "sms"


def test_unknown_fields_are_refused_so_drift_is_loud():
    with pytest.raises(ValidationError, match="extra"):
        Money(amount_minor=1, currency="EUR", amount=1.0)
