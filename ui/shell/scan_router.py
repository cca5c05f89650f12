"""Route a scanned code to the screen that handles it (customer, product, pickup)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from clienteling.services.scan import Scan, ScanKind, classify_scan


class ScanRouter(QObject):
    """Classifies each scan and emits exactly one of its signals.

    - ``openCustomerByCard(card)``: a loyalty card number.
    - ``openProductByGtin(gtin)``: a GTIN-13 (UPC-A padded) or an EAN-8.
    - ``openPickup(reference, code)``: from a QR code, the order id and collection code; from a
      printed order number, that number and "" (the code is then asked at the counter).
    - ``unknownScan(text)``: anything else (the shell tells the associate in plain words).
    """

    openCustomerByCard = Signal(str)
    openProductByGtin = Signal(str)
    openPickup = Signal(str, str)
    unknownScan = Signal(str)

    def __init__(self, parent: QObject | None = None, *, classify: Callable[[str], Scan] = classify_scan) -> None:
        super().__init__(parent)
        self._classify = classify

    @Slot(str)
    def route(self, text: str) -> Scan:
        scan = self._classify(text)
        if scan.kind is ScanKind.LOYALTY_CARD:
            self.openCustomerByCard.emit(scan.value)
        elif scan.kind is ScanKind.PRODUCT_GTIN:
            self.openProductByGtin.emit(scan.value)
        elif scan.kind is ScanKind.PICKUP:
            self.openPickup.emit(scan.value, scan.code or "")
        else:
            self.unknownScan.emit(scan.value)
        return scan
