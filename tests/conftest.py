"""Shared fixtures: isolated user folders, real databases on disk and on PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from auditor.store.db import Database, open_database
from tests.pg_server import find_pg_bin, fresh_pg_database, running_cluster

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def pytest_configure(config: pytest.Config) -> None:
    """Screenshots and rendered pages are kept here; a clean clone has no such folder."""
    ARTIFACTS.mkdir(exist_ok=True)


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Each test gets its own XDG folders, so the real user data and settings stay untouched."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    # Qt reads XDG_CONFIG_HOME once per process: point its settings at this test's folder too,
    # so a setting one test chose (a language, what reports count) never leaks into the next
    from PySide6.QtCore import QLocale, QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / "config"))
    QLocale.setDefault(QLocale.system())  # a language a test chose formats nothing after it
    return home


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str | None]:
    url = os.environ.get("SERVICE_AUDITOR_PG_URL")
    if url:
        yield url
        return
    if find_pg_bin() is None:
        if os.environ.get("SERVICE_AUDITOR_REQUIRE_PG"):
            raise RuntimeError("PostgreSQL is required for this run but is not installed")
        yield None
        return
    with running_cluster() as started:
        yield started


@pytest.fixture
def pg_url(pg_server_url: str | None) -> Iterator[str]:
    """A new, empty database on the throwaway PostgreSQL server."""
    if pg_server_url is None:
        pytest.skip("PostgreSQL is not installed here; scripts/run-tests.sh installs it")
    with fresh_pg_database(pg_server_url) as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database of each kind: a SQLite file on disk, a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "audits.sqlite")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url)
    yield db
    db.close()


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database per run, copied by tests that change it."""
    from auditor.builtin.demo import generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path)
    with db.session() as session:
        generate_demo(session)
    db.close()
    return path


@pytest.fixture
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
