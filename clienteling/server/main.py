"""Running the reference backend: in the foreground (`serve`) or on a free loopback port in a thread."""
from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from . import db
from .app import create_app
from .loader import load_demo

logger = logging.getLogger(__name__)

DEFAULT_DB = "clienteling-backend.sqlite3"


def is_empty(db_path: str | Path) -> bool:
    """True when the database has no locations yet (new file or schema only)."""
    if not Path(db_path).exists():
        return True
    conn = db.connect(db_path)
    try:
        db.init_schema(conn)
        return conn.execute("SELECT COUNT(*) FROM locations").fetchone()[0] == 0
    except sqlite3.DatabaseError:
        return True
    finally:
        conn.close()


def ensure_demo_data(db_path: str | Path, *, scale: int = 20_000, seed: int = 42) -> bool:
    """Fill an empty database with the deterministic demo chain; True when it loaded data."""
    if not is_empty(db_path):
        return False
    from clienteling.server.demo_data import generate

    started = time.monotonic()
    load_demo(db_path, generate(seed=seed, customers=scale))
    logger.info("demo data (%d customers) ready in %.1f s", scale, time.monotonic() - started)
    return True


def serve(host: str = "127.0.0.1", port: int = 8765, db_path: str | Path = DEFAULT_DB, demo: bool = True,
          scale: int = 20_000, seed: int = 42) -> None:
    """Run the backend in the foreground until interrupted (building demo data first if asked)."""
    if demo:
        ensure_demo_data(db_path, scale=scale, seed=seed)
    uvicorn.run(create_app(str(db_path)), host=host, port=port, log_level="info", access_log=False)


@contextmanager
def running_server(app: FastAPI, host: str = "127.0.0.1", *, startup_timeout: float = 10.0) -> Iterator[str]:
    """Serve `app` on a free port of `host` in a background thread; yields its base URL."""
    config = uvicorn.Config(app, host=host, port=0, log_level="warning", access_log=False, lifespan="off",
                            timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="backend-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError("the backend server did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{port}"
    finally:
        app.state.stopping = True  # event streams end by themselves: no shutdown timeout
        server.should_exit = True
        thread.join(timeout=10)
