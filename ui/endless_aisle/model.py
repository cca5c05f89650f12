"""The store's endless-aisle orders as a Qt list model paging lazily from the cache."""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal

Index = QModelIndex | QPersistentModelIndex
FetchPage = Callable[[int, int], Awaitable[list[Any]]]
"""(offset, limit) -> clienteling.services.endless_aisle.OrderRow"""
Spawn = Callable[[Coroutine[Any, Any, Any]], Any]
Describe = Callable[[Any], str]


class OrdersModel(QAbstractListModel):
    """First page on `reload()`, the next ones as the view scrolls (canFetchMore/fetchMore)."""

    RowRole = Qt.ItemDataRole.UserRole + 1
    PendingRole = Qt.ItemDataRole.UserRole + 2

    loaded = Signal()
    failed = Signal(object)

    def __init__(self, fetch: FetchPage, spawn: Spawn, describe: Describe, *, page_size: int = 40,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch, self._spawn, self._describe = fetch, spawn, describe
        self.page_size = page_size
        self._rows: list[Any] = []
        self._exhausted = True
        self._loading = False
        self._generation = 0

    @property
    def loading(self) -> bool:
        return self._loading

    async def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self._loading = True
        try:
            rows = await self._fetch(0, self.page_size)
        except Exception as error:
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
        if len(rows) < self.page_size:
            self._exhausted = True
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    # --- Qt --------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        self._spawn(self._load_more(self._generation))

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

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None
