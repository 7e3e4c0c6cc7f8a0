"""Opening databases: create, upgrade with a backup, refuse what is not ours untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from auditor.errors import DatabaseRefused
from auditor.store.db import head_revision, make_engine, open_database, resolve_url, upgrade
from auditor.store.models import Organisation

BASELINE = "0001_baseline"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _current_revision(url: str) -> str:
    db = open_database(url)
    with db.engine.connect() as conn:
        rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    db.close()
    return str(rev)


def test_new_database_is_at_head(db_url: str) -> None:
    db = open_database(db_url)
    db.close()
    assert _current_revision(db_url) == head_revision()


def test_upgrade_from_baseline_keeps_data_and_writes_backup(db_url: str, tmp_path: Path) -> None:
    engine = make_engine(resolve_url(db_url))
    upgrade(engine, BASELINE)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO organisations (id, name, sector, notes) VALUES (:id, :n, '', '')"),
            {
                "id": "0" * 32
                if db_url.endswith(".sqlite")
                else "00000000-0000-0000-0000-000000000000",
                "n": "Хотел Пример",
            },
        )
    engine.dispose()

    db = open_database(db_url)
    try:
        with db.session() as s:
            assert [o.name for o in s.scalars(select(Organisation))] == ["Хотел Пример"]
        if db.path is not None:
            assert db.backup_path is not None and db.backup_path.parent == db.path.parent
            with sqlite3.connect(db.backup_path) as old:
                assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (
                    BASELINE,
                )
                assert old.execute("SELECT name FROM organisations").fetchall() == [
                    ("Хотел Пример",)
                ]
    finally:
        db.close()
    assert _current_revision(db_url) == head_revision()


def test_current_database_opens_without_backup(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    open_database(path).close()
    db = open_database(path)
    db.close()
    assert db.backup_path is None
    assert list(tmp_path.glob("*.backup-*")) == []


def test_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Zażółć gęślą jaźń — this is a text file\n" * 50, encoding="utf-8")
    before = digest(path)
    with pytest.raises(DatabaseRefused) as err:
        open_database(path)
    assert str(path) in str(err.value) and "not a Service Auditor database" in str(err.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_refuses_a_newer_schema_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        conn.execute("PRAGMA journal_mode = DELETE")
    before = digest(path)
    with pytest.raises(DatabaseRefused) as err:
        open_database(path)
    assert "newer" in str(err.value) and "9999_from_the_future" in str(err.value)
    assert digest(path) == before
    assert list(tmp_path.glob("*.backup-*")) == []


def test_refuses_a_foreign_sqlite_database_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other-app.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    before = digest(path)
    with pytest.raises(DatabaseRefused) as err:
        open_database(path)
    assert "another application" in str(err.value)
    assert digest(path) == before


@pytest.mark.postgres
def test_refuses_a_foreign_postgres_schema(pg_url: str) -> None:
    engine = make_engine(resolve_url(pg_url))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id integer primary key)"))
    engine.dispose()
    with pytest.raises(DatabaseRefused, match="another application"):
        open_database(pg_url)


def test_unreachable_server_gives_one_clear_message() -> None:
    """Plain words naming the server; the driver's own text only in the details."""
    with pytest.raises(DatabaseRefused, match=r"server at 127\.0\.0\.1:1 cannot be reached") as c:
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    assert "psycopg" not in str(c.value) and "connection" not in str(c.value).lower()
    assert c.value.details and "127.0.0.1" in c.value.details


def test_head_constant_matches_alembic() -> None:
    """The constant that spares a cold start the Alembic import must follow new migrations."""
    from alembic.script import ScriptDirectory

    from auditor.store.db import HEAD_REVISION, alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION
