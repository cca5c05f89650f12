"""Settings of the app, declared once with their defaults; overridable by environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "clienteling"


@dataclass(frozen=True)
class Settings:
    """Every tunable in one place. Environment: CLIENTELING_<NAME> (upper case)."""

    backend_url: str = "http://127.0.0.1:8470"
    ca_bundle: str | None = None
    """Path to a PEM bundle for a backend behind a private CA; None uses the system store."""
    data_dir: Path = field(default_factory=_default_data_dir)
    profile: str = "default"
    """Names the cache file and its keyring entries; training mode uses its own profile."""
    request_timeout_s: float = 10.0
    connect_timeout_s: float = 3.0
    read_retries: int = 2
    sync_page_size: int = 2000
    poll_interval_s: float = 30.0
    retention_days: int = 90
    idle_lock_s: int = 300

    @property
    def cache_path(self) -> Path:
        return self.data_dir / f"{self.profile}.cache.db"

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = os.environ.get(f"CLIENTELING_{f.name.upper()}")
            if raw is None:
                continue
            kind = type(getattr(cls(), f.name))
            values[f.name] = Path(raw) if f.name == "data_dir" else (raw if kind in (str, type(None)) else kind(raw))
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
