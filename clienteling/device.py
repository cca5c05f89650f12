"""The device's identity: a random id per profile, kept beside the cache (not a secret)."""
from __future__ import annotations

import uuid
from pathlib import Path


def device_id(data_dir: Path, profile: str) -> str:
    """The id this device sends with every command, created on first use."""
    path = Path(data_dir) / f"{profile}.device-id"
    try:
        value = path.read_text(encoding="ascii").strip()
        if value:
            return value
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    value = f"dev-{uuid.uuid4().hex[:16]}"
    path.write_text(value, encoding="ascii")
    return value
