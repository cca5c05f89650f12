"""Item models of the dashboard's lists and tables: rows already computed, shown a page at a time.

The dashboard's tables are small (a store's associates, its top ten stock-outs, its devices,
its overdue pickups), so their rows arrive whole from the service; the model still hands
them to the view lazily (canFetchMore/fetchMore) so a long list costs nothing until scrolled.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

PAGE = 40
PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 1
"""The object a row stands for (a ConflictRow, an OverdueRow, …)."""

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Display rows (one string per column), an optional payload per row, right-aligned number columns."""

    def __init__(self, headers: Sequence[str] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = list(headers)
        self._rows: list[Sequence[str]] = []
        self._payloads: list[Any] = []
        self._shown = 0
        self.numeric: set[int] = set()

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def set_rows(self, rows: Sequence[Sequence[str]], payloads: Sequence[Any] | None = None) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._payloads = list(payloads) if payloads is not None else [None] * len(self._rows)
        self._shown = min(PAGE, len(self._rows))
        self.endResetModel()

    def all_rows(self) -> list[Sequence[str]]:
        """Every row, shown or not yet (what the CSV export writes)."""
        return list(self._rows)

    def headers(self) -> list[str]:
        return list(self._headers)

    def payload(self, row: int) -> Any:
        return self._payloads[row] if 0 <= row < self._shown else None

    # --- QAbstractItemModel ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else max(1, len(self._headers))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        more = min(PAGE, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[column] if column < len(row) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column in self.numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == PAYLOAD_ROLE:
            return self._payloads[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
