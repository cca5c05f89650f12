"""The store manager's dashboard page: today's store at a glance, operations, end of day, CSV export.

Three tabs. *Today*: tiles and charts (pickups now, ready→collected over 14 days, endless
aisle by associate, carts taken over → orders, top stock-outs) with their tables. *Operations*:
overdue pickups with call-the-customer actions (consent respected), this device's conflict
inbox, the store's devices. *End of day*: which devices still have changes to send or
conflicts to resolve, and what they are.

Figures come from the backend through StoreDashboard (cached with their age for offline
viewing); the overdue list and the conflicts come from this device's cache.
"""
from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea,
    QScrollerProperties, QSizePolicy, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from resources import read_style
from clienteling.models import Dashboard, DeviceState, Money, PickupStatus
from clienteling.services.dashboard import (
    DashboardView, NoContact, OverdueRow, StoreDashboard, Table, write_csv,
)
from clienteling.services.status import SyncStatus
from ui.dashboard.charts import PALETTE, ColumnChart, HBarChart, LineChart, Row, Series
from ui.dashboard.conflicts import ConflictInbox, kind_label, reason_label
from ui.dashboard.models import RowsModel
from ui.errors import explain_error
from ui.i18n import format_datetime, format_money, format_time
from ui.widgets.touch import enable_kinetic_scrolling

WIDE = 1000
"""From this width the Today tab shows its cards in two columns."""


