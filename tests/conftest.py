"""Shared pytest configuration: async tests run on asyncio through anyio's plugin."""
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # tests never open a real window

# pydantic's lazy submodule imports break when first triggered from inside shiboken's import
# hook (pytest-qt loads PySide6 before any conftest); loading the models here, at the top of the
# first conftest, keeps every later collection order working.
import clienteling.models  # noqa: F401


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def memory_keyring():
    """No test touches the developer's keyring: tokens and cache keys live in memory."""
    import keyring

    from tests.keyring_memory import install

    backend, previous = install()
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory):
    """The small demo chain, generated once per test session."""
    from tests.harness import build_demo_db

    return build_demo_db(tmp_path_factory.mktemp("demo-template") / "template.sqlite3")


@pytest.fixture
def demo_backend(demo_db_template, tmp_path):
    """The real reference backend on loopback over a fresh copy of the demo chain."""
    from tests.harness import start_demo_backend

    backend = start_demo_backend(demo_db_template, tmp_path)
    yield backend
    backend.server.stop()


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp):
    """A QApplication exists before any test runs, so no test's bare QCoreApplication can stand
    in for it (widgets need the full application)."""
    return qapp
