"""What a barcode or QR code scanned at the counter is: a loyalty card, a product, a pickup.

Pure function, no Qt: the UI's scan router, the CLI and tests share it.

Loyalty cards. The chain prints its cards in the GS1 "restricted circulation" range 2x
(numbers that can never be a product GTIN sold elsewhere) under the chain prefix
``LOYALTY_PREFIX = "299"``. Cards are 13 to 16 digits. Some card batches and some scanners
(reading the card as a GTIN-14/UPC with a pad digit) give the number with a leading ``0``,
i.e. starting ``0299``; both forms are accepted and the value is returned as scanned.
A card is recognised before a GTIN because a 13-digit card may carry a valid check digit.

Products. A 13-digit EAN-13/GTIN-13 with a valid check digit, a 12-digit UPC-A (returned
zero-padded to 13 digits, the form the backend stores) or an 8-digit EAN-8, each checked.

Pickups. The customer's QR code carries ``CC:<order_id>:<code>``; the printed receipt
carries an order number such as ``CC-PAR01-000123`` (``CC-<store code>-<digits>``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from clienteling.models.common import ean13_check_digit

LOYALTY_PREFIX = "299"
"""The chain's loyalty-card prefix in the GS1 restricted-circulation range (see module doc)."""

_LOYALTY_RE = re.compile(rf"^0?{LOYALTY_PREFIX}[0-9]+$")
_PICKUP_QR_RE = re.compile(r"^CC:(?P<order_id>[A-Za-z0-9_.-]{1,64}):(?P<code>[0-9A-Z]{6})$")
_ORDER_NUMBER_RE = re.compile(r"^CC-[A-Z0-9]{2,10}-[0-9]{3,12}$")


class ScanKind(StrEnum):
    LOYALTY_CARD = "loyalty_card"
    PRODUCT_GTIN = "product_gtin"
    PICKUP = "pickup"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Scan:
    """One classified scan.

    For a pickup QR code ``value`` is the order id and ``code`` the collection code; for a
    printed order number ``value`` is that number and ``code`` is None.
    """

    kind: ScanKind
    value: str
    code: str | None = None


def _valid_ean13(digits: str) -> bool:
    return ean13_check_digit(digits[:12]) == digits[12]


def _valid_ean8(digits: str) -> bool:
    # EAN-8 weights (3,1,3,…) are EAN-13's on the number left-padded to 13 digits.
    return ean13_check_digit("00000" + digits[:7]) == digits[7]


def classify_scan(text: str) -> Scan:
    """Classify the raw text a scanner typed (surrounding whitespace is ignored)."""
    raw = text.strip()
    if not raw:
        return Scan(ScanKind.UNKNOWN, raw)

    match = _PICKUP_QR_RE.match(raw)
    if match:
        return Scan(ScanKind.PICKUP, match["order_id"], match["code"])
    if _ORDER_NUMBER_RE.match(raw.upper()):
        return Scan(ScanKind.PICKUP, raw.upper())

    if raw.isascii() and raw.isdigit():
        if 13 <= len(raw) <= 16 and _LOYALTY_RE.match(raw):
            return Scan(ScanKind.LOYALTY_CARD, raw)
        if len(raw) == 13 and _valid_ean13(raw):
            return Scan(ScanKind.PRODUCT_GTIN, raw)
        if len(raw) == 12 and _valid_ean13("0" + raw):
            return Scan(ScanKind.PRODUCT_GTIN, "0" + raw)
        if len(raw) == 8 and _valid_ean8(raw):
            return Scan(ScanKind.PRODUCT_GTIN, raw)
    return Scan(ScanKind.UNKNOWN, raw)
