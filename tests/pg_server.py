"""A throwaway PostgreSQL cluster on 127.0.0.1 for the storage tests.

initdb and postgres refuse to run as root, so when the tests run as root (as in CI) the
server runs as the `postgres` user that Debian's package creates.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path


def find_pg_bin() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists():
            return Path(candidate)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--", *cmd]


@contextlib.contextmanager
def running_cluster() -> Iterator[str]:
    """Start a cluster, yield a SQLAlchemy URL for database `auditor`, stop and delete it."""
    bindir = find_pg_bin()
    if bindir is None:
        raise RuntimeError("PostgreSQL is not installed (run scripts/run-tests.sh)")
    base = Path(tempfile.mkdtemp(prefix="auditor-pg-"))
    base.chmod(0o755)
    data, sockets = base / "data", base / "sock"
    sockets.mkdir()
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        for path in (base, sockets):
            os.chown(path, pw.pw_uid, pw.pw_gid)
    port = _free_port()
    log = base / "server.log"
    subprocess.run(
        _as_server_user(
            [
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                "auditor",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        ),
        check=True,
        capture_output=True,
    )
    # the owner (who runs the tests) gets in without a password; every other login (the
    # team server's users) must give its own, as on a real server
    hba = data / "pg_hba.conf"
    hba.write_text(
        "local all all trust\n"
        "host all auditor 127.0.0.1/32 trust\n"
        "host all all 127.0.0.1/32 scram-sha-256\n"
    )
    if os.geteuid() == 0:
        os.chown(hba, pw.pw_uid, pw.pw_gid)
    subprocess.run(
        _as_server_user(
            [
                str(bindir / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(log),
                "-w",
                "-o",
                f"-h 127.0.0.1 -p {port} -k {sockets} -c fsync=off",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
    )
    try:
        subprocess.run(
            [
                str(bindir / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "-U",
                "auditor",
                "auditor",
            ],
            check=True,
            capture_output=True,
        )
        yield f"postgresql+psycopg://auditor@127.0.0.1:{port}/auditor"
    finally:
        subprocess.run(
            _as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
            capture_output=True,
        )
        time.sleep(0.1)
        shutil.rmtree(base, ignore_errors=True)


@contextlib.contextmanager
def fresh_pg_database(server_url: str, prefix: str = "t") -> Iterator[str]:
    """A new, empty database on the server (its URL), dropped afterwards."""
    from sqlalchemy import create_engine, text

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
