"""`clienteling sync` and `clienteling outbox` as kiosk scripts and support staff run them."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(demo_backend, tmp_path, *args, password: str | None = None):
    env = {**os.environ, "CLIENTELING_BACKEND_URL": demo_backend.url, "CLIENTELING_DATA_DIR": str(tmp_path / "data"),
           "CLIENTELING_KEYRING_BACKEND": "tests.keyring_file.TestOnlyFileKeyring",
           "CLIENTELING_TEST_KEYRING_FILE": str(tmp_path / "keyring.json")}
    if password:
        env["CLIENTELING_PASSWORD"] = password
    return subprocess.Popen([sys.executable, "-m", "clienteling.cli", *args], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_sync_signs_in_pulls_and_exits_zero_then_works_from_the_keyring(demo_backend, tmp_path):
    store, user, password = demo_backend.login()
    first = cli(demo_backend, tmp_path, "sync", "--store", store, "--username", user, password=password)
    out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert "pulled" in out and "waiting: 0" in out
    assert "customers" in err  # the progress lines name each feed
    again = cli(demo_backend, tmp_path, "sync")  # the refresh token from the keyring signs it in
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    listing = cli(demo_backend, tmp_path, "outbox")
    out, _ = listing.communicate(timeout=60)
    assert listing.returncode == 0 and "outbox empty" in out
    import json
    secrets_kept = json.loads((tmp_path / "keyring.json").read_text())  # the (test) keyring: tokens, cache key
    assert any(k.startswith("clienteling|refresh-token:") for k in secrets_kept)
    assert any(k.startswith("clienteling|cache-key:") for k in secrets_kept)
    needles = [password, *secrets_kept.values()]
    files = [f for f in (tmp_path / "data").rglob("*") if f.is_file()]
    assert any(f.name.endswith(".cache.db") for f in files)
    for file in files:  # the cache, its WAL, the lock, the device id: none holds a secret
        data = file.read_bytes()
        for needle in needles:
            assert needle.encode() not in data, f"{file.name} holds a secret"
    assert not any(needle in out + err for needle in needles[1:])  # nor does anything printed


def test_sync_says_offline_with_a_distinct_exit_code(demo_backend, tmp_path):
    store, user, password = demo_backend.login()
    demo_backend.server.stop()
    proc = cli(demo_backend, tmp_path, "sync", "--store", store, "--username", user, password=password)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and "unreachable" in err


def pulled_rows(out: str) -> int:
    return int(out.split("pulled ", 1)[1].split(" rows", 1)[0].replace(",", ""))


def test_a_sync_killed_mid_way_resumes_from_the_last_whole_page(demo_backend, tmp_path):
    store, user, password = demo_backend.login()
    fresh = cli(demo_backend, tmp_path / "fresh", "sync", "--store", store, "--username", user, password=password)
    out, err = fresh.communicate(timeout=120)
    assert fresh.returncode == 0, err
    full = pulled_rows(out)

    os.environ["CLIENTELING_SYNC_PAGE_SIZE"] = "50"  # many small pages: a kill lands mid-feed
    try:
        proc = cli(demo_backend, tmp_path, "sync", "--store", store, "--username", user, password=password)
        for line in proc.stderr:  # progress lines, one per finished feed
            if line.split()[1:2] == ["stock"]:
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        resumed = cli(demo_backend, tmp_path, "sync")  # signed in from the keyring, cursors from the cache
        out, err = resumed.communicate(timeout=120)
    finally:
        del os.environ["CLIENTELING_SYNC_PAGE_SIZE"]
    assert resumed.returncode == 0, err
    assert "rebuilt" not in err  # the cache opened cleanly after the kill
    assert 0 < pulled_rows(out) < full  # it went on from the cursors, not from scratch
