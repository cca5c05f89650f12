"""The customer result list: a lazy Qt model over the cache search, network hits appended below.

Rows are paged from the cache (`canFetchMore`/`fetchMore`), never the whole clientele in
memory. Each keystroke resets the model with the first page of the new query; answers to an
older query are dropped (a generation counter). Network hits arrive later and are appended
*below* every local row, minus the customers already listed: rows already on screen never
move under the associate's finger.
"""
from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel, QCoreApplication, QDate, QLocale, QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from clienteling.models import CustomerSummary, Tier
from clienteling.services.customers import PAGE_SIZE, CustomerHit, NetworkHit, search_in_cache

CONTEXT = "CustomerSearch"

PageLoader = Callable[[str, int, int], Awaitable[list[CustomerHit]]]
Spawn = Callable[[Coroutine[Any, Any, Any]], Any]

ROW_HEIGHT = 76


def format_day(dt: datetime, tz: str) -> str:
    """The day of an instant in the store's time zone, locale style (a list row needs no time)."""
    local = dt.astimezone(ZoneInfo(tz))
    return QLocale().toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)


_TIER_NAMES = {Tier.MEMBER: QT_TRANSLATE_NOOP("Tiers", "Member"), Tier.SILVER: QT_TRANSLATE_NOOP("Tiers", "Silver"),
               Tier.GOLD: QT_TRANSLATE_NOOP("Tiers", "Gold"), Tier.PLATINUM: QT_TRANSLATE_NOOP("Tiers", "Platinum")}


def tier_name(tier: Tier | str) -> str:
    return QCoreApplication.translate("Tiers", _TIER_NAMES[Tier(tier)])


@dataclass(frozen=True, slots=True)
class ResultRow:
    id: str
    first_name: str
    last_name: str
    tier: Tier
    home_store_id: str | None
    last_visit_at: datetime | None
    network: bool
    """Found by the backend's network search (not on this device yet)."""

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def _row(summary: CustomerSummary, network: bool) -> ResultRow:
    return ResultRow(summary.id, summary.first_name, summary.last_name, summary.tier, summary.home_store_id,
                     summary.last_visit_at, network)


