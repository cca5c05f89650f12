"""A Qt list model that pages lazily from the cache: the first page on `reload()`, the next ones
as the view scrolls (canFetchMore/fetchMore). Subclasses only say what a row shows (`data`)."""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Signal

Index = QModelIndex | QPersistentModelIndex
FetchPage = Callable[[int, int], Awaitable[list[Any]]]
"""(offset, limit) -> rows (a service coroutine reading the cache)."""
Spawn = Callable[[Coroutine[Any, Any, Any]], Any]


class PagedListModel(QAbstractListModel):
    """Never holds more than the pages the view has asked for; a newer reload wins over an older one."""

    loaded = Signal()
    failed = Signal(object)  # the exception, shown with a retry by the page

    def __init__(self, fetch: FetchPage, spawn: Spawn, *, page_size: int = 50, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._spawn = spawn
        self.page_size = page_size
        self._rows: list[Any] = []
        self._exhausted = True
        self._loading = False
        self._generation = 0

    @property
    def loading(self) -> bool:
        return self._loading

    def set_fetch(self, fetch: FetchPage) -> None:
        self._fetch = fetch

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    async def reload(self) -> None:
        """Drop the rows and load the first page."""
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
        self._exhausted = len(rows) < self.page_size
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        self._spawn(self._load_more(self._generation))
