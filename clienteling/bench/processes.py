"""Processes the benchmarks run beside themselves: the reference server and a sync worker.

The server runs in its own process so that it does not share the measuring process's
interpreter lock; the sync worker runs alone so that its peak RSS is the sync's own.
"""
from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def server_process(db_path: Path, *, timeout: float = 60.0) -> Iterator[str]:
    """`clienteling serve` over an existing database, on a free loopback port."""
    port = free_port()
    log_path = Path(f"{db_path}.server.log")  # a file, not a pipe: nobody reads a pipe while measuring
    log = log_path.open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "clienteling.cli", "serve", "--db", str(db_path), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the server exited: {log_path.read_text(errors='replace')[-2000:]}")
            try:
                if httpx.get(f"{url}/v1/health", timeout=1.0).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not start in time")
            time.sleep(0.1)
        yield url
    except BaseException:
        tail = log_path.read_text(errors="replace")[-3000:]
        if tail.strip():
            print(f"--- server log ({log_path}):\n{tail}", file=sys.stderr)
        raise
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def run_sync_worker(url: str, data_dir: Path, store_id: str, username: str, password: str,
                    page_size: int = 2000) -> dict:
    """A first sync in a fresh process; returns its rows, seconds and peak RSS."""
    env = {**os.environ, "CLIENTELING_BENCH_PASSWORD": password}
    out = subprocess.run(
        [sys.executable, "-m", "clienteling.bench.sync_worker", url, str(data_dir), store_id, username,
         str(page_size)], env=env, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"sync worker failed: {out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])
