"""On a new device the customers page opens before the first sync ends, and fills when it does."""
from clienteling.services.app_services import AppServices
from tests.ui.test_customers import run
from ui.customers import install
from ui.settings import UiSettings
from ui.shell.controller import AppShell
from ui.shell.main_window import MainWindow
from ui.tasks import TaskRegistry


def test_latest_visitors_appear_when_the_first_sync_lands(qtbot, qapp, qloop, languages, demo_backend):
    services = AppServices(demo_backend.settings())
    services.open()
    window = MainWindow()
    qtbot.addWidget(window)
    shell = AppShell(window, services, settings=UiSettings(), languages=languages, tasks=TaskRegistry(), app=qapp,
                     persist_settings=False)
    try:
        run(qtbot, shell, services.sign_in(*demo_backend.login()))
        services.start_unlocked = True
        install(shell, services)
        run(qtbot, shell, shell.start())
        window.show()
        area = window.page("customers")
        qtbot.waitUntil(lambda: area.model.first_page_loaded)
        assert area.model.rowCount() == 0  # nothing cached yet
        run(qtbot, shell, services.engine.sync_once())
        qtbot.waitUntil(lambda: area.model.rowCount() > 0, timeout=10_000)
        assert "Latest visitors to this store" in area.search_page.status_label.text()
    finally:
        shell.idle.stop()
        shell.scanner.uninstall()
        run(qtbot, shell, services.aclose())
