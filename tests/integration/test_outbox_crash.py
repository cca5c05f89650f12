"""kill -9 at random instants while commands are queued and replayed: none lost, none doubled."""
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROUNDS = 8


def run_worker(demo_backend, tmp_path: Path, mode: str) -> subprocess.Popen:
    store, user, password = demo_backend.login()
    args = [sys.executable, "-m", "tests.crash_worker", demo_backend.url, str(tmp_path / "device"),
            str(tmp_path / "keyring.json"), str(tmp_path / "accepted.log"), "crash-test", mode, store, user]
    env = {**os.environ, "CRASH_PASSWORD": password}
    return subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[2])


def test_sigkill_at_random_instants_loses_nothing_and_duplicates_nothing(demo_backend, tmp_path):
    rng = random.Random(1234)
    for _ in range(ROUNDS):
        proc = run_worker(demo_backend, tmp_path, "work")
        time.sleep(rng.uniform(1.0, 2.5))  # let it queue and replay for a while: the kill lands anywhere
        assert proc.poll() is None, proc.stderr.read()[-3000:]
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    drain = run_worker(demo_backend, tmp_path, "drain")
    out, err = drain.communicate(timeout=120)
    assert drain.returncode == 0, err[-3000:]
    result = json.loads(out.strip().splitlines()[-1])
    assert result["drained"] and result["rebuilt"] is False  # the cache reopened cleanly every time

    accepted = (tmp_path / "accepted.log").read_text().splitlines()
    assert len(accepted) > ROUNDS  # every round accepted commands
    conn = sqlite3.connect(demo_backend.db_path)
    texts = [json.loads(b)["text"] for (b,) in conn.execute("SELECT body FROM notes WHERE body LIKE '%crash-test #%'")]
    conn.close()
    duplicates = {t for t in texts if texts.count(t) > 1}
    assert not duplicates, f"effects applied twice: {sorted(duplicates)}"
    missing = set(accepted) - set(texts)
    assert not missing, f"accepted commands lost: {sorted(missing)}; outbox {result['counts']}"
    # Anything on the server but not in the log was accepted in the instant before a kill.
    assert len(set(texts) - set(accepted)) <= ROUNDS
