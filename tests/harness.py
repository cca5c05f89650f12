"""The real reference backend for integration and UI tests: small demo chain, loopback server.

`LoopbackServer` can be stopped and started again on the same port, which is how tests take
the store offline and bring it back without mocking anything.
"""
from __future__ import annotations

import shutil
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn

from clienteling.config import Settings
from clienteling.server.app import create_app
from clienteling.server.demo_data import DEMO_PASSWORD, DEMO_PIN, demo_logins, generate
from clienteling.server.loader import load_demo

DEMO_CUSTOMERS = 400
DEMO_STYLES = 80


def build_demo_db(path: Path, *, customers: int = DEMO_CUSTOMERS, styles: int = DEMO_STYLES) -> Path:
    """A small deterministic chain (every store, both warehouses, pickups in every status)."""
    load_demo(path, generate(seed=7, customers=customers, styles=styles))
    return path


class LoopbackServer:
    """uvicorn in a thread on 127.0.0.1; `stop()` then `start()` keeps the port (offline and back)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.port = 0
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 10.0) -> str:
        self.app.state.stopping = False
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning",
                                access_log=False, lifespan="off", timeout_graceful_shutdown=1)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="test-backend", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test backend did not start")
            time.sleep(0.005)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]
        return self.url

    def stop(self) -> None:
        self.app.state.stopping = True  # event streams end by themselves: no shutdown timeout
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = self._thread = None

    @property
    def running(self) -> bool:
        return self._server is not None


@dataclass
class DemoBackend:
    db_path: Path
    server: LoopbackServer
    data_dir: Path
    logins: list[dict[str, str]] = field(default_factory=demo_logins)
    password: str = DEMO_PASSWORD
    pin: str = DEMO_PIN

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def store_id(self) -> str:
        return self.logins[0]["store_id"]

    def login(self, manager: bool = False) -> tuple[str, str, str]:
        entry = self.logins[0]
        return entry["store_id"], entry["manager" if manager else "associate"], self.password

    def settings(self, profile: str = "test", **overrides: Any) -> Settings:
        values: dict[str, Any] = dict(backend_url=self.url, data_dir=self.data_dir, profile=profile,
                                      request_timeout_s=5.0, connect_timeout_s=1.0, read_retries=0,
                                      poll_interval_s=3600.0)
        values.update(overrides)
        return Settings(**values)


def start_demo_backend(template: Path, workdir: Path) -> DemoBackend:
    """A fresh copy of the template database behind its own loopback server."""
    db_path = workdir / "backend.sqlite3"
    shutil.copy(template, db_path)
    server = LoopbackServer(create_app(str(db_path)))
    server.start()
    return DemoBackend(db_path=db_path, server=server, data_dir=workdir / "device")
