"""The store manager's dashboard, and the conflict inbox every role opens from the status bar.

``install(shell, services)`` registers the "dashboard" page (the rail shows it to managers
only; the backend refuses its figures to associates) and a "conflicts" page that the status
bar's "N conflicts" button opens. ``render_dashboard(page, out_dir)`` saves screenshots.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from clienteling.services.dashboard import StoreDashboard
from resources import read_style
from ui.dashboard.conflicts import ConflictInbox
from ui.dashboard.page import DashboardPage

__all__ = ["ConflictInbox", "ConflictsPage", "DashboardPage", "install", "render_dashboard"]


class ConflictsPage(QWidget):
    """The conflict inbox as a page of its own (reached from the status bar, for any role)."""

    def __init__(self, desk: StoreDashboard, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictsPage")
        self.setStyleSheet(read_style("dashboard"))
        self.inbox = ConflictInbox(desk, tasks)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.inbox)


def install(shell: Any, services: Any) -> DashboardPage:
    desk = StoreDashboard(services)
    page = DashboardPage(desk, shell.tasks)
    conflicts = ConflictsPage(desk, shell.tasks)
    shell.window.register_page("dashboard", page)
    shell.window.register_page("conflicts", conflicts)
    page.conflicts_page = conflicts  # type: ignore[attr-defined]

    def open_conflicts() -> None:
        shell.window.show_page("conflicts")
        conflicts.inbox.refresh()

    def signed_in(*_: Any) -> None:
        page.reset()
        shell.tasks.spawn(page.start(), name="dashboard-start")

    shell.window.conflictsRequested.connect(open_conflicts)
    conflicts.inbox.resolved.connect(page.refresh)
    shell.signedIn.connect(signed_in)
    if getattr(services, "session", None) is not None:  # installed after sign-in (the demo)
        shell.tasks.spawn(page.start(), name="dashboard-start")
    return page


def render_dashboard(page: DashboardPage, out_dir: Path, name: str = "") -> Path:
    """Save the window showing ``page`` (call per tab, per orientation)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"dashboard{('-' + name) if name else ''}.png"
    page.window().grab().save(str(path))
    return path
