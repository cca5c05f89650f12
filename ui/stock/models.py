"""Item models of the stock area: product search results and per-location figures, fetched lazily.

Both are thin adapters: the product model pages rows from the cache through an awaited loader
(canFetchMore/fetchMore), the figures model shows an already-assembled list a page at a time
(a SKU can be stocked in hundreds of stores; the view only builds what is scrolled to).
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractListModel, QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex,
    Qt, Signal,
)

from clienteling.models import Product
from clienteling.models.common import utcnow
from clienteling.services.stock import Figure
from ui.i18n import format_money

Index = QModelIndex | QPersistentModelIndex
PageLoader = Callable[[str, int, int], Awaitable[list[Product]]]
Spawn = Callable[[Coroutine[Any, Any, Any]], Any]

PRODUCT_ROLE = Qt.ItemDataRole.UserRole + 1


def format_age(when: datetime | None, now: datetime | None = None) -> str:
    """How long ago, in words a person reads at a glance: "just now", "5 min ago", "3 days ago"."""
    if when is None:
        return QCoreApplication.translate("Stock", "never")
    seconds = max(0, int(((now or utcnow()) - when).total_seconds()))
    if seconds < 60:
        return QCoreApplication.translate("Stock", "just now")
    if seconds < 3600:
        return QCoreApplication.translate("Stock", "%n min ago", None, seconds // 60)
    if seconds < 86400:
        return QCoreApplication.translate("Stock", "%n h ago", None, seconds // 3600)
    return QCoreApplication.translate("Stock", "%n day(s) ago", None, seconds // 86400)


def format_distance(km: float) -> str:
    value = QLocale().toString(km, "f", 1 if km < 10 else 0)
    return QCoreApplication.translate("Stock", "%1 km").replace("%1", value)


class ProductSearchModel(QAbstractListModel):
    """Products matching the query, in pages of PAGE rows read from the cache on demand."""

    PAGE = 40
    loaded = Signal()
    """A page arrived (or the query found nothing): the view may update its hint."""
    failed = Signal(object)

    def __init__(self, load_page: PageLoader, spawn: Spawn, parent: Any = None) -> None:
        super().__init__(parent)
        self._load_page = load_page
        self._spawn = spawn
        self._rows: list[Product] = []
        self._query = ""
        self._generation = 0
        self._loading = False
        self._exhausted = True

    @property
    def query(self) -> str:
        return self._query

    @property
    def loading(self) -> bool:
        return self._loading

    def set_query(self, text: str) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._query = text.strip()
        self._exhausted = not self._query
        self._loading = False
        self.endResetModel()
        if self._query:
            self._request()
        else:
            self.loaded.emit()

    def product(self, row: int) -> Product:
        return self._rows[row]

    # --- Qt model ---

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        product = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            prices = sorted({v.price.amount_minor for v in product.variants})
            price = format_money(min(product.variants, key=lambda v: v.price.amount_minor).price)
            price_text = QCoreApplication.translate("Stock", "from %1").replace("%1", price) if len(prices) > 1 else price
            return f"{product.name}\n{product.brand} · {product.category} · {price_text}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{product.name}, {product.brand}"
        if role == PRODUCT_ROLE:
            return product.style_id
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._request()

    def _request(self) -> None:
        self._loading = True
        self._spawn(self._load(self._generation, self._query, len(self._rows)))

    async def _load(self, generation: int, query: str, offset: int) -> None:
        try:
            page = await self._load_page(query, self.PAGE, offset)
        except Exception as error:
            if generation == self._generation:
                self._loading = False
                self._exhausted = True
                self.failed.emit(error)
            return
        if generation != self._generation:
            return  # the associate typed on: a newer query owns the model
        self._loading = False
        self._exhausted = len(page) < self.PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self.loaded.emit()


class FiguresModel(QAbstractTableModel):
    """Stock at each location, as assembled by the stock service (nearest first), shown a page at a time."""

    PAGE = 25
    STORE, DISTANCE, STATUS, AVAILABLE, ON_HAND, UPDATED = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("Stock", "Location"), QT_TRANSLATE_NOOP("Stock", "Distance"),
               QT_TRANSLATE_NOOP("Stock", "Now"), QT_TRANSLATE_NOOP("Stock", "Available"),
               QT_TRANSLATE_NOOP("Stock", "On hand /\nreserved"), QT_TRANSLATE_NOOP("Stock", "Updated"))

    def __init__(self, *, show_status: bool = True, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[Figure] = []
        self._shown = 0
        self._show_status = show_status
        self._now = utcnow()

    def set_figures(self, figures: list[Figure], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._all = list(figures)
        self._shown = min(self.PAGE, len(self._all))
        self._now = now or utcnow()
        self.endResetModel()

    def figure(self, row: int) -> Figure:
        return self._all[row]

    @property
    def total(self) -> int:
        return len(self._all)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("Stock", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        f = self._all[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.STORE:
                return f.name if f.city in f.name else f"{f.name} ({f.city})"
            if column == self.DISTANCE:
                return format_distance(f.distance_km)
            if column == self.STATUS:
                if not self._show_status:
                    return "—"
                return QCoreApplication.translate("Stock", "Open") if f.open_now else QCoreApplication.translate("Stock", "Closed")
            if column == self.AVAILABLE:
                return str(f.available)
            if column == self.ON_HAND:
                return f"{f.on_hand} / {f.reserved}"
            if column == self.UPDATED:
                return format_age(f.updated_at, self._now)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.DISTANCE, self.AVAILABLE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ON_HAND:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STORE:
            return f"{f.name}, {f.city}"
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        more = min(self.PAGE, len(self._all) - self._shown)
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()
