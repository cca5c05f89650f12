"""The store's endless-aisle orders as a Qt list model paging lazily from the cache."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt

from ui.widgets.paged_model import FetchPage, Index, PagedListModel, Spawn
Describe = Callable[[Any], str]


class OrdersModel(PagedListModel):
    """First page on `reload()`, the next ones as the view scrolls (canFetchMore/fetchMore)."""

    RowRole = Qt.ItemDataRole.UserRole + 1
    PendingRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, fetch: FetchPage, spawn: Spawn, describe: Describe, *, page_size: int = 40,
                 parent: Any = None) -> None:
        super().__init__(fetch, spawn, page_size=page_size, parent=parent)
        self._describe = describe

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._describe(row)
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(200, 76)
        if role == self.RowRole:
            return row
        if role == self.PendingRole:
            return row.pending
        return None

