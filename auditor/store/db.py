"""The one place that opens databases: target resolution, pragmas, migrations, sessions.

Opening is careful: a file is inspected read-only first, so a file that is not ours (not a
database, a foreign schema, a newer schema) is refused before anything could touch it.
An older schema is copied to a backup beside the file, then upgraded in one transaction.

Several processes may write one SQLite file. A write transaction takes the write lock when
it begins (`BEGIN IMMEDIATE`), so the busy timeout makes it wait for another writer instead
of failing half-way (a deferred transaction that reads first and writes later cannot wait:
SQLite refuses its upgrade at once). Read-only work (`Database.read_session`) stays deferred
and never blocks a writer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from auditor.errors import DatabaseRefused

if TYPE_CHECKING:
    from alembic.config import Config
from auditor.paths import default_db_path
from auditor.store.revision import HEAD_REVISION, SQLITE_HEADER

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 10_000
READ_ONLY = "service_auditor_read_only"  # execution option: begin deferred, take no lock


@dataclass(frozen=True)
class SchemaState:
    """What a database holds before we touch it."""

    empty: bool
    revision: str | None


@dataclass
class Database:
    url: URL
    engine: Engine
    factory: sessionmaker[Session]
    backup_path: Path | None = None
    created: bool = False
    read_factory: sessionmaker[Session] | None = None

    def __post_init__(self) -> None:
        if self.read_factory is None:
            reader = self.engine.execution_options(**{READ_ONLY: True})
            self.read_factory = sessionmaker(reader, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def label(self) -> str:
        """How to name this database to a user, and to remember it by: never with a password
        (a server's is looked up in the keyring when it is opened again)."""
        path = self.path
        if path:
            return str(path)
        from auditor.store.credentials import without_password

        return without_password(self.url).render_as_string(hide_password=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back on any error.

        On SQLite it holds the write lock from its start (waiting up to the busy timeout for
        another writer), so use `read_session` for work that only reads."""
        with self.factory() as session, session.begin():
            yield session

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """Reading only: a deferred transaction that never waits for or blocks a writer."""
        assert self.read_factory is not None
        with self.read_factory() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def resolve_url(target: str | Path | None) -> URL:
    """A path becomes a SQLite URL; anything with a scheme is taken as a SQLAlchemy URL."""
    if target is None:
        target = default_db_path()
    if isinstance(target, str) and "://" in target:
        try:
            url = make_url(target)
        except ArgumentError as exc:
            raise DatabaseRefused("not a valid database URL: {exc}", exc=exc) from exc
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return url
    path = Path(target).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def inspect_sqlite_file(path: Path) -> SchemaState:
    """Read-only look at a file; refuses anything that is not an empty or known database."""
    if not path.exists() or path.stat().st_size == 0:
        return SchemaState(empty=True, revision=None)
    if path.is_dir():
        raise DatabaseRefused("is a folder, not a database file", file=str(path))
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseRefused(
            "is not a Service Auditor database (not an SQLite file)", file=str(path)
        )
    try:
        uri = f"{path.as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            tables = {
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused(
            "cannot be read as a database ({exc})", exc=exc, file=str(path)
        ) from exc
    return SchemaState(empty=not tables, revision=revision)


def inspect_server(engine: Engine) -> SchemaState:
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError as exc:
        raise connection_refused(exc, engine.url) from exc
    return SchemaState(empty=not tables, revision=revision)


def connection_refused(exc: Exception, url: URL) -> DatabaseRefused:
    """A failed connection in plain words naming the server (the driver's own text is kept
    as the details, for the log or a details area, never as the message)."""
    raw = str(getattr(exc, "orig", None) or exc).strip()
    said = raw.lower()
    host = url.host or "localhost"
    if url.port:
        host = f"{host}:{url.port}"
    if "root certificate file" in said:  # verify-full, and no CA to check the server by
        return DatabaseRefused(
            "cannot check that the server at {host} is the team's: no CA certificate to check "
            "it by (give the CA certificate that signed the server's: sslrootcert=PATH in the "
            "URL, or install it as the file named; see docs/team-server.md)",
            host=host,
            details=raw,
        )
    if "certificate" in said or "ssl error" in said or "tlsv1 alert" in said:
        return DatabaseRefused(
            "the server at {host} did not show a certificate this computer trusts: it may not "
            "be the team's server, or the CA certificate given is not the one that signed it",
            host=host,
            details=raw,
        )
    if "no encryption" in said or "does not support ssl" in said or "ssl off" in said:
        return DatabaseRefused(
            "the server at {host} takes no unencrypted connection, or offers no encrypted one: "
            "both ends must use TLS",
            host=host,
            details=raw,
        )
    if "not permitted to log in" in said:
        return DatabaseRefused(
            "the server at {host} does not let {user} log in (the account is disabled)",
            user=url.username or "",
            host=host,
            details=raw,
        )
    if "password" in said or "authentication failed" in said or "scram" in said:
        return DatabaseRefused(
            "the server at {host} refused the user name or password", host=host, details=raw
        )
    if "does not exist" in said and "database" in said:
        return DatabaseRefused(
            "the server at {host} has no database named {database}",
            database=url.database or "",
            host=host,
            details=raw,
        )
    if "role" in said and "does not exist" in said:
        return DatabaseRefused(
            "the server at {host} has no user named {user}",
            user=url.username or "",
            host=host,
            details=raw,
        )
    if (
        "could not translate host name" in said
        or "name or service not known" in said
        or "nodename nor servname" in said
    ):
        return DatabaseRefused(
            "no server named {host} can be found: check the address", host=host, details=raw
        )
    if (
        "connection refused" in said
        or "timeout" in said
        or "timed out" in said
        or ("could not connect" in said or "no route" in said or "unreachable" in said)
    ):
        return DatabaseRefused(
            "the server at {host} cannot be reached: check the address, the network, and "
            "that the server is running",
            host=host,
            details=raw,
        )
    return DatabaseRefused("cannot connect to the server at {host}", host=host, details=raw)


def check_schema(state: SchemaState, where: str) -> None:
    """Refuse foreign or newer schemas with one message; older known ones may be upgraded."""
    if state.revision is None:
        if not state.empty:
            raise DatabaseRefused(
                "holds tables of another application (no Service Auditor schema); not opened",
                file=where,
            )
        return
    if state.revision != HEAD_REVISION and state.revision not in known_revisions():
        raise DatabaseRefused(
            "was written by a newer or different version of Service Auditor "
            "(schema {revision}, this version knows up to {head}); not opened",
            revision=state.revision,
            head=head_revision(),
            file=where,
        )


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy own transactions (so DDL is transactional too), then tune the connection.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()
    # SQLite's lower() and LIKE fold ASCII only; lists filter "Łódź" by "łódź" through this.
    dbapi_conn.create_function("sa_fold", 1, _fold, deterministic=True)


def _fold(value: str | None) -> str | None:
    return None if value is None else value.casefold()


def _sqlite_begin(conn: Any) -> None:
    read_only = conn.get_execution_options().get(READ_ONLY, False)
    conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    from auditor.store.transport import connect_args

    # TLS that checks the server, SCRAM and channel binding unless the URL asks for less
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args(url))


def backup_sqlite(path: Path, revision: str | None) -> Path:
    """A consistent copy beside the file, taken before any upgrade touches it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{revision or 'none'}-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(
            f"{path.stem}.backup-{revision or 'none'}-{stamp}-{counter}{path.suffix}"
        )
    with (
        closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)
    return target


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command
    from alembic.util.exc import CommandError

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        try:
            command.upgrade(cfg, revision)
        except CommandError as exc:  # pragma: no cover - guarded by check_schema
            raise DatabaseRefused("cannot be upgraded: {exc}", exc=exc) from exc


def no_database(where: str) -> DatabaseRefused:
    return DatabaseRefused(
        "no database at {where} (create one with `service-auditor init`)", where=where
    )


def open_database(target: str | Path | None = None, *, create: bool = True) -> Database:
    """Open (upgrading as needed) the database named by a path or URL.

    Only `create=True` (init, the app's New database, the first start) makes a new one;
    a read command pointed at a mistyped path must not leave an empty file and folders."""
    url = resolve_url(target)
    path = sqlite_path(url)
    backup: Path | None = None
    if path is not None:
        state = inspect_sqlite_file(path)
        if state.empty and not create:
            raise no_database(str(path))
        check_schema(state, str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(url)
        if not state.empty and state.revision != head_revision():
            backup = backup_sqlite(path, state.revision)
    else:
        from auditor.store.credentials import with_stored_password

        url = with_stored_password(url)
        engine = make_engine(url)
        state = inspect_server(engine)
        where = url.render_as_string(hide_password=True)
        if state.empty and not create:
            engine.dispose()
            raise no_database(where)
        check_schema(state, where)
    try:
        if state.revision != head_revision():
            upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(
        url=url, engine=engine, factory=factory, backup_path=backup, created=state.empty
    )
