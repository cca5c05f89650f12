"""The shell's behaviour: sign-in → workspace → auto-lock → unlock, scans, language, kiosk.

Widgets only emit what the person did; this controller awaits the context's services
(``ui.context.AppContext``) and moves between screens. Every coroutine it starts is kept in
the TaskRegistry.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication

from clienteling.models.location import Associate, Location, Role
from ui.camera import CameraScan
from ui.context import AppContext
from ui.errors import explain_error, explain_sign_in_error
from ui.i18n import LanguageManager
from ui.scanner import ScannerDetector
from ui.shell.device_sign_out import DeviceSignOut
from ui.settings import UiSettings, save_settings
from ui.shell.idle import IdleWatcher
from ui.shell.kiosk import KioskMode
from ui.shell.main_window import MainWindow
from ui.shell.scan_router import ScanRouter
from ui.tasks import TaskRegistry

log = logging.getLogger(__name__)


class AppShell(QObject):
    """Owns the shell's helpers: ``scanner``, ``router``, ``idle``, ``kiosk`` (or None),
    ``camera`` (its rail button hidden without a camera), ``device_sign_out`` (managers).

    ``camera`` None detects QtMultimedia and a camera; tests pass True or False.
    """

    signedIn = Signal(object, object)  # Associate, Location
    signedOut = Signal()
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: MainWindow,
        context: AppContext,
        *,
        settings: UiSettings,
        languages: LanguageManager,
        tasks: TaskRegistry,
        app: QApplication,
        persist_settings: bool = True,
        camera: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)  # not the window's child: it outlives the window's destruction
        self.window = window
        self.context = context
        self.settings = settings
        self.languages = languages
        self.tasks = tasks
        self._persist = persist_settings
        self.associate: Associate | None = None
        self.store: Location | None = None
        self._cache_wiped = False

        self.scanner = ScannerDetector(
            self, max_interval_ms=settings.scanner_max_interval_ms, min_length=settings.scanner_min_length
        )
        self.router = ScanRouter(self)
        self.idle = IdleWatcher(settings.idle_lock_seconds, self, app=app)
        self.kiosk: KioskMode | None = None
        self.camera = CameraScan(window, self._on_scanned, tasks, available=camera, parent=self)
        self.device_sign_out = DeviceSignOut(window, lambda **kw: self.context.sign_out_device(**kw),
                                             lambda pin: self.context.verify_manager_pin(pin), tasks, parent=self)
        self.device_sign_out.signedOut.connect(self._on_device_signed_out)
        if settings.kiosk:
            self.kiosk = KioskMode(window, context.verify_manager_pin, tasks)
            window.rail.add_action(self.kiosk.exit_action)

        window.set_training(settings.training)
        window.status_bar.bind(context.status_hub)
        window.sign_in.signInRequested.connect(self._on_sign_in)
        window.sign_in.languageSelected.connect(self.set_language)
        window.sign_in.set_language(languages.language)
        window.lock_screen.pinEntered.connect(self._on_pin)
        window.lock_screen.switchAssociateRequested.connect(self._on_switch_associate)
        window.lockRequested.connect(self.lock)
        self.idle.idle.connect(self.lock)
        self.scanner.scanned.connect(self._on_scanned)
        self.router.openCustomerByCard.connect(lambda _card: window.show_page("customers"))
        self.router.openProductByGtin.connect(lambda _gtin: window.show_page("stock"))
        self.router.openPickup.connect(lambda _ref, _code: window.show_page("pickups"))
        self.scanner.install(app)

    # ---- start ---------------------------------------------------------------------------------
    async def start(self) -> None:
        """Fill the store picker and open on the lock screen if a session was restored."""
        try:
            self.window.sign_in.set_stores(list(await self.context.list_stores()))
        except Exception as error:  # offline on first start: say so, keep the form usable
            log.warning("store list unavailable: %s", type(error).__name__)
            self.window.sign_in.show_error(explain_error(error))
        session = await self.context.current_session()
        if session is not None:
            self._enter(*session)
            if getattr(self.context, "start_unlocked", False):  # the demo opens signed in
                self.window.show_screen(MainWindow.WORKSPACE)
                self.idle.start()
            else:
                self.lock()
        else:
            self.window.show_screen(MainWindow.SIGN_IN)
        if self.kiosk is not None:
            self.kiosk.enable(show=False)

    # ---- sign-in, lock, unlock ----------------------------------------------------------------
    @Slot(str, str, str)
    def _on_sign_in(self, store_id: str, username: str, password: str) -> None:
        self.tasks.spawn(self._sign_in(store_id, username, password), name="sign-in")

    async def _sign_in(self, store_id: str, username: str, password: str) -> None:
        page = self.window.sign_in
        page.set_busy(True)
        page.show_notice("")
        try:
            if self._cache_wiped:  # the device was signed out: a new, empty cache for the next store
                self.context.open()
                self._cache_wiped = False
            associate, store = await self.context.sign_in(store_id, username, password)
        except Exception as error:
            page.set_busy(False)
            page.show_error(explain_sign_in_error(error))
            return
        page.set_busy(False)
        self._enter(associate, store)
        self.window.show_screen(MainWindow.WORKSPACE)
        self.idle.start()

    def _enter(self, associate: Associate, store: Location) -> None:
        self.associate, self.store = associate, store
        self.window.set_role(associate.role)
        self.device_sign_out.set_allowed(associate.role == Role.MANAGER)
        self.window.lock_screen.set_associate(associate.display_name)
        self.window.status_bar.set_timezone(store.timezone)
        self.signedIn.emit(associate, store)

    @Slot()
    def lock(self) -> None:
        """Show the lock screen (only a signed-in workspace locks)."""
        if self.associate is None:
            return
        self.idle.stop()
        self.window.show_screen(MainWindow.LOCK)
        self.locked.emit()

    @Slot(str)
    def _on_pin(self, pin: str) -> None:
        self.tasks.spawn(self._unlock(pin), name="unlock")

    async def _unlock(self, pin: str) -> None:
        try:
            ok = await self.context.unlock(pin)
        except Exception as error:
            self.window.lock_screen.show_error(explain_error(error))
            return
        if not ok:
            self.window.lock_screen.show_error(self.tr("Wrong PIN. Try again."))
            return
        self.window.show_screen(MainWindow.WORKSPACE)
        self.idle.start()
        self.unlocked.emit()

    @Slot()
    def _on_switch_associate(self) -> None:
        self.tasks.spawn(self._switch_associate(), name="sign-out")

    async def _switch_associate(self) -> None:
        try:
            await self.context.sign_out()
        except Exception as error:  # offline: the tokens are dropped locally all the same
            log.warning("sign-out did not reach the server: %s", type(error).__name__)
        self.associate = self.store = None
        self.idle.stop()
        self.window.show_screen(MainWindow.SIGN_IN)
        self.signedOut.emit()

    @Slot()
    def _on_device_signed_out(self) -> None:
        """The cache, its key and the tokens are gone: back to an empty sign-in."""
        self._cache_wiped = True
        self.associate = self.store = None
        self.idle.stop()
        self.device_sign_out.set_allowed(False)
        self.window.sign_in.set_username("")
        self.window.sign_in.show_notice(self.tr("This device was signed out of its store and its data deleted. "
                                                "Sign in to use it again."))
        self.window.show_screen(MainWindow.SIGN_IN)
        self.signedOut.emit()

    # ---- scans and language ---------------------------------------------------------------------
    @Slot(str)
    def _on_scanned(self, code: str) -> None:
        self.idle.poke()
        if self.window.current_screen() == MainWindow.WORKSPACE:
            self.router.route(code)

    @Slot(str)
    def set_language(self, code: str) -> None:
        applied = self.languages.set_language(code)
        self.window.sign_in.set_language(applied)
        self.settings = UiSettings(**{**self.settings.__dict__, "language": applied})
        if self._persist:
            save_settings(self.settings)
