"""Click-and-collect pickups: the queue, verifying the collector, the line-by-line handover.

``install(shell, services)`` registers the section's page and connects the pickup scans;
``render_pickups(area, out_dir)`` saves screenshots of its screens.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from clienteling.services.pickups import PickupDesk
from ui.pickups.area import PickupsArea

__all__ = ["PickupsArea", "install", "render_pickups"]


def install(shell: Any, services: Any) -> PickupsArea:
    """The pickups page in the shell; a scanned pickup QR code or order number opens the order."""
    area = PickupsArea(PickupDesk(services), shell.tasks)
    shell.window.register_page("pickups", area)
    shell.router.openPickup.connect(area.open_scan)
    shell.signedIn.connect(lambda *_: shell.tasks.spawn(area.start(), name="pickups-start"))
    if getattr(services, "session", None) is not None:  # installed after sign-in (the demo)
        shell.tasks.spawn(area.start(), name="pickups-start")
    return area


def render_pickups(area: PickupsArea, out_dir: Path, name: str = "") -> list[Path]:
    """Save the page currently shown by ``area``'s window (call per screen, per orientation)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"pickups{('-' + name) if name else ''}.png"
    area.window().grab().save(str(path))
    return [path]
