"""offline_cache stays a pure data layer: no Qt, no HTTP, no reference server."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_offline_cache_imports_neither_qt_nor_http_nor_the_server() -> None:
    script = (
        "import importlib, pkgutil, sys, offline_cache\n"
        "for m in pkgutil.iter_modules(offline_cache.__path__):\n"
        "    importlib.import_module('offline_cache.' + m.name)\n"
        "bad = sorted(k for k in sys.modules if k.split('.')[0] in ('PySide6', 'shiboken6', 'httpx', 'fastapi')\n"
        "             or k.startswith('clienteling.') and not k.startswith('clienteling.models'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""
