"""The pickup queue as a Qt list model that pages lazily from the cache (canFetchMore/fetchMore)."""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from clienteling.models import PickupOrder, utcnow
from clienteling.services.pickups import is_overdue
from ui.pickups.text import status_text

Index = QModelIndex | QPersistentModelIndex
FetchPage = Callable[[int, int], Awaitable[list[Any]]]
"""(offset, limit) -> rows with .order, .pending_since, .conflict_seq (offline_cache.pickup_queue.QueueRow)."""
Spawn = Callable[[Coroutine[Any, Any, Any]], Any]


class PickupQueueModel(QAbstractListModel):
    """Rows of one queue view; the first page on `reload()`, the next ones as the view scrolls."""

    OrderRole = Qt.ItemDataRole.UserRole + 1
    OverdueRole = Qt.ItemDataRole.UserRole + 2
    PendingSinceRole = Qt.ItemDataRole.UserRole + 3
    ConflictRole = Qt.ItemDataRole.UserRole + 4
    IdRole = Qt.ItemDataRole.UserRole + 5

    loaded = Signal()
    failed = Signal(object)  # the exception

    def __init__(self, fetch: FetchPage, spawn: Spawn, *, page_size: int = 50,
                 clock: Callable[[], datetime] = utcnow, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._spawn = spawn
        self.page_size = page_size
        self.clock = clock
        self._rows: list[Any] = []
        self._exhausted = True
        self._loading = False
        self._generation = 0

    # --- loading -----------------------------------------------------------------------------

    def set_fetch(self, fetch: FetchPage) -> None:
        self._fetch = fetch

    async def reload(self) -> None:
        """Drop the rows and load the first page (a newer reload wins over an older one)."""
        self._generation += 1
        generation = self._generation
        self._loading = True
        try:
            rows = await self._fetch(0, self.page_size)
        except Exception as error:  # shown with a retry by the page
            if generation == self._generation:
                self._loading = False
                self.failed.emit(error)
            return
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self._exhausted = len(rows) < self.page_size
        self._loading = False
        self.endResetModel()
        self.loaded.emit()

    async def _load_more(self, generation: int) -> None:
        try:
            rows = await self._fetch(len(self._rows), self.page_size)
        except Exception as error:
            if generation == self._generation:
                self._loading = False
                self.failed.emit(error)
            return
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = len(rows) < self.page_size
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        self._spawn(self._load_more(self._generation))

    # --- the model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        order: PickupOrder = row.order
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{order.number} — {order.customer_name}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{order.number}, {order.customer_name}, {status_text(order.status)}"
        if role == self.OrderRole:
            return order
        if role == self.IdRole:
            return order.id
        if role == self.OverdueRole:
            return is_overdue(order, self.clock())
        if role == self.PendingSinceRole:
            return row.pending_since
        if role == self.ConflictRole:
            return row.conflict_seq is not None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def order_at(self, row: int) -> PickupOrder | None:
        return self._rows[row].order if 0 <= row < len(self._rows) else None