class CustomerSearchModel(QAbstractListModel):
    """Signals: ``firstPageShown(query, rows)`` after each reset; ``loadFailed(message)``."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    NetworkRole = Qt.ItemDataRole.UserRole + 2
    SecondaryRole = Qt.ItemDataRole.UserRole + 3
    TierRole = Qt.ItemDataRole.UserRole + 4

    firstPageShown = Signal(str, int)
    networkMerged = Signal(int)
    loadFailed = Signal(str)

    def __init__(self, load_page: PageLoader | None = None, spawn: Spawn | None = None, *,
                 page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self._load_page = load_page
        self._spawn = spawn
        self.page_size = page_size
        self.query = ""
        self._generation = 0
        self._local: list[ResultRow] = []
        self._network: list[ResultRow] = []
        self._ids: set[str] = set()
        self._exhausted = True
        self._fetching = False
        self._store_names: dict[str, str] = {}
        self._timezone = "UTC"
        self.first_page_loaded = False

    # ---- configuration -------------------------------------------------------------------
    def set_context(self, store_names: dict[str, str], timezone: str) -> None:
        self._store_names, self._timezone = dict(store_names), timezone
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    # ---- queries ---------------------------------------------------------------------------
    def set_query(self, text: str) -> int:
        """Start the query for `text`; the model resets when its first page arrives."""
        self.query = text
        self._generation += 1
        generation = self._generation
        self.first_page_loaded = False
        if self._load_page is not None and self._spawn is not None:
            self._spawn(self._first_page(generation, text))
        return generation

    async def _first_page(self, generation: int, text: str) -> None:
        try:
            hits = await self._load_page(text, self.page_size, 0)  # type: ignore[misc]
        except Exception as error:  # shown with a retry; never a silent empty list
            if generation == self._generation:
                self.loadFailed.emit(type(error).__name__)
            raise
        self.apply_first_page(generation, hits)

    def apply_first_page(self, generation: int, hits: Sequence[CustomerHit]) -> bool:
        """Reset to the first page of a query (False when a newer query superseded it)."""
        if generation != self._generation:
            return False
        self.beginResetModel()
        self._local = [_row(h.summary, False) for h in hits]
        self._network = []
        self._ids = {r.id for r in self._local}
        self._exhausted = len(hits) < self.page_size
        self._fetching = False
        self.endResetModel()
        self.first_page_loaded = True
        self.firstPageShown.emit(self.query, len(self._local))
        return True

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._fetching and self._load_page is not None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent) or self._spawn is None:
            return
        self._fetching = True
        self._spawn(self._next_page(self._generation, self.query, len(self._local)))

    async def _next_page(self, generation: int, text: str, offset: int) -> None:
        try:
            hits = await self._load_page(text, self.page_size, offset)  # type: ignore[misc]
        finally:
            if generation == self._generation:
                self._fetching = False
        self.apply_next_page(generation, offset, hits)

    def apply_next_page(self, generation: int, offset: int, hits: Sequence[CustomerHit]) -> bool:
        if generation != self._generation or offset != len(self._local):
            return False
        self._exhausted = len(hits) < self.page_size
        rows = [_row(h.summary, False) for h in hits if h.summary.id not in self._ids]
        # A network hit that is also a later local row keeps its place; the local copy is skipped.
        if rows:
            at = len(self._local)
            self.beginInsertRows(QModelIndex(), at, at + len(rows) - 1)
            self._local.extend(rows)
            self._ids.update(r.id for r in rows)
            self.endInsertRows()
        return True

    def merge_network(self, generation: int, hits: Sequence[NetworkHit]) -> int:
        """Append the network's customers not listed yet, below everything shown; returns how many."""
        if generation != self._generation:
            return 0
        rows = []
        for hit in hits:
            if hit.summary.id in self._ids:
                continue
            if hit.cached and not self._exhausted:
                continue  # on this device: the local pages will list it if it matches
            rows.append(_row(hit.summary, not hit.cached))
            self._ids.add(hit.summary.id)
        if rows:
            at = self.rowCount()
            self.beginInsertRows(QModelIndex(), at, at + len(rows) - 1)
            self._network.extend(rows)
            self.endInsertRows()
        self.networkMerged.emit(len(rows))
        return len(rows)

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def local_count(self) -> int:
        return len(self._local)

    def network_count(self) -> int:
        return len(self._network)

    def row_at(self, row: int) -> ResultRow:
        return self._local[row] if row < len(self._local) else self._network[row - len(self._local)]

    # ---- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._local) + len(self._network)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.name}, {self.secondary_text(row)}"
        if role == self.SecondaryRole:
            return self.secondary_text(row)
        if role == self.IdRole:
            return row.id
        if role == self.NetworkRole:
            return row.network
        if role == self.TierRole:
            return row.tier.value
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(200, ROW_HEIGHT)
        return None

    def secondary_text(self, row: ResultRow) -> str:
        parts = [tier_name(row.tier)]
        if row.home_store_id:
            parts.append(self._store_names.get(row.home_store_id, row.home_store_id))
        if row.last_visit_at is not None:
            when = format_day(row.last_visit_at, self._timezone)
            parts.append(QCoreApplication.translate("CustomerSearch", "last visit %1").replace("%1", when))
        if row.network:
            parts.append(QCoreApplication.translate("CustomerSearch", "from the network"))
        return " · ".join(parts)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class CustomerRowDelegate(QStyledItemDelegate):
    """Two lines per customer: the name, large; tier, home store and last visit below."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(option.rect.width(), ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, QColor("#dbe4ff") if selected else QColor("#ffffff"))
        painter.setPen(QColor("#e5e7eb"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        inner = rect.adjusted(16, 8, -16, -8)
        name_font = QFont(option.font)
        name_font.setPixelSize(19)
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(QColor("#111827"))
        top = QRect(inner.left(), inner.top(), inner.width(), inner.height() // 2)
        name = index.data(Qt.ItemDataRole.DisplayRole) or ""
        painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, top.width()))
        small = QFont(option.font)
        small.setPixelSize(15)
        painter.setFont(small)
        network = bool(index.data(CustomerSearchModel.NetworkRole))
        painter.setPen(QColor("#1e40af") if network else QColor("#374151"))
        bottom = QRect(inner.left(), inner.top() + inner.height() // 2, inner.width(), inner.height() // 2)
        secondary = index.data(CustomerSearchModel.SecondaryRole) or ""
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         painter.fontMetrics().elidedText(secondary, Qt.TextElideMode.ElideRight, bottom.width()))
        painter.restore()


def bench_keystroke_latency(conn_or_services: Any, queries: Sequence[str], *, visible_rows: int = 12) -> list[float]:
    """Keystroke-to-rendered-results latency, in milliseconds, one figure per query.

    Each measure: the cache search for the first page (FTS5 as typed), the model reset with
    it, and the texts of the rows a tablet shows (`visible_rows`), as the view would ask for
    them. Pass a cache connection, or AppServices (its reader thread is used). Needs a
    QCoreApplication (the lead's bench suite creates one).
    """
    if hasattr(conn_or_services, "store"):
        reader = conn_or_services.store.reader

        def fetch(text: str) -> list[CustomerHit]:
            return reader.run_sync(search_in_cache, text, PAGE_SIZE, 0)
    else:
        def fetch(text: str) -> list[CustomerHit]:
            return search_in_cache(conn_or_services, text, PAGE_SIZE, 0)

    model = CustomerSearchModel()
    samples: list[float] = []
    for text in queries:
        start = time.perf_counter()
        generation = model.set_query(text)
        model.apply_first_page(generation, fetch(text))
        for row in range(min(visible_rows, model.rowCount())):
            index = model.index(row)
            model.data(index, Qt.ItemDataRole.DisplayRole)
            model.data(index, CustomerSearchModel.SecondaryRole)
        samples.append((time.perf_counter() - start) * 1000.0)
    return samples
