"""The one top-level window: training band, screens (sign-in, lock, workspace), status bar.

The workspace is a navigation rail and a stack of pages registered by name. Sections start
with an empty-state page that says what will be there; real pages replace them through
``register_page``. In portrait the rail becomes a bottom bar.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from clienteling.models.location import Role
from ui.icons import icon
from ui.shell.lock_screen import LockScreen
from ui.shell.nav_rail import NavRail
from ui.shell.sign_in import SignInPage
from ui.shell.status_bar import SyncStatusBar
from ui.widgets.empty_state import EmptyStatePage

SECTIONS_CONTEXT = "Sections"


@dataclass(frozen=True)
class Section:
    """A rail entry: page name, title and empty-state text (untranslated sources), icon."""

    name: str
    title: str
    description: str
    icon: str
    manager_only: bool = False


SECTIONS: tuple[Section, ...] = (
    Section(
        "customers",
        QT_TRANSLATE_NOOP("Sections", "Customers"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Find a customer by name, phone, email or loyalty card, or scan their card. "
            "Their profile, purchases in store and online, live online cart and notes will show here.",
        ),
        "customers",
    ),
    Section(
        "stock",
        QT_TRANSLATE_NOOP("Sections", "Stock"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Scan a product or search by name, reference or barcode to see how many are in this store, "
            "in nearby stores and in the warehouses.",
        ),
        "stock",
    ),
    Section(
        "pickups",
        QT_TRANSLATE_NOOP("Sections", "Pickups"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Click-and-collect orders waiting in this store will be listed here. "
            "Scan the customer's QR code or type the order number to hand an order over.",
        ),
        "pickups",
    ),
    Section(
        "endless_aisle",
        QT_TRANSLATE_NOOP("Sections", "Endless aisle"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Order for a customer what is not on the shelf here: it is sent from another store or a warehouse, "
            "to the customer's home or to this store.",
        ),
        "endless_aisle",
    ),
    Section(
        "dashboard",
        QT_TRANSLATE_NOOP("Sections", "Dashboard"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Today's figures for this store: orders handed over, endless-aisle sales by associate, "
            "and anything waiting to sync or needing attention.",
        ),
        "dashboard",
        manager_only=True,
    ),
)


class MainWindow(QMainWindow):
    """Signals: ``sectionChanged(name)``, ``lockRequested``, ``conflictsRequested``,
    ``orientationChanged(portrait: bool)``."""

    sectionChanged = Signal(str)
    lockRequested = Signal()
    conflictsRequested = Signal()
    orientationChanged = Signal(bool)

    SIGN_IN, LOCK, WORKSPACE = "sign_in", "lock", "workspace"

    def __init__(self, parent: QWidget | None = None, *, status_bar: SyncStatusBar | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self._role = Role.ASSOCIATE
        self._pages: dict[str, QWidget] = {}
        self._portrait: bool | None = None

        root = QWidget()
        root.setObjectName("AppRoot")
        column = QVBoxLayout(root)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)

        self.training_band = QLabel()
        self.training_band.setObjectName("TrainingBand")
        self.training_band.hide()
        column.addWidget(self.training_band)

        self.screens = QStackedWidget()
        self.screens.setObjectName("Screens")
        self.sign_in = SignInPage()
        self.lock_screen = LockScreen()
        self.workspace = QWidget()
        self.workspace.setObjectName("Workspace")
        self.screens.addWidget(self.sign_in)
        self.screens.addWidget(self.lock_screen)
        self.screens.addWidget(self.workspace)
        column.addWidget(self.screens, 1)

        self.rail = NavRail()
        self.rail.set_lock_icon(icon("lock"))
        self.pages = QStackedWidget()
        self.pages.setObjectName("Pages")
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.workspace)
        self._body.setContentsMargins(0, 0, 0, 0)
        self._body.setSpacing(0)
        self._body.addWidget(self.rail)
        self._body.addWidget(self.pages, 1)

        self.status_bar = status_bar or SyncStatusBar()
        column.addWidget(self.status_bar)
        self.setCentralWidget(root)

        self.rail.sectionSelected.connect(self.show_page)
        self.rail.lockRequested.connect(self.lockRequested)
        self.status_bar.conflictsClicked.connect(self.conflictsRequested)

        for section in SECTIONS:
            self.add_section(section)
        self.set_role(Role.ASSOCIATE)
        self.show_screen(self.SIGN_IN)
        self.setMinimumSize(640, 640)
        self.resize(1280, 800)
        self.retranslate()

    # ---- sections and pages ----------------------------------------------------------------
    def add_section(self, section: Section, page: QWidget | None = None) -> None:
        """Put ``section`` on the rail with ``page`` (or its empty-state page)."""
        self.rail.add_section(section.name, SECTIONS_CONTEXT, section.title, icon(section.icon))
        self.rail.button(section.name).setProperty("managerOnly", section.manager_only)
        if page is None:
            page = EmptyStatePage(SECTIONS_CONTEXT, section.title, section.description, icon(section.icon))
            page.setObjectName(f"EmptyState_{section.name}")
        self.register_page(section.name, page)

    def register_page(self, name: str, page: QWidget) -> None:
        """Add a page, or replace the one registered under ``name`` (the old one is deleted)."""
        old = self._pages.get(name)
        was_current = old is not None and self.pages.currentWidget() is old
        self._pages[name] = page
        self.pages.addWidget(page)
        if was_current:
            self.pages.setCurrentWidget(page)
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()

    def page(self, name: str) -> QWidget:
        return self._pages[name]

    def page_names(self) -> list[str]:
        return list(self._pages)

    def current_page_name(self) -> str | None:
        current = self.pages.currentWidget()
        return next((n for n, w in self._pages.items() if w is current), None)

    @Slot(str)
    def show_page(self, name: str) -> None:
        """Show page ``name`` in the workspace (refused for a section the role may not see)."""
        if name not in self._pages:
            raise KeyError(name)
        if name in self.rail.sections() and name not in self.rail.visible_sections():
            return
        self.pages.setCurrentWidget(self._pages[name])
        self.rail.set_current(name)
        self.sectionChanged.emit(name)

    # ---- role, screens, training ----------------------------------------------------------
    @property
    def role(self) -> Role:
        return self._role

    def set_role(self, role: Role) -> None:
        """Hide what the role cannot use (the server enforces roles; this only tidies the UI)."""
        self._role = role
        for section in SECTIONS:
            if section.name in self.rail.sections():
                self.rail.set_section_visible(section.name, role == Role.MANAGER or not section.manager_only)
        current = self.current_page_name()
        visible = self.rail.visible_sections()
        if (current is None or (current in self.rail.sections() and current not in visible)) and visible:
            self.show_page(visible[0])

    def show_screen(self, screen: str) -> None:
        """``MainWindow.SIGN_IN``, ``LOCK`` or ``WORKSPACE``."""
        widget = {self.SIGN_IN: self.sign_in, self.LOCK: self.lock_screen, self.WORKSPACE: self.workspace}[screen]
        if screen == self.LOCK:
            self.lock_screen.reset()
        self.screens.setCurrentWidget(widget)
        widget.setFocus()

    def current_screen(self) -> str:
        current = self.screens.currentWidget()
        if current is self.sign_in:
            return self.SIGN_IN
        return self.LOCK if current is self.lock_screen else self.WORKSPACE

    def set_training(self, enabled: bool) -> None:
        self.training_band.setVisible(enabled)

    @property
    def training(self) -> bool:
        return not self.training_band.isHidden()

    # ---- orientation ----------------------------------------------------------------------
    @property
    def portrait(self) -> bool:
        return bool(self._portrait)

    def _apply_orientation(self, portrait: bool) -> None:
        if portrait == self._portrait:
            return
        self._portrait = portrait
        if portrait:  # pages on top, the rail as a bottom bar
            self._body.setDirection(QBoxLayout.Direction.BottomToTop)
            self.rail.set_orientation(Qt.Orientation.Horizontal)
        else:
            self._body.setDirection(QBoxLayout.Direction.LeftToRight)
            self.rail.set_orientation(Qt.Orientation.Vertical)
        self.orientationChanged.emit(portrait)

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        self._apply_orientation(size.height() > size.width())
        super().resizeEvent(event)

    # ---- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Clienteling"))
        self.training_band.setText(self.tr("Training mode"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def translate_section_title(name: str) -> str:
    """The current-language title of section ``name`` (for page headers, breadcrumbs)."""
    section = next(s for s in SECTIONS if s.name == name)
    return QCoreApplication.translate(SECTIONS_CONTEXT, section.title)
