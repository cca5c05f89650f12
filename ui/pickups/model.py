"""The pickup queue as a Qt list model that pages lazily from the cache (canFetchMore/fetchMore)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from clienteling.models import PickupOrder, utcnow
from clienteling.services.pickups import is_overdue
from ui.pickups.text import status_text

from ui.widgets.paged_model import FetchPage, Index, PagedListModel, Spawn


class PickupQueueModel(PagedListModel):
    """Rows of one queue view; the first page on `reload()`, the next ones as the view scrolls."""

    OrderRole = Qt.ItemDataRole.UserRole + 1
    OverdueRole = Qt.ItemDataRole.UserRole + 2
    PendingSinceRole = Qt.ItemDataRole.UserRole + 3
    ConflictRole = Qt.ItemDataRole.UserRole + 4
    IdRole = Qt.ItemDataRole.UserRole + 5

    def __init__(self, fetch: FetchPage, spawn: Spawn, *, page_size: int = 50,
                 clock: Callable[[], datetime] = utcnow, parent: Any = None) -> None:
        super().__init__(fetch, spawn, page_size=page_size, parent=parent)
        self.clock = clock

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
