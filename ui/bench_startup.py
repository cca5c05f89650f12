"""A process that starts the app on a warm cache and exits once the first usable screen is painted.

    python -m ui.bench_startup URL DATA_DIR STORE USER [--prepare]

--prepare signs in (password from CLIENTELING_BENCH_PASSWORD) and syncs, leaving the cache warm
and the refresh token in the keyring. Without it the process measures a real start, as run_app
does it: open the cache (its full check deferred), restore the session from the keyring, show
the customers page from the cache, start the background check, paint. It prints the moment of
that first paint on the system's monotonic clock, so the parent measures from the spawn.
"""
from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync

    from clienteling.config import Settings
    from clienteling.services.app_services import AppServices
    from ui.app import create_application
    from ui.i18n import LanguageManager
    from ui.settings import UiSettings
    from ui.shell.cache_notice import CacheRebuiltNotice
    from ui.shell.controller import AppShell
    from ui.shell.main_window import MainWindow
    from ui.tasks import TaskRegistry
    from ui.workspace import install_areas

    url, data_dir, store, user = sys.argv[1:5]
    prepare = "--prepare" in sys.argv
    settings = Settings(backend_url=url, data_dir=Path(data_dir), profile="startup", poll_interval_s=3600)
    app = create_application(["clienteling"])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)

    async def run() -> dict:
        services = AppServices(settings)
        services.open(check_later=True)
        try:
            if prepare:
                await services.sign_in(store, user, os.environ["CLIENTELING_BENCH_PASSWORD"])
                await services.engine.sync_once()
                return {"prepared": True}
            tasks = TaskRegistry()
            window = MainWindow()
            shell = AppShell(window, services, settings=UiSettings(), languages=LanguageManager(app), tasks=tasks,
                             app=app, persist_settings=False)
            install_areas(shell, services)
            services.start_unlocked = True  # measure to the workspace, not to the PIN pad
            await shell.start()
            window.resize(1280, 800)
            window.show()
            window.show_page("customers")
            services.watch_cache(CacheRebuiltNotice(window).show_report)  # as run_app, once shown
            await asyncio.sleep(0)  # let the loop deliver the show and layout events (never processEvents
            await asyncio.sleep(0)  # inside a coroutine: qasync would re-enter the running task)
            window.grab()  # the first paint of a usable screen
            painted_at = time.monotonic()
            elapsed = time.perf_counter() - STARTED
            shell.idle.stop()
            shell.scanner.uninstall()
            tasks.cancel_all()
            await tasks.wait_all()
            window.close()
            return {"startup_s": elapsed, "painted_at": painted_at}
        finally:
            await services.aclose()

    with loop:
        print(json.dumps(loop.run_until_complete(run())))


if __name__ == "__main__":
    main()
