"""A throwaway PostgreSQL cluster on 127.0.0.1 for the storage tests.

initdb and postgres refuse to run as root, so when the tests run as root (as in CI) the
server runs as the `postgres` user that Debian's package creates.

It is set up as a team server should be (docs/team-server.md, "Connecting securely"): TLS on,
with a CA and a server certificate made at start (scripts/make_server_cert.py), and every
connection over TCP must be TLS and log in with SCRAM (`hostssl ... scram-sha-256`), the owner
`auditor` too. The URL it yields carries the owner's password and `sslrootcert=` the CA, so the
app's defaults (verify-full, require_auth=scram-sha-256, channel_binding=require) hold in every
test; a URL derived with `make_url(url).set(username=..., password=...)` keeps the CA.
"""

from __future__ import annotations

import contextlib
import glob
import importlib.util
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


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


def cert_maker() -> Any:
    """scripts/make_server_cert.py, the same certificates an administrator makes."""
    name = "make_server_cert"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # its dataclass looks its module up
        spec.loader.exec_module(module)
    return sys.modules[name]


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
    password = uuid.uuid4().hex
    pwfile = base / "owner-password"
    pwfile.write_text(password + "\n")
    certs = cert_maker().make_certificates(base / "tls", ["localhost"], ["127.0.0.1"], days=7)
    (base / "tls").chmod(0o755)
    if os.geteuid() == 0:
        for path in (pwfile, certs.server_cert, certs.server_key):
            os.chown(path, pw.pw_uid, pw.pw_gid)  # the key stays 0600, now the server's own
    subprocess.run(
        _as_server_user(
            [
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                "auditor",
                f"--pwfile={pwfile}",
                "-A",
                "scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        ),
        check=True,
        capture_output=True,
    )
    pwfile.unlink()
    # as on a real server: TLS and SCRAM for every login, the owner (who runs the tests) and
    # the team server's users alike; nothing comes in over TCP without TLS
    hba = data / "pg_hba.conf"
    hba.write_text("hostssl all all 127.0.0.1/32 scram-sha-256\n")
    with (data / "postgresql.conf").open("a") as conf:
        conf.write(
            "ssl = on\n"
            f"ssl_cert_file = '{certs.server_cert}'\n"
            f"ssl_key_file = '{certs.server_key}'\n"
            "password_encryption = 'scram-sha-256'\n"
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
    client_env = {
        **os.environ,
        "PGPASSWORD": password,
        "PGSSLMODE": "verify-full",
        "PGSSLROOTCERT": str(certs.ca_cert),
    }
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
            env=client_env,
        )
        from sqlalchemy import URL

        yield URL.create(
            "postgresql+psycopg",
            username="auditor",
            password=password,
            host="127.0.0.1",
            port=port,
            database="auditor",
            query={"sslrootcert": str(certs.ca_cert)},
        ).render_as_string(hide_password=False)
    finally:
        subprocess.run(
            _as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
            capture_output=True,
        )
        time.sleep(0.1)
        shutil.rmtree(base, ignore_errors=True)


@contextlib.contextmanager
def fresh_pg_database(server_url: str, prefix: str = "t") -> Iterator[str]:
    """A new, empty database on the server (its URL, with the server URL's login and query,
    e.g. sslrootcert), dropped afterwards."""
    from sqlalchemy import make_url, text

    from auditor.store.db import make_engine, resolve_url

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = make_engine(resolve_url(server_url)).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.engine.dispose()
