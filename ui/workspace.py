"""The workspace's pages: each area installs its pages and scan routes into the shell.

An area is a module with `install(shell, services)`; this list is the one place that says
which areas the app has.
"""
from __future__ import annotations

import importlib
from typing import Any

from ui.shell.controller import AppShell

AREAS: tuple[str, ...] = (
    "ui.customers",
    "ui.stock",
    "ui.pickups",
    "ui.endless_aisle",
    "ui.dashboard",
)
"""Modules under ui/ with an `install(shell, services)` function, in rail order."""


def install_areas(shell: AppShell, services: Any) -> None:
    """Give every area the shell and the app's services (clienteling.services.app_services.AppServices)."""
    for name in AREAS:
        importlib.import_module(name).install(shell, services)
