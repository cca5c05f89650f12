"""A keyring in a JSON file of a test's temporary folder, so keys survive SIGKILL and new processes.

Tests and benchmarks only: select it with
CLIENTELING_KEYRING_BACKEND=tests.keyring_file.TestOnlyFileKeyring and
CLIENTELING_TEST_KEYRING_FILE=<path>. The app itself refuses plain-text keyrings.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class TestOnlyFileKeyring(KeyringBackend):
    """Keys in a JSON file of the test's temporary folder, so they survive SIGKILL. Tests only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, path: str | None = None) -> None:
        super().__init__()
        self.path = Path(path or os.environ["CLIENTELING_TEST_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}|{username}"] = password
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, self.path)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}|{username}", None)
        self.path.write_text(json.dumps(data))
