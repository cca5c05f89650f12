"""Starting the app: against the configured backend, or as the self-contained demo."""
from __future__ import annotations

import logging
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

from .config import Settings

log = logging.getLogger(__name__)


def training_settings(settings: Settings) -> Settings:
    """Training mode keeps its own cache and keyring entries: profile "<profile>-training"."""
    if settings.profile.endswith("-training"):
        return settings
    return Settings(**{**settings.__dict__, "profile": f"{settings.profile}-training"})


def launch_app(settings: Settings, *, kiosk: bool = False, training: bool = False) -> int:
    from ui.app import run_app
    from ui.settings import load_settings

    from .services.app_services import AppServices

    ui_settings = load_settings()
    training = training or ui_settings.training  # the band is shown only over the training profile
    if training:
        settings = training_settings(settings)

    def factory() -> AppServices:
        services = AppServices(settings)
        services.open(check_later=True)  # run_app checks it once the window is up
        return services

    ui_settings = type(ui_settings)(**{**ui_settings.__dict__, "kiosk": kiosk or ui_settings.kiosk,
                                       "training": training})
    return run_app(sys.argv[:1], context_factory=factory, settings=ui_settings)


def demo_store_and_login(store_id: str | None, manager: bool) -> tuple[str, str, str]:
    """(store_id, username, password) of a demo sign-in; the first Paris store by default."""
    from .server.demo_data import DEMO_PASSWORD, demo_logins

    logins = demo_logins()
    login = next((entry for entry in logins if entry["store_id"] == store_id), logins[0]) if store_id else logins[0]
    return login["store_id"], login["manager" if manager else "associate"], DEMO_PASSWORD


def launch_demo(settings: Settings, *, manager: bool = False, kiosk: bool = False, store_id: str | None = None,
                customers: int = 20_000, screenshots: str | None = None, training: bool = False) -> int:
    """The reference backend with demo data on loopback, and the app signed in against it.

    The demo keeps its cache key and tokens in an in-process keyring and its cache in a
    temporary folder: the data are generated, and nothing of a real store is touched.
    """
    import keyring

    from .keychain import MemoryKeyring
    from .server.app import create_app
    from .server.demo_data import DATA_VERSION
    from .server.main import ensure_demo_data, running_server

    keyring.set_keyring(MemoryKeyring())
    server_dir = settings.data_dir / "demo-backend"
    server_dir.mkdir(parents=True, exist_ok=True)
    server_db = server_dir / f"demo-{customers}-v{DATA_VERSION}.sqlite3"
    for pattern in (f"demo-{customers}.sqlite3*", f"demo-{customers}-v*.sqlite3*"):  # an older generator's
        for stale in server_dir.glob(pattern):
            if not stale.name.startswith(server_db.name):
                stale.unlink(missing_ok=True)
    if ensure_demo_data(server_db, scale=customers):
        log.info("demo backend data generated in %s", server_db)
    store, username, password = demo_store_and_login(store_id, manager)
    with ExitStack() as stack:
        url = stack.enter_context(running_server(create_app(str(server_db))))
        cache_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="clienteling-demo-")))
        app_settings = Settings(**{**settings.__dict__, "backend_url": url, "data_dir": cache_dir,
                                   "profile": "demo", "poll_interval_s": 10.0})
        if training:
            app_settings = training_settings(app_settings)
        log.info("demo backend on %s; signing in %s at %s", url, username, store)
        if screenshots:
            from ui.screenshots import render_all
            return render_all(app_settings, Path(screenshots), store_id=store)
        return _run_signed_in(app_settings, store, username, password, kiosk=kiosk, training=training)
    return 0


def _run_signed_in(settings: Settings, store_id: str, username: str, password: str, *, kiosk: bool,
                   training: bool = False) -> int:
    from ui.app import run_app
    from ui.settings import load_settings

    from .services.app_services import AppServices

    async def factory() -> AppServices:
        services = AppServices(settings)
        services.open(check_later=True)  # run_app checks it once the window is up
        await services.sign_in(store_id, username, password)
        services.start_unlocked = True
        return services

    ui_settings = load_settings()
    ui_settings = type(ui_settings)(**{**ui_settings.__dict__, "kiosk": kiosk, "training": training})
    return run_app(sys.argv[:1], context_factory=factory, settings=ui_settings)