def duration_words(minutes: float | None) -> str:
    """A wait in days/hours/minutes, the two largest units ("1 d 4 h", "3 h 20 min", "12 min")."""
    if minutes is None:
        return "—"
    total = int(round(minutes))
    days, rest = divmod(total, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("DashboardPage", "%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
    if hours:
        return QCoreApplication.translate("DashboardPage", "%1 h %2 min").replace("%1", str(hours)).replace("%2", str(mins))
    return QCoreApplication.translate("DashboardPage", "%1 min").replace("%1", str(mins))


def _money(minor: int) -> str:
    return format_money(Money(amount_minor=minor))


class _Card(QFrame):
    """A titled box on the dashboard."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName("DashboardCard")
        self.setProperty("card", name)
        self.title = QLabel()
        self.title.setObjectName("DashboardCardTitle")
        self.title.setWordWrap(True)
        self.headline = QLabel()
        self.headline.setObjectName("DashboardHeadline")
        self.headline.setWordWrap(True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 14, 16, 16)
        self.body.setSpacing(10)
        self.body.addWidget(self.title)
        self.body.addWidget(self.headline)


class _Tile(QFrame):
    """One big figure and what it is."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName("DashboardTile")
        self.setProperty("tile", name)
        self.value = QLabel("—")
        self.value.setObjectName("DashboardTileValue")
        self.caption = QLabel()
        self.caption.setObjectName("DashboardTileCaption")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


def _table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(44)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    # The table scrolls sideways on a narrow screen instead of widening the page.
    view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    view.setMinimumWidth(200)
    enable_kinetic_scrolling(view)
    return view


def _fit_height(view: QTableView, rows: int, most: int = 8) -> None:
    """A table as tall as its rows (up to `most`), so the page scrolls rather than the table."""
    shown = max(1, min(rows, most))
    scrollbar = view.horizontalScrollBar().sizeHint().height()  # room for it when the columns are wider
    view.setFixedHeight(view.horizontalHeader().sizeHint().height() + shown * 44 + scrollbar + 4)


def _scroll(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    scroller = enable_kinetic_scrolling(area)
    # Buttons inside the page answer a tap at once (no wait to tell a tap from a flick).
    props = scroller.scrollerProperties()
    props.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    scroller.setScrollerProperties(props)
    return area


class DashboardPage(QWidget):
    """``desk`` is the StoreDashboard use cases, ``tasks`` the shell's TaskRegistry."""

    _statusArrived = Signal(object)  # hop from the sync engine's publisher to the GUI thread
    exported = Signal(list)

    def __init__(self, desk: StoreDashboard, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DashboardPage")
        self.setStyleSheet(read_style("dashboard"))
        self.desk = desk
        self.tasks = tasks
        self.view: DashboardView | None = None
        self._reloads = 0
        """Reloads started; only the latest one's answer is shown (an earlier one may answer later)."""
        self.overdue_rows: list[OverdueRow] = []
        self._status = SyncStatus()
        self._last_key: tuple[Any, ...] | None = None
        self._remind_keys: dict[str, str] = {}
        self._wide: bool | None = None
        self._dialog: QFileDialog | None = None

        # --- header ---------------------------------------------------------------------------
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.freshness_label = QLabel()
        self.freshness_label.setObjectName("DashboardFreshness")
        self.freshness_label.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("DashboardRefresh")
        self.export_button = QPushButton()
        self.export_button.setObjectName("DashboardExport")
        self.export_button.setEnabled(False)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.freshness_label)
        header.addLayout(titles, 1)
        header.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)

        self.message_label = QLabel()
        self.message_label.setObjectName("DashboardMessage")
        self.message_label.setWordWrap(True)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("DashboardRetry")
        self.retry_button.hide()
        self.export_label = QLabel()
        self.export_label.setWordWrap(True)
        self.export_label.hide()

        # --- today -----------------------------------------------------------------------------
        self.tiles = {name: _Tile(name) for name in ("overdue", "collected", "wait", "sales", "carts")}
        self.tile_row = QGridLayout()
        self.tile_row.setSpacing(10)

        self.pickups_card = _Card("pickups")
        self.pickups_chart = ColumnChart()
        self.pickups_chart.setObjectName("PickupsChart")
        self.pickups_card.body.addWidget(self.pickups_chart)

        self.trend_card = _Card("trend")
        self.trend_chart = LineChart()
        self.trend_chart.setObjectName("TrendChart")
        self.trend_card.body.addWidget(self.trend_chart)

        self.sales_card = _Card("sales")
        self.sales_chart = HBarChart()
        self.sales_chart.setObjectName("SalesChart")
        self.sales_model = RowsModel()
        self.sales_model.numeric = {1, 2, 3, 4}
        self.sales_table = _table(self.sales_model, "SalesTable")
        self.sales_card.body.addWidget(self.sales_chart)
        self.sales_card.body.addWidget(self.sales_table)

        self.carts_card = _Card("carts")
        self.carts_chart = HBarChart()
        self.carts_chart.setObjectName("CartsChart")
        self.carts_card.body.addWidget(self.carts_chart)

        self.stockouts_card = _Card("stockouts")
        self.stockouts_chart = HBarChart()
        self.stockouts_chart.setObjectName("StockoutsChart")
        self.stockouts_model = RowsModel()
        self.stockouts_model.numeric = {2, 3, 4}
        self.stockouts_table = _table(self.stockouts_model, "StockoutsTable")
        self.stockouts_card.body.addWidget(self.stockouts_chart)
        self.stockouts_card.body.addWidget(self.stockouts_table)

        self.cards = [self.pickups_card, self.trend_card, self.sales_card, self.carts_card, self.stockouts_card]
        self.today = QWidget()
        self.today.setObjectName("DashboardToday")
        today = QVBoxLayout(self.today)
        today.setContentsMargins(0, 8, 0, 8)
        today.setSpacing(12)
        today.addLayout(self.tile_row)
        self.card_grid = QGridLayout()
        self.card_grid.setSpacing(12)
        today.addLayout(self.card_grid)
        today.addStretch(1)

        # --- operations ------------------------------------------------------------------------
        self.overdue_title = QLabel()
        self.overdue_title.setProperty("role", "subtitle")
        self.overdue_model = RowsModel()
        self.overdue_table = _table(self.overdue_model, "OverdueTable")
        self.overdue_table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._on_overdue(cur.row()))
        self.contact_box = QFrame()
        self.contact_box.setObjectName("ContactBox")
        self.contact_title = QLabel()
        self.contact_title.setObjectName("ContactTitle")
        self.contact_title.setWordWrap(True)
        self.call_button = QPushButton()
        self.call_button.setObjectName("CallButton")
        self.call_button.setProperty("role", "primary")
        self.remind_button = QPushButton()
        self.remind_button.setObjectName("RemindButton")
        self.phone_label = QLabel()
        self.phone_label.setObjectName("PhoneToDial")
        self.phone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phone_label.hide()
        self.why_not_label = QLabel()
        self.why_not_label.setObjectName("ContactWhyNot")
        self.why_not_label.setWordWrap(True)
        self.contact_status = QLabel()
        self.contact_status.setWordWrap(True)
        contact = QVBoxLayout(self.contact_box)
        contact.setContentsMargins(12, 12, 12, 12)
        contact.addWidget(self.contact_title)
        buttons = QHBoxLayout()
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.remind_button)
        buttons.addStretch(1)
        contact.addLayout(buttons)
        contact.addWidget(self.phone_label)
        contact.addWidget(self.why_not_label)
        contact.addWidget(self.contact_status)
        self.contact_box.hide()
        self.call_button.clicked.connect(self._on_call)
        self.remind_button.clicked.connect(self._on_remind)

        self.inbox = ConflictInbox(desk, tasks)
        self.inbox.resolved.connect(self.refresh)

        self.devices_title = QLabel()
        self.devices_title.setProperty("role", "subtitle")
        self.devices_hint = QLabel()
        self.devices_hint.setProperty("role", "hint")
        self.devices_hint.setWordWrap(True)
        self.devices_model = RowsModel()
        self.devices_model.numeric = {3, 4}
        self.devices_table = _table(self.devices_model, "DevicesTable")

        self.operations = QWidget()
        self.operations.setObjectName("DashboardOperations")
        ops = QVBoxLayout(self.operations)
        ops.setContentsMargins(0, 8, 0, 8)
        ops.setSpacing(10)
        for widget in (self.overdue_title, self.overdue_table, self.contact_box):
            ops.addWidget(widget)
        ops.addSpacing(8)
        ops.addWidget(self.inbox)
        ops.addSpacing(8)
        for widget in (self.devices_title, self.devices_hint, self.devices_table):
            ops.addWidget(widget)
        ops.addStretch(1)

        # --- end of day -----------------------------------------------------------------------
        self.closing_label = QLabel()
        self.closing_label.setObjectName("ClosingVerdict")
        self.closing_label.setWordWrap(True)
        self.this_device_label = QLabel()
        self.this_device_label.setObjectName("ThisDevice")
        self.this_device_label.setWordWrap(True)
        self.closing_details = QLabel()
        self.closing_details.setObjectName("ClosingDetails")
        self.closing_details.setWordWrap(True)
        self.closing_details.setTextFormat(Qt.TextFormat.RichText)
        self.closing_hint = QLabel()
        self.closing_hint.setProperty("role", "hint")
        self.closing_hint.setWordWrap(True)
        self.end_of_day = QWidget()
        self.end_of_day.setObjectName("DashboardEndOfDay")
        eod = QVBoxLayout(self.end_of_day)
        eod.setContentsMargins(0, 8, 0, 8)
        eod.setSpacing(12)
        for widget in (self.closing_label, self.this_device_label, self.closing_details, self.closing_hint):
            eod.addWidget(widget)
        eod.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("DashboardTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(_scroll(self.today), "")
        self.tabs.addTab(_scroll(self.operations), "")
        self.tabs.addTab(_scroll(self.end_of_day), "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 8)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.message_label)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.export_label)
        layout.addWidget(self.tabs, 1)

        self.refresh_button.clicked.connect(self.refresh)
        self.retry_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.choose_export_folder)
        self._statusArrived.connect(self._on_status)
        self._unsubscribe = desk.services.status_hub.subscribe(self._statusArrived.emit, replay=True)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self._layout_cards(True)
        self.retranslate()

    # --- words ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Today at the store"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export CSV"))
        self.retry_button.setText(self.tr("Try again"))
        self.tabs.setTabText(0, self.tr("Today"))
        self.tabs.setTabText(1, self.tr("Operations"))
        self.tabs.setTabText(2, self.tr("End of day"))
        captions = {"overdue": self.tr("pickups overdue"), "collected": self.tr("pickups collected today"),
                    "wait": self.tr("average wait from ready to collected (14 days)"),
                    "sales": self.tr("endless-aisle sales today"),
                    "carts": self.tr("online carts taken over this week → orders")}
        for name, tile in self.tiles.items():
            tile.caption.setText(captions[name])
        self.pickups_card.title.setText(self.tr("Pickups now"))
        self.trend_card.title.setText(self.tr("Time from ready to collected, last 14 days"))
        self.sales_card.title.setText(self.tr("Endless aisle by associate"))
        self.carts_card.title.setText(self.tr("Online carts taken over in store"))
        self.stockouts_card.title.setText(self.tr("Stock-outs sent to endless aisle (30 days)"))
        self.sales_model.set_headers([self.tr("Associate"), self.tr("Orders today"), self.tr("Revenue today"),
                                      self.tr("Orders this week"), self.tr("Revenue this week")])
        self.stockouts_model.set_headers([self.tr("Item"), self.tr("Reference"), self.tr("Orders"),
                                          self.tr("Quantity"), self.tr("Revenue")])
        self.overdue_title.setText(self.tr("Overdue pickups"))
        self.overdue_model.set_headers([self.tr("Order"), self.tr("Customer"), self.tr("Ready since"),
                                        self.tr("Collect by"), self.tr("Total")])
        self.call_button.setText(self.tr("Call the customer"))
        self.remind_button.setText(self.tr("Send the ready notice again"))
        self.devices_title.setText(self.tr("The store's devices"))
        self.devices_hint.setText(self.tr("As the server knows them: who signed in, and what each device reported "
                                          "after its last sync."))
        self.devices_model.set_headers([self.tr("Device"), self.tr("Used by"), self.tr("Last sync"),
                                        self.tr("Waiting to sync"), self.tr("Conflicts"), self.tr("Last report")])
        self.closing_hint.setText(self.tr("A device that is switched off or out of the network cannot report: "
                                          "switch it on in the store's Wi-Fi and let it sync before closing."))
        if self.view is not None:
            self._render(self.view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- layout -----------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout_cards(event.size().width() >= WIDE)
        super().resizeEvent(event)

    def _layout_cards(self, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        for tile in self.tiles.values():
            self.tile_row.removeWidget(tile)
        per_row = 5 if wide else 3
        for i, tile in enumerate(self.tiles.values()):
            self.tile_row.addWidget(tile, i // per_row, i % per_row)
        for card in self.cards:
            self.card_grid.removeWidget(card)
        columns = 2 if wide else 1
        for i, card in enumerate(self.cards):
            self.card_grid.addWidget(card, i // columns, i % columns)
        for column in range(2):
            self.card_grid.setColumnStretch(column, 1 if column < columns else 0)

    # --- loading ----------------------------------------------------------------------------------

    def reset(self) -> None:
        """Forget what was shown (another associate signed in on this device)."""
        self.view = None
        self.overdue_rows = []
        for model in (self.sales_model, self.stockouts_model, self.overdue_model, self.devices_model):
            model.set_rows([])
        self.freshness_label.clear()
        self.export_button.setEnabled(False)
        self.contact_box.hide()

    @Slot()
    def refresh(self) -> Any:
        return self.tasks.spawn(self.reload(), name="dashboard-reload")

    async def start(self) -> None:
        """First paint: what this device kept (instantly), then the live figures."""
        if not self.desk.is_manager:
            self._say(self.tr("The dashboard is for store managers."))
            return
        kept = await self.desk.kept()
        if kept is not None and self.view is None:
            self._render(kept)
        await self.reload()

    async def reload(self) -> None:
        if not self.desk.is_manager:
            self._say(self.tr("The dashboard is for store managers."))
            return
        if self.view is None:
            self._say(self.tr("Loading the store's figures…"))
        self.refresh_button.setEnabled(False)
        self._reloads += 1
        mine = self._reloads
        try:
            try:
                view = await self.desk.load()
            except Exception as error:
                if mine != self._reloads:
                    return  # a newer reload says what is true now
                if self.view is None:
                    self._say(explain_error(error), retry=True)
                else:
                    self._say(self.tr("Could not refresh: %1").replace("%1", explain_error(error)), retry=True)
            else:
                if mine != self._reloads:
                    return  # started before the last refresh (say, before the store went offline)
                self._render(view)
            await self._load_local()
        finally:
            if mine == self._reloads:
                self.refresh_button.setEnabled(True)

    async def _load_local(self) -> None:
        try:
            self.overdue_rows = await self.desk.overdue()
        except Exception as error:
            self.overdue_title.setText(self.tr("Overdue pickups") + " — " + explain_error(error))
            self.overdue_rows = []
        self._show_overdue()
        await self.inbox.reload()
        self._render_end_of_day()

    def _say(self, text: str, *, retry: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        self.retry_button.setVisible(retry)

    # --- rendering --------------------------------------------------------------------------------

    def _render(self, view: DashboardView) -> None:
        self.view = view
        board = view.board
        self._say("")
        self._render_freshness()
        self.export_button.setEnabled(True)
        by = board.pickups_by_status
        self.tiles["overdue"].value.setText(str(board.pickups_overdue))
        self.tiles["overdue"].setProperty("alert", board.pickups_overdue > 0)
        self.tiles["collected"].value.setText(str(board.pickups_collected_today))
        self.tiles["wait"].value.setText(duration_words(board.average_ready_to_collected_minutes))
        self.tiles["sales"].value.setText(_money(board.revenue_today.amount_minor))
        self.tiles["carts"].value.setText(f"{board.carts.taken_over_week} → {board.carts.ordered_week}")
        for tile in self.tiles.values():
            tile.style().unpolish(tile)
            tile.style().polish(tile)

        bars = [(self.tr("Being prepared"), by.get(PickupStatus.PREPARING, 0), "#6b7280"),
                (self.tr("Ready"), by.get(PickupStatus.READY, 0), PALETTE[0]),
                (self.tr("Partly collected"), by.get(PickupStatus.PARTLY_COLLECTED, 0), PALETTE[3]),
                (self.tr("Overdue"), board.pickups_overdue, "#b42318"),
                (self.tr("Collected today"), board.pickups_collected_today, PALETTE[1])]
        self.pickups_chart.set_data([(label, value, str(value), color) for label, value, color in bars])
        open_count = sum(by.get(s, 0) for s in (PickupStatus.PREPARING, PickupStatus.READY,
                                                 PickupStatus.PARTLY_COLLECTED))
        self.pickups_card.headline.setText(self.tr("%1 open orders, %2 of them overdue.")
                                           .replace("%1", str(open_count)).replace("%2", str(board.pickups_overdue)))

        self.trend_chart.set_data(
            [(str(day.day.day), day.average_minutes / 60 if day.average_minutes is not None else None,
              duration_words(day.average_minutes)) for day in board.collection_trend],
            axis_text=self.tr("hours"), empty_text=self.tr("No order was collected in the last 14 days."))
        collected = sum(d.collected for d in board.collection_trend)
        self.trend_card.headline.setText(
            self.tr("Average %1 over %2 collected orders.").replace("%1", duration_words(
                board.average_ready_to_collected_minutes)).replace("%2", str(collected)))

        series = [Series(self.tr("Today"), PALETTE[0]), Series(self.tr("This week"), PALETTE[1])]
        self.sales_chart.set_data(series, [
            Row(a.display_name, [a.revenue_today.amount_minor, a.revenue_week.amount_minor],
                [self.tr("%1 · %n order(s)", "", a.orders_today).replace("%1", _money(a.revenue_today.amount_minor)),
                 self.tr("%1 · %n order(s)", "", a.orders_week).replace("%1", _money(a.revenue_week.amount_minor))])
            for a in board.attribution], empty_text=self.tr("No endless-aisle order this week yet."))
        self.sales_card.headline.setText(
            self.tr("Today %1 (%2 orders) · this week %3 (%4 orders)")
            .replace("%1", _money(board.revenue_today.amount_minor)).replace("%2", str(board.orders_today))
            .replace("%3", _money(board.revenue_week.amount_minor)).replace("%4", str(board.orders_week)))
        self.sales_model.set_rows([[a.display_name, str(a.orders_today), _money(a.revenue_today.amount_minor),
                                    str(a.orders_week), _money(a.revenue_week.amount_minor)]
                                   for a in board.attribution], board.attribution)
        self.sales_table.setVisible(bool(board.attribution))
        _fit_height(self.sales_table, len(board.attribution))

        carts = board.carts
        self.carts_chart.set_data(
            [Series(self.tr("Taken over"), PALETTE[2]), Series(self.tr("Became orders"), PALETTE[1])],
            [Row(self.tr("Today"), [carts.taken_over_today, carts.ordered_today],
                 [str(carts.taken_over_today), str(carts.ordered_today)]),
             Row(self.tr("This week"), [carts.taken_over_week, carts.ordered_week],
                 [str(carts.taken_over_week), str(carts.ordered_week)])])
        rate = round(100 * carts.ordered_week / carts.taken_over_week) if carts.taken_over_week else None
        self.carts_card.headline.setText(
            self.tr("%1 of %2 carts taken over this week became orders (%3 %).").replace("%1", str(carts.ordered_week))
            .replace("%2", str(carts.taken_over_week)).replace("%3", str(rate))
            if rate is not None else self.tr("No online cart was taken over this week yet."))

        self.stockouts_chart.set_data([Series(self.tr("Orders"), PALETTE[2])], [
            Row(f"{s.name} · {s.sku}", [s.orders], [self.tr("%n order(s)", "", s.orders)]) for s in board.stockouts],
            empty_text=self.tr("No stock-out sent a customer to endless aisle in the last 30 days."))
        self.stockouts_card.headline.setText(
            self.tr("What customers wanted and the store did not have: order it back in?") if board.stockouts else "")
        self.stockouts_card.headline.setVisible(bool(board.stockouts))
        self.stockouts_model.set_rows([[s.name, s.sku, str(s.orders), str(s.quantity), _money(s.revenue.amount_minor)]
                                       for s in board.stockouts], board.stockouts)
        self.stockouts_table.setVisible(bool(board.stockouts))
        _fit_height(self.stockouts_table, len(board.stockouts))

        self._render_devices(board)
        self._render_end_of_day()

    def _render_freshness(self) -> None:
        if self.view is None:
            return
        tz = self.desk.timezone
        when = format_time(self.view.fetched_at, tz)
        if self.view.live:
            text = self.tr("Live figures from %1.").replace("%1", when)
        else:
            age = max(0.0, (self.desk.clock() - self.view.fetched_at).total_seconds() / 60)
            text = self.tr("Offline: figures from %1 (%2 ago), kept on this device.") \
                .replace("%1", format_datetime(self.view.fetched_at, tz)).replace("%2", duration_words(age))
        self.freshness_label.setText(text)
        self.freshness_label.setProperty("stale", not self.view.live)
        self.freshness_label.style().unpolish(self.freshness_label)
        self.freshness_label.style().polish(self.freshness_label)

    def _when(self, moment: datetime | None) -> str:
        return format_datetime(moment, self.desk.timezone) if moment is not None else "—"

    def _device_name(self, device: DeviceState) -> str:
        return (self.tr("%1 (this device)").replace("%1", device.device_id)
                if device.device_id == self.desk.device_id else device.device_id)

    def _render_devices(self, board: Dashboard) -> None:
        rows = [[self._device_name(d), d.associate_name or d.associate_id or "—", self._when(d.last_sync_at),
                 str(d.queued_commands), str(len(d.conflicts)),
                 self._when(d.reported_at) if d.reported_at else self.tr("never")] for d in board.devices]
        self.devices_model.set_rows(rows, board.devices)
        _fit_height(self.devices_table, len(rows))

    # --- overdue pickups and calling ----------------------------------------------------------------

    def _show_overdue(self) -> None:
        tz = self.desk.timezone
        self.overdue_title.setText(self.tr("Overdue pickups (%1)").replace("%1", str(len(self.overdue_rows))))
        self.overdue_model.set_rows([[r.order.number, r.order.customer_name, self._when(r.order.ready_at),
                                      format_datetime(r.order.collect_by, tz) if r.order.collect_by else "—",
                                      format_money(r.order.total)] for r in self.overdue_rows], self.overdue_rows)
        _fit_height(self.overdue_table, len(self.overdue_rows))
        self.overdue_table.setVisible(bool(self.overdue_rows))
        if self.overdue_rows:
            self.overdue_table.selectRow(0)
            self._on_overdue(0)
        else:
            self.contact_box.hide()

    def _why_not(self, code: str | None) -> str:
        return {
            NoContact.NO_CUSTOMER: self.tr("The customer's record is not on this device."),
            NoContact.NO_PHONE: self.tr("No phone number on file."),
            NoContact.NO_PHONE_CONSENT: self.tr("The customer has not agreed to be contacted by phone or text."),
            NoContact.NO_EMAIL: self.tr("No e-mail address on file."),
            NoContact.NO_EMAIL_CONSENT: self.tr("The customer has not agreed to be contacted by e-mail."),
        }.get(code or "", "")

    def selected_overdue(self) -> OverdueRow | None:
        index = self.overdue_table.currentIndex()
        return self.overdue_model.payload(index.row()) if index.isValid() else None

    def _on_overdue(self, row: int) -> None:
        item = self.overdue_model.payload(row)
        if item is None:
            self.contact_box.hide()
            return
        contact = item.contact
        self.contact_box.show()
        self.contact_title.setText(self.tr("%1 — %2, overdue since %3")
                                   .replace("%1", item.order.number).replace("%2", item.order.customer_name)
                                   .replace("%3", self._when(item.order.collect_by)))
        self.call_button.setEnabled(contact.can_call)
        self.remind_button.setEnabled(contact.can_remind and self._status.online)
        self.phone_label.hide()
        self.contact_status.clear()
        reasons = []
        if not contact.can_call:
            reasons.append(self.tr("Calling: %1").replace("%1", self._why_not(contact.why_not_phone)))
        if not contact.can_remind:
            reasons.append(self.tr("Ready notice: no channel the customer agreed to (%1)")
                           .replace("%1", self._why_not(contact.why_not_email)))
        elif not self._status.online:
            reasons.append(self.tr("The ready notice can be sent again once the store is online."))
        self.why_not_label.setText("\n".join(reasons))
        self.why_not_label.setVisible(bool(reasons))

    def _on_call(self) -> None:
        item = self.selected_overdue()
        if item is None or not item.contact.can_call:
            return
        self.phone_label.setText(self.tr("Dial %1").replace("%1", item.contact.phone or ""))
        self.phone_label.show()

    def _on_remind(self) -> None:
        item = self.selected_overdue()
        if item is None or not item.contact.can_remind:
            return
        key = self._remind_keys.setdefault(item.order.id, str(uuid.uuid4()))
        self.tasks.spawn(self._remind(item.order.id, key), name="dashboard-remind")

    async def _remind(self, pickup_id: str, key: str) -> None:
        self.remind_button.setEnabled(False)
        try:
            channel = await self.desk.remind(pickup_id, key)
        except Exception as error:
            self.contact_status.setText(explain_error(error))
            self.remind_button.setEnabled(True)
            return
        words = {"email": self.tr("by e-mail"), "sms": self.tr("by text message")}.get(channel, channel)
        self.contact_status.setText(self.tr("The ready notice was sent again %1.").replace("%1", words))

    # --- end of day ------------------------------------------------------------------------------------

    def _render_end_of_day(self) -> None:
        status = self._status
        here = self.tr("This device: %1 waiting to sync, %2 to resolve.") \
            .replace("%1", self.tr("%n change(s)", "", status.queued_commands)) \
            .replace("%2", self.tr("%n conflict(s)", "", status.conflicts))
        if not status.online:
            here += " " + self.tr("Offline: its changes go when the network is back.")
        self.this_device_label.setText(here)
        devices = self.view.board.devices if self.view else []
        busy = [d for d in devices if d.device_id != self.desk.device_id and (d.queued_commands or d.conflicts)]
        here_busy = bool(status.queued_commands or status.conflicts)
        if self.view is None:
            verdict, ok = self.tr("The other devices' state is shown once the figures have loaded."), False
        elif not busy and not here_busy:
            verdict, ok = self.tr("Ready to close: no device has changes waiting to sync or conflicts to resolve."), True
        else:
            count = len(busy) + (1 if here_busy else 0)
            verdict, ok = self.tr("Not ready to close: %n device(s) still have changes waiting or conflicts.", "",
                                  count), False
        self.closing_label.setText(verdict)
        self.closing_label.setProperty("ok", ok)
        self.closing_label.style().unpolish(self.closing_label)
        self.closing_label.style().polish(self.closing_label)
        parts = []
        for device in busy:
            lines = [f"<b>{_escape(self._device_name(device))}</b> — {_escape(device.associate_name or '—')}"]
            lines.append(_escape(self.tr("%n change(s) waiting to sync", "", device.queued_commands)
                                 + " · " + self.tr("last sync %1").replace("%1", self._when(device.last_sync_at))
                                 + " · " + self.tr("last report %1").replace("%1", self._when(device.reported_at))))
            for conflict in device.conflicts:
                lines.append("• " + _escape(f"{kind_label(conflict.kind)} ({conflict.entity_key}): "
                                            f"{reason_label(conflict.reason)} — {self._when(conflict.created_at)}"))
            parts.append("<br>".join(lines))
        self.closing_details.setText("<br><br>".join(parts))
        self.closing_details.setVisible(bool(parts))

    # --- sync status ---------------------------------------------------------------------------------

    @Slot(object)
    def _on_status(self, status: SyncStatus) -> None:
        self._status = status
        if status.syncing:
            return
        key = (status.last_pull_at, status.last_push_at, status.conflicts, status.queued_commands, status.online)
        if key == self._last_key:
            return
        self._last_key = key
        self._render_end_of_day()
        if self.isVisible() and self.desk.is_manager:
            self.tasks.spawn(self._load_local(), name="dashboard-local")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.desk.is_manager and (self.view is None or (self.desk.clock() - self.view.fetched_at).total_seconds()
                                     > 60):
            self.refresh()

    # --- CSV export ----------------------------------------------------------------------------------

    def shown_tables(self) -> list[Table]:
        """The tables the dashboard shows, as CSV tables (the figures as displayed)."""
        if self.view is None:
            return []
        board = self.view.board
        figures = [
            [self.tr("Pickups being prepared"), str(board.pickups_by_status.get(PickupStatus.PREPARING, 0))],
            [self.tr("Pickups ready"), str(board.pickups_by_status.get(PickupStatus.READY, 0))],
            [self.tr("Pickups partly collected"), str(board.pickups_by_status.get(PickupStatus.PARTLY_COLLECTED, 0))],
            [self.tr("Pickups overdue"), str(board.pickups_overdue)],
            [self.tr("Pickups collected today"), str(board.pickups_collected_today)],
            [self.tr("Average wait from ready to collected (14 days)"),
             duration_words(board.average_ready_to_collected_minutes)],
            [self.tr("Endless-aisle orders today"), str(board.orders_today)],
            [self.tr("Endless-aisle revenue today"), _money(board.revenue_today.amount_minor)],
            [self.tr("Endless-aisle orders this week"), str(board.orders_week)],
            [self.tr("Endless-aisle revenue this week"), _money(board.revenue_week.amount_minor)],
            [self.tr("Online carts taken over today"), str(board.carts.taken_over_today)],
            [self.tr("… of which became orders"), str(board.carts.ordered_today)],
            [self.tr("Online carts taken over this week"), str(board.carts.taken_over_week)],
            [self.tr("… of which became orders"), str(board.carts.ordered_week)],
            [self.tr("Figures as of"), format_datetime(board.as_of, self.desk.timezone)],
        ]
        trend = [[str(d.day), str(d.collected), duration_words(d.average_minutes)]
                 for d in board.collection_trend]

        def of(name: str, model: RowsModel) -> Table:
            return Table(name, model.headers(), model.all_rows())

        return [Table("figures", [self.tr("Figure"), self.tr("Value")], figures),
                Table("ready-to-collected", [self.tr("Day"), self.tr("Collected"), self.tr("Average wait")], trend),
                of("endless-aisle-by-associate", self.sales_model), of("stock-outs", self.stockouts_model),
                of("overdue-pickups", self.overdue_model), of("devices", self.devices_model)]

    def export_to(self, folder: Path) -> list[Path]:
        """Write the shown tables as CSV files into `folder`; says where on screen."""
        try:
            files = write_csv(Path(folder), self.shown_tables(), stamp=self.desk.clock())
        except OSError as error:
            self.export_label.setText(self.tr("The files could not be written: %1").replace("%1", error.strerror or ""))
            self.export_label.show()
            return []
        self.export_label.setText(self.tr("%n table(s) exported to %1.", "", len(files)).replace("%1", str(folder)))
        self.export_label.show()
        self.exported.emit(files)
        return files

    @Slot()
    def choose_export_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a folder for the CSV files"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda folder: self.export_to(Path(folder)))
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

