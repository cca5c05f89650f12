"""`clienteling demo --screenshots DIR`: every main screen rendered to PNG, offscreen, then exit.

Both roles, both orientations, online and offline — the pictures README and reviewers use.
The app runs for real against the demo backend: sign-in, a first sync, then each page shown
as an associate would open it. Offline is the real thing too: the client is pointed at a
closed port and one sync round fails, so the status bar shows what a store without network sees.
"""
from __future__ import annotations

import asyncio
import importlib
import logging
import os
from dataclasses import replace
from pathlib import Path

log = logging.getLogger(__name__)

ORIENTATIONS = {"landscape": (1280, 800), "portrait": (800, 1280)}
SETTLE_S = 0.6
"""Time given to a page's async loading before it is photographed."""


def render_all(settings, out_dir: Path, *, store_id: str) -> int:  # noqa: ANN001 - clienteling.config.Settings
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync

    from clienteling import errors
    from clienteling.launch import demo_store_and_login
    from clienteling.services.app_services import AppServices
    from ui.app import create_application
    from ui.i18n import LanguageManager
    from ui.settings import UiSettings
    from ui.shell.controller import AppShell
    from ui.shell.main_window import MainWindow
    from ui.tasks import TaskRegistry
    from ui.workspace import install_areas

    out_dir.mkdir(parents=True, exist_ok=True)
    app = create_application(["clienteling-screenshots"])
    app.setQuitOnLastWindowClosed(False)
    languages = LanguageManager(app)
    languages.set_language("en")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    written: list[Path] = []

    def save(window: MainWindow, name: str) -> None:
        path = out_dir / f"{name}.png"
        window.grab().save(str(path))
        written.append(path)

    async def settle() -> None:
        await asyncio.sleep(SETTLE_S)  # the loop delivers Qt events meanwhile (no processEvents in a coroutine)

    async def one_role(manager: bool) -> None:
        role = "manager" if manager else "associate"
        services = AppServices(replace(settings, profile=f"screens-{role}"))
        services.open()
        tasks = TaskRegistry()
        window = MainWindow()
        shell = AppShell(window, services, settings=UiSettings(), languages=languages, tasks=tasks, app=app,
                         persist_settings=False)
        install_areas(shell, services)
        try:
            await shell.start()
            window.resize(*ORIENTATIONS["landscape"])
            window.show()
            if not manager:
                await settle()
                save(window, "sign-in_landscape")
            store, username, password = demo_store_and_login(store_id, manager)
            await services.sign_in(store, username, password)
            await services.engine.sync_once()
            shell._enter(services.session.associate, services.session.store)
            window.show_screen(MainWindow.WORKSPACE)
            for state in ("online", "offline"):
                if state == "offline":
                    services.client._http.base_url = "http://127.0.0.1:9"  # a closed port: the store loses its network
                    try:
                        await services.engine.sync_once()
                    except errors.Unreachable:
                        pass
                for orientation, size in ORIENTATIONS.items():
                    window.resize(*size)
                    for section in window.rail.visible_sections():
                        window.show_page(section)
                        await settle()
                        save(window, f"{role}_{section}_{orientation}_{state}")
            if not manager:  # the areas' own walks through their screens (customers, stock, endless aisle)
                services.client._http.base_url = settings.backend_url
                await services.engine.sync_once()
                for area in ("customers", "stock", "endless_aisle"):
                    render = getattr(importlib.import_module(f"ui.{area}"), f"render_{area}", None)
                    if render is not None:
                        written.extend(await render(services, shell, out_dir / area))
            shell.lock()
            await settle()
            save(window, f"{role}_lock_landscape")
        finally:
            shell.idle.stop()
            shell.scanner.uninstall()
            tasks.cancel_all()
            await tasks.wait_all()
            window.close()
            await services.aclose()

    async def main() -> None:
        await one_role(manager=False)
        await one_role(manager=True)

    with loop:
        loop.run_until_complete(main())
    for path in written:
        print(path)
    log.info("%d screenshots in %s", len(written), out_dir)
    return 0
